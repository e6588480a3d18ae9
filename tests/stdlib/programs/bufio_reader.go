// bufio.Reader: every method, buffer-boundary cases (lines longer than the buffer, \r\n split
// across reads), unread state, errors, over readers that return little data per call.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

// chunky returns at most step bytes per Read, to exercise refills.
type chunky struct {
	data []byte
	step int
	err  error
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		return 0, eof()
	}
	n := c.step
	if n > len(c.data) {
		n = len(c.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

func eof() error {
	_, err := bytes.NewReader(nil).Read(make([]byte, 1))
	return err
}

type empty struct{}

func (empty) Read(p []byte) (int, error) { return 0, nil }

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func newR(s string, step, size int) *bufio.Reader {
	return bufio.NewReaderSize(&chunky{data: []byte(s), step: step}, size)
}

func main() {
	r := newR("héllo, world\nsecond line\r\nthird", 5, 16)
	fmt.Println(r.Size(), r.Buffered())
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	p, err = r.Peek(-1)
	fmt.Printf("%q %v\n", p, err)
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune(), r.UnreadRune())
	s, err := r.ReadString(',')
	fmt.Printf("%q %v\n", s, err)
	n, err := r.Discard(1)
	fmt.Println(n, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v %v\n", line, isPrefix, err, line == nil)
	_, err = r.ReadByte()
	fmt.Println(err, r.UnreadByte())

	// a line longer than the buffer: ReadLine returns it in pieces, ReadSlice reports ErrBufferFull
	r = newR("0123456789abcdefghijklmnopqrstuvwxyz\r\nend\n", 7, 16)
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	r = newR("0123456789abcdefghijklmnopqrstuvwxyz\n", 7, 16)
	sl, err := r.ReadSlice('\n')
	fmt.Printf("%q %v %v\n", sl, err, errors.Is(err, bufio.ErrBufferFull))
	sl, err = r.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	r = newR("0123456789abcdefghijklmnopqrstuvwxyz\nmore", 7, 16)
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", bs, err, cap(bs))
	bs, err = r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	bs, err = r.ReadBytes('\n')
	fmt.Printf("%q %v %v\n", bs, err, bs == nil)
	r = newR("abc", 1, 16)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	// a \r\n split at the buffer boundary
	r = newR("0123456789abcde\r\nx\n", 16, 16)
	for i := 0; i < 3; i++ {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
	}

	// Read: small reads come from the buffer, big ones go straight through
	r = newR("abcdefghijklmnopqrstuvwxyz0123456789", 10, 16)
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Buffered())
	n, err = r.Read(make([]byte, 0))
	fmt.Println(n, err)
	big := make([]byte, 20)
	n, err = r.Read(big)
	fmt.Println(n, err, string(big[:n]))
	n, err = r.Read(big)
	fmt.Println(n, err, string(big[:n]), r.UnreadByte())
	n, err = r.Read(big)
	fmt.Println(n, err, string(big[:n]))
	n, err = r.Read(big)
	fmt.Println(n, err)

	// Discard across refills and past the end
	r = newR(strings.Repeat("x", 50), 7, 16)
	n, err = r.Discard(30)
	fmt.Println(n, err, r.Buffered())
	n, err = r.Discard(100)
	fmt.Println(n, err)
	n, err = r.Discard(-1)
	fmt.Println(n, err)

	// errors from the underlying reader come back once, after the buffered data
	r = bufio.NewReader(&chunky{data: []byte("partial"), step: 3, err: errors.New("disk on fire")})
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	// a reader that never returns data
	r = bufio.NewReader(empty{})
	_, err = r.ReadByte()
	fmt.Println(err)

	// WriteTo
	r = newR("stream me\n", 3, 16)
	r.Peek(2)
	u := &upper{}
	n64, err := r.WriteTo(u)
	fmt.Println(n64, err, u.sb.String())
	r = newR("to stdout\n", 4, 16)
	n64, err = r.WriteTo(os.Stdout)
	fmt.Println(n64, err)
	r = bufio.NewReader(bytes.NewBufferString("via WriterTo\n"))
	n64, err = r.WriteTo(os.Stdout)
	fmt.Println(n64, err)
	var dst bytes.Buffer
	r = newR("via ReaderFrom", 5, 16)
	n64, err = r.WriteTo(&dst)
	fmt.Println(n64, err, dst.String())

	// sizes, wrapping and Reset
	small := bufio.NewReaderSize(bytes.NewReader(nil), 1)
	fmt.Println(small.Size())
	outer := bufio.NewReaderSize(small, 8)
	fmt.Println(outer == small, bufio.NewReaderSize(small, 100) == small)
	var zero bufio.Reader
	zero.Reset(bytes.NewBufferString("zero value reset"))
	fmt.Println(zero.Size())
	s, err = zero.ReadString(' ')
	fmt.Printf("%q %v\n", s, err)
	zero.Reset(&zero)
	s, _ = zero.ReadString(' ')
	fmt.Printf("%q\n", s)
	r.Reset(bytes.NewBufferString("again"))
	s, err = r.ReadString(0)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune, bufio.ErrNegativeCount)

	// a nil underlying reader panics when read
	defer func() { fmt.Println("recovered:", recover()) }()
	bufio.NewReader(nil).ReadByte()
}
