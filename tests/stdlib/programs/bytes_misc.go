// bytes and bufio together with the rest of the language: the order in which func arguments
// are called, Buffer growth after reads, printing the types with fmt, and a Scanner reading
// from a goroutine through a channel-backed reader.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"unicode"
)

func recorder(name string, pred func(rune) bool) func(rune) bool {
	return func(r rune) bool {
		fmt.Printf("%s(%q) ", name, r)
		return pred(r)
	}
}

type chanReader struct {
	ch   chan []byte
	rest []byte
}

func (c *chanReader) Read(p []byte) (int, error) {
	if len(c.rest) == 0 {
		chunk, ok := <-c.ch
		if !ok {
			_, err := bytes.NewReader(nil).Read(p)
			return 0, err
		}
		c.rest = chunk
	}
	n := copy(p, c.rest)
	c.rest = c.rest[n:]
	return n, nil
}

func main() {
	s := []byte(" a\xffb世 ")
	fmt.Println(bytes.IndexFunc(s, recorder("I", unicode.IsLetter)))
	fmt.Println(bytes.LastIndexFunc(s, recorder("L", unicode.IsLetter)))
	fmt.Printf("%q\n", bytes.TrimFunc(s, recorder("T", unicode.IsSpace)))
	fmt.Printf("%q\n", bytes.FieldsFunc(s, recorder("F", unicode.IsSpace)))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune { fmt.Printf("M(%q) ", r); return r }, s))
	fmt.Println(bytes.ContainsFunc(s, recorder("C", unicode.IsDigit)))

	// Buffer: growth after reads slides or reallocates
	b := bytes.NewBuffer(make([]byte, 0, 10))
	b.WriteString("0123456789")
	fmt.Println(b.Len(), b.Cap())
	b.Next(8)
	b.WriteString("abc") // 2 unread + 3 new fits in 10 after sliding? no: only when n <= cap/2-len
	fmt.Println(b.Len(), b.Cap(), b.String())
	b.Next(4)
	b.WriteString("xy")
	fmt.Println(b.Len(), b.Cap(), b.String())
	b.Reset()
	b.WriteString("reuse")
	fmt.Println(b.Len(), b.Cap())
	b.Grow(200)
	fmt.Println(b.Len(), b.Cap())
	ab := b.AvailableBuffer()
	fmt.Println(len(ab), cap(ab))
	var w bytes.Buffer
	for i := 0; i < 20; i++ {
		w.WriteRune('世')
	}
	fmt.Println(w.Len(), w.Cap())
	var rf bytes.Buffer
	rf.ReadFrom(bytes.NewReader(make([]byte, 1000)))
	fmt.Println(rf.Len(), rf.Cap())
	rf.ReadFrom(bytes.NewReader(make([]byte, 10)))
	fmt.Println(rf.Len(), rf.Cap())

	// printing
	var pb bytes.Buffer
	pb.WriteString("hi")
	fmt.Println(&pb)
	fmt.Printf("%s|%v|%T|%T\n", &pb, pb.Bytes(), &pb, bytes.NewReader(nil))
	sc := bufio.NewScanner(&pb)
	fmt.Printf("%T %T %T\n", sc, bufio.NewReader(&pb), bufio.NewWriter(&pb))
	var split bufio.SplitFunc = bufio.ScanWords
	fmt.Printf("%T\n", split)

	// a Scanner fed by another goroutine
	ch := make(chan []byte)
	go func() {
		for _, chunk := range []string{"fir", "st line\nsec", "ond line\n", "", "third"} {
			ch <- []byte(chunk)
		}
		close(ch)
	}()
	lines := bufio.NewScanner(&chanReader{ch: ch})
	for lines.Scan() {
		fmt.Printf("line %q\n", lines.Text())
	}
	fmt.Println(lines.Err())
}
