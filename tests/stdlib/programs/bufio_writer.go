// bufio.Writer and bufio.ReadWriter: buffering, Flush, short and failing writers, the
// WriteString/ReadFrom forwarding, AvailableBuffer, Reset, and output order with os.Stdout.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
)

type recorder struct {
	calls []string
}

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, fmt.Sprintf("Write(%q)", p))
	return len(p), nil
}

type stringRecorder struct{ recorder }

func (r *stringRecorder) WriteString(s string) (int, error) {
	r.calls = append(r.calls, fmt.Sprintf("WriteString(%q)", s))
	return len(s), nil
}

type short struct{ max int }

func (s *short) Write(p []byte) (int, error) {
	if len(p) > s.max {
		return s.max, nil
	}
	return len(p), nil
}

type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	f.n++
	if f.n > 1 {
		return 0, errors.New("write failed")
	}
	return len(p), nil
}

type chunks struct {
	data []byte
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, errors.New("no more chunks")
	}
	n := copy(p, c.data[:min(3, len(c.data))])
	c.data = c.data[n:]
	return n, nil
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "buffered first line")
	fmt.Println("unbuffered line (appears first)")
	out.Flush()

	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	w.WriteRune('世') // does not fit: flushes first
	fmt.Println(w.Available(), w.Buffered(), rec.calls)
	w.Write([]byte("0123456789abcdef")) // fills, flushes, then writes the rest directly? no: buffered part
	fmt.Println(w.Buffered(), rec.calls)
	w.Flush()
	w.Write([]byte("a long write skips the buffer"))
	fmt.Println(w.Buffered(), rec.calls)
	w.Flush()
	fmt.Println(w.Flush(), len(rec.calls))

	srec := &stringRecorder{}
	sw := bufio.NewWriterSize(srec, 8)
	sw.WriteString("a long string goes to WriteString")
	sw.WriteString("xy")
	sw.WriteString("a second long string after buffered data")
	sw.Flush()
	fmt.Println(srec.calls)

	// AvailableBuffer: append in place, then Write it
	ab := bufio.NewWriterSize(rec, 32)
	b := ab.AvailableBuffer()
	fmt.Println(len(b), cap(b))
	b = strconv.AppendInt(b, 12345, 10)
	ab.Write(b)
	fmt.Println(ab.Buffered(), ab.Available())

	// a short writer makes Flush fail with io.ErrShortWrite, keeping the unwritten bytes
	shw := bufio.NewWriterSize(&short{max: 3}, 16)
	shw.WriteString("hello")
	err := shw.Flush()
	fmt.Println(err, shw.Buffered())
	n, err := shw.WriteString("more")
	fmt.Println(n, err)
	fmt.Println(shw.WriteByte('x'))
	rn, err := shw.WriteRune('é')
	fmt.Println(rn, err)

	// a failing writer: the error sticks until Reset
	fw := bufio.NewWriterSize(&failing{}, 4)
	n, err = fw.Write([]byte("12345678"))
	fmt.Println(n, err)
	n, err = fw.Write([]byte("12345678"))
	fmt.Println(n, err)
	var sink bytes.Buffer
	fw.Reset(&sink)
	fw.WriteString("after reset")
	fw.Flush()
	fmt.Println(sink.String())

	// ReadFrom: into the buffer, or straight to a ReaderFrom destination
	var dst bytes.Buffer
	rw := bufio.NewWriterSize(&dst, 4)
	n64, err := rw.ReadFrom(bytes.NewBufferString("read from a reader"))
	fmt.Println(n64, err, dst.String(), rw.Buffered())
	rw.Flush()
	fmt.Println(dst.String())
	crec := &recorder{}
	cw := bufio.NewWriterSize(crec, 5)
	n64, err = cw.ReadFrom(&chunks{data: []byte("abcdefgh")})
	fmt.Println(n64, err, cw.Buffered(), crec.calls)

	// zero Writer and Reset, wrapping
	var zw bufio.Writer
	zw.Reset(&dst)
	fmt.Println(zw.Size())
	inner := bufio.NewWriterSize(&dst, 64)
	fmt.Println(bufio.NewWriterSize(inner, 32) == inner, bufio.NewWriterSize(inner, 128) == inner, bufio.NewWriterSize(&dst, -1).Size())

	// ReadWriter
	var store bytes.Buffer
	rwr := bufio.NewReadWriter(bufio.NewReader(bytes.NewBufferString("question?\n")), bufio.NewWriter(&store))
	line, err := rwr.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rwr.WriteString("answer!")
	fmt.Println(store.Len())
	rwr.Flush()
	fmt.Println(store.String())
	fmt.Fprintf(rwr, "%d", 42)
	rwr.Writer.Flush()
	fmt.Println(store.String(), rwr.Reader.Buffered())
}
