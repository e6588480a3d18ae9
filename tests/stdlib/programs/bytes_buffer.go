// bytes.Buffer and bytes.Reader: every method, Buffer's capacity growth, read/unread state,
// io.Reader/io.Writer interplay, and the panics, compared with real Go.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct {
	data []byte
	step int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := r.step
	if n > len(r.data) {
		n = len(r.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

type failReader struct{}

func (failReader) Read(p []byte) (int, error) { return 3, errors.New("boom") }

type shortWriter struct{ n int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

func state(b *bytes.Buffer) {
	fmt.Printf("len=%d cap=%d avail=%d %q\n", b.Len(), b.Cap(), b.Available(), b.String())
}

func main() {
	var b bytes.Buffer
	state(&b)
	// growth: the first small write gets a 64-byte buffer, then Go's doubling
	caps := []int{}
	for i := 0; i < 200; i++ {
		b.WriteString("0123456789")
		if len(caps) == 0 || caps[len(caps)-1] != b.Cap() {
			caps = append(caps, b.Cap())
		}
	}
	fmt.Println(caps, b.Len())
	b.Reset()
	state(&b)
	b.Grow(10)
	state(&b)

	var g bytes.Buffer
	g.Grow(100)
	state(&g)
	g.Write(make([]byte, 100))
	g.Next(90)
	g.WriteString("abc") // slides down instead of growing
	state(&g)
	g.Write(make([]byte, 200))
	fmt.Println(g.Len(), g.Cap())

	var big bytes.Buffer
	big.Write(make([]byte, 65))
	fmt.Println(big.Len(), big.Cap())

	// reading
	r := bytes.NewBufferString("héllo\nworld\nrest")
	fmt.Println(r.Len(), r.Cap())
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := r.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", lb, err, cap(lb))
	line, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)

	r = bytes.NewBufferString("héllo")
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(ru, size, err, r.UnreadRune(), r.UnreadRune())
	ru, size, _ = r.ReadRune()
	fmt.Println(string(ru), size)
	p := make([]byte, 2)
	n, err := r.Read(p)
	fmt.Println(n, err, string(p[:n]))
	fmt.Println(r.UnreadRune())
	fmt.Printf("%q\n", r.Next(10))
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	_, err = r.ReadByte()
	fmt.Println(err)

	// writing
	var w bytes.Buffer
	w.WriteByte('a')
	w.WriteRune('é')
	w.WriteRune('世')
	w.WriteRune(-1)
	w.Write([]byte("xyz"))
	fmt.Fprintf(&w, "[%d]", 7)
	state(&w)
	fmt.Printf("%q\n", w.Bytes())
	ab := w.AvailableBuffer()
	fmt.Println(len(ab), cap(ab))
	w.Truncate(3)
	state(&w)
	w.Truncate(0)
	state(&w)

	nb := bytes.NewBuffer(make([]byte, 3, 10))
	state(nb)
	nb.WriteString("ab")
	state(nb)
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())

	// ReadFrom / WriteTo
	var rf bytes.Buffer
	n64, err := rf.ReadFrom(&slowReader{data: []byte(strings.Repeat("x", 1500)), step: 100})
	fmt.Println(n64, err, rf.Len(), rf.Cap())
	n64, err = rf.ReadFrom(failReader{})
	fmt.Println(n64, err, rf.Len())
	n64, err = rf.WriteTo(&shortWriter{n: 10})
	fmt.Println(n64, err, rf.Len())
	n64, err = bytes.NewBufferString("to stdout\n").WriteTo(os.Stdout)
	fmt.Println(n64, err)
	var sb strings.Builder
	n64, err = bytes.NewBufferString("copied").WriteTo(&sb)
	fmt.Println(n64, err, sb.String())

	// Reader
	rd := bytes.NewReader([]byte("héllo world"))
	fmt.Println(rd.Len(), rd.Size())
	c, _ = rd.ReadByte()
	fmt.Println(c, rd.UnreadByte(), rd.UnreadByte(), rd.UnreadRune())
	ru, size, err = rd.ReadRune()
	fmt.Println(ru, size, err)
	ru, size, err = rd.ReadRune()
	fmt.Println(ru, size, err, rd.UnreadRune(), rd.UnreadRune())
	pos, err := rd.Seek(2, 1)
	fmt.Println(pos, err)
	pos, err = rd.Seek(-5, 2)
	fmt.Println(pos, err)
	_, err = rd.Seek(-1, 0)
	fmt.Println(err)
	_, err = rd.Seek(0, 7)
	fmt.Println(err)
	buf := make([]byte, 4)
	n, err = rd.ReadAt(buf, 1)
	fmt.Println(n, err, string(buf))
	n, err = rd.ReadAt(buf, 10)
	fmt.Println(n, err)
	n, err = rd.ReadAt(buf, 20)
	fmt.Println(n, err)
	n, err = rd.ReadAt(buf, -1)
	fmt.Println(n, err)
	n, err = rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	n64, err = rd.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(n64, err)
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	n64, err = rd.WriteTo(os.Stdout)
	fmt.Println(n64, err)
	pos, _ = rd.Seek(100, 0)
	n, err = rd.Read(buf)
	fmt.Println(pos, n, err, rd.Len())
	rd.Reset([]byte("new"))
	var all bytes.Buffer
	n64, err = all.ReadFrom(rd)
	fmt.Printf("%d %q %v\n", n64, all.String(), err)
	fmt.Println(rd.UnreadRune())

	defer func() {
		fmt.Println("recovered:", recover())
		var t bytes.Buffer
		t.WriteString("abc")
		t.Truncate(4)
	}()
	var neg bytes.Buffer
	neg.Grow(-1)
}
