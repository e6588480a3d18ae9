package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type shortWriter struct{ max int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		return w.max, nil
	}
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("fail") }

type recWriter struct{ writes []string }

func (w *recWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf[:n], r.Len())
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadByte(), r.Len())
	b, err := r.ReadByte()
	fmt.Println(b, err)
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.Len())
	fmt.Println(r.UnreadRune())
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	// ReadAt does not move the reader
	n, err = r.ReadAt(buf, 1)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	n, err = r.ReadAt(buf, 12)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 13)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, 100)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, -1)
	fmt.Println(n, err)
	// Seek
	for _, s := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {3, io.SeekCurrent}, {-2, io.SeekEnd}, {100, io.SeekStart}, {-1, io.SeekStart}, {0, 3}, {-3, io.SeekCurrent}} {
		pos, err := r.Seek(s.off, s.whence)
		fmt.Println("seek", s.off, s.whence, "->", pos, err, r.Len())
	}
	n, err = r.Read(buf)
	fmt.Println(n, err)
	b, err = r.ReadByte()
	fmt.Println(b, err)
	ch, size, err = r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune())
	r.Seek(0, io.SeekStart)
	fmt.Println(r.UnreadByte())
	fmt.Println(r.UnreadRune())
	// invalid UTF-8
	r.Reset("\xffa\xe2\x82")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(ch, " ", size, "; ")
	}
	// WriteTo
	r.Reset("write me out")
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)
	r.Reset("short")
	m, err = r.WriteTo(&shortWriter{3})
	fmt.Println(m, err, r.Len())
	m, err = r.WriteTo(failWriter{})
	fmt.Println(m, err, r.Len())
	rw := &recWriter{}
	r.Reset("one write")
	io.Copy(rw, r)
	fmt.Println(rw.writes)
	// the zero Reader
	var z strings.Reader
	n, err = z.Read(buf)
	fmt.Println(n, err, z.Len(), z.Size())
	fmt.Println(z.UnreadRune(), z.UnreadByte())
	// interfaces
	var _ io.ReadSeeker = r
	var _ io.ReaderAt = r
	var _ io.RuneScanner = r
	var _ io.ByteScanner = r
	var _ io.WriterTo = r
	fmt.Printf("%T\n", r)
	// section of a Reader, through io
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, err := io.ReadAll(sr)
	fmt.Println(string(all), err)
	lines, _ := io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	fmt.Println(string(lines))

	// special cases
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "iıİI istanbul"))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, "iıİI İSTANBUL"))
	fmt.Println(strings.ToTitleSpecial(unicode.AzeriCase, "iıİI"))
	fmt.Println(strings.ToUpperSpecial(unicode.SpecialCase{}, "plain"))

	// Replacer: argument order decides between matches at the same position
	for _, args := range [][]string{
		{"a", "1", "a", "2"},
		{"ab", "X", "a", "Y"},
		{"a", "Y", "ab", "X"},
		{"a", "b", "b", "a"},
		{"", "-"},
		{"", "-", "a", "A"},
		{"a", "A", "", "-"},
		{"abc", "", "b", "B"},
		{"x", "yy", "y", "x"},
		{"aa", "b"},
	} {
		rp := strings.NewReplacer(args...)
		fmt.Printf("%q: %q %q %q\n", args, rp.Replace("aabcab"), rp.Replace(""), rp.Replace("xyz"))
		var out strings.Builder
		k, err := rp.WriteString(&out, "aab")
		fmt.Println(k, err, out.String())
	}
	fmt.Println(strings.NewReplacer().Replace("unchanged"))
}
