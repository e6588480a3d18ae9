package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface {
	Close() error
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
	Reader // duplicate methods through embedding are allowed
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() error {
	b.closed = true
	return nil
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(strings.ToUpper(s))
	}
	return n
}

func main() {
	src := &Buffer{}
	var rw ReadWriter = src
	rw.Write("hello")
	rw.Write("world")

	dst := &Buffer{}
	fmt.Println(copyAll(dst, rw))
	fmt.Println(dst.data)

	var rwc ReadWriteCloser = dst
	var r Reader = rwc // interface to smaller interface
	fmt.Println(r.Read())
	var c Closer = rwc
	fmt.Println(c.Close(), dst.closed)

	// converting back with assertion
	if w, ok := r.(Writer); ok {
		w.Write("again")
	}
	fmt.Println(dst.data)
	_, isCloser := any(src).(Closer)
	_, isStringer := any(src).(fmt.Stringer)
	fmt.Println(isCloser, isStringer)
}
