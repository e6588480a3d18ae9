package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader returns at most k bytes per Read.
type chunkReader struct {
	s string
	k int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := r.k
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.s) {
		n = len(r.s)
	}
	copy(p, r.s[:n])
	r.s = r.s[n:]
	return n, nil
}

// eagerEOF returns its data and io.EOF in the same call.
type eagerEOF struct{ s string }

func (r *eagerEOF) Read(p []byte) (int, error) {
	n := copy(p, r.s)
	r.s = r.s[n:]
	if len(r.s) == 0 {
		return n, io.EOF
	}
	return n, nil
}

type errReader struct{ err error }

func (r errReader) Read(p []byte) (int, error) { return 0, r.err }

// recWriter records each Write.
type recWriter struct {
	writes []string
	limit  int // short writes beyond this many bytes per call (0: none)
	fail   error
}

func (w *recWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	if w.fail != nil {
		return 0, w.fail
	}
	if w.limit > 0 && len(p) > w.limit {
		return w.limit, nil
	}
	return len(p), nil
}

type stringRecWriter struct{ recWriter }

func (w *stringRecWriter) WriteString(s string) (int, error) {
	w.writes = append(w.writes, "S:"+s)
	return len(s), nil
}

// memAt is a ReaderAt and WriterAt over a byte slice.
type memAt struct{ b []byte }

func (m *memAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(m.b)) {
		return 0, io.EOF
	}
	n := copy(p, m.b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (m *memAt) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(m.b)) < off+int64(len(p)) {
		m.b = append(m.b, '.')
	}
	return copy(m.b[off:], p), nil
}

type wtReader struct{ s string }

func (r *wtReader) Read(p []byte) (int, error) { return 0, errors.New("Read should not be called") }
func (r *wtReader) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, "WT:"+r.s)
	return int64(n), err
}

type rfWriter struct{ got string }

func (w *rfWriter) Write(p []byte) (int, error) { return 0, errors.New("Write should not be called") }
func (w *rfWriter) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	w.got = "RF:" + string(b)
	return int64(len(b)), err
}

func main() {
	fmt.Println("errors:", io.EOF, "|", io.ErrShortWrite, "|", io.ErrShortBuffer, "|", io.ErrUnexpectedEOF, "|", io.ErrNoProgress, "|", io.ErrClosedPipe)
	fmt.Println("seek:", io.SeekStart, io.SeekCurrent, io.SeekEnd)

	// Copy and friends
	w := &recWriter{}
	n, err := io.Copy(w, &chunkReader{"hello, world", 5})
	fmt.Println(n, err, w.writes)
	w = &recWriter{limit: 3}
	n, err = io.Copy(w, &chunkReader{"abcdefgh", 5})
	fmt.Println(n, err, w.writes)
	w = &recWriter{fail: errors.New("disk full")}
	n, err = io.Copy(w, &chunkReader{"abc", 5})
	fmt.Println(n, err, w.writes)
	n, err = io.Copy(&recWriter{}, errReader{errors.New("boom")})
	fmt.Println(n, err)
	rf := &rfWriter{}
	n, err = io.Copy(rf, &chunkReader{"xyz", 1})
	fmt.Println(n, err, rf.got)
	w = &recWriter{}
	n, err = io.Copy(w, &wtReader{"data"})
	fmt.Println(n, err, w.writes)
	w = &recWriter{}
	n, err = io.CopyBuffer(w, &chunkReader{"abcdefg", 10}, make([]byte, 3))
	fmt.Println(n, err, w.writes)
	w = &recWriter{}
	n, err = io.CopyN(w, &chunkReader{"abcdefg", 10}, 4)
	fmt.Println(n, err, w.writes)
	n, err = io.CopyN(w, &chunkReader{"ab", 10}, 4)
	fmt.Println(n, err)
	n, err = io.CopyN(w, &chunkReader{"ab", 10}, 0)
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, &chunkReader{strings.Repeat("z", 20000), 7000})
	fmt.Println(n, err)

	// ReadAll, ReadFull, ReadAtLeast
	b, err := io.ReadAll(&chunkReader{strings.Repeat("q", 1500), 100})
	fmt.Println(len(b), cap(b), err)
	b, err = io.ReadAll(&eagerEOF{"eager"})
	fmt.Println(string(b), err)
	b, err = io.ReadAll(errReader{errors.New("bad")})
	fmt.Println(b == nil, len(b), err)
	buf := make([]byte, 6)
	k, err := io.ReadFull(&chunkReader{"abcdefgh", 4}, buf)
	fmt.Println(k, err, string(buf[:k]))
	k, err = io.ReadFull(&chunkReader{"", 4}, buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(&chunkReader{"abc", 4}, buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&chunkReader{"abcdefgh", 2}, buf, 3)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&chunkReader{"abcdefgh", 2}, buf, 7)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&eagerEOF{"abcd"}, buf, 4)
	fmt.Println(k, err)

	// WriteString
	sw := &stringRecWriter{}
	io.WriteString(sw, "via WriteString")
	w = &recWriter{}
	io.WriteString(w, "via Write")
	fmt.Println(sw.writes, w.writes)

	// LimitReader
	lr := io.LimitReader(&chunkReader{"0123456789", 4}, 6)
	b, err = io.ReadAll(lr)
	fmt.Println(string(b), err, lr.(*io.LimitedReader).N)
	l := &io.LimitedReader{R: &chunkReader{"abc", 10}, N: 10}
	b, _ = io.ReadAll(l)
	fmt.Println(string(b), l.N)

	// MultiReader
	mr := io.MultiReader(&chunkReader{"ab", 1}, &eagerEOF{"cd"}, &chunkReader{"", 1}, &chunkReader{"ef", 5})
	for {
		k, err := mr.Read(buf)
		fmt.Printf("%d %q %v; ", k, buf[:k], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	inner := io.MultiReader(&chunkReader{"in1", 2}, &chunkReader{"in2", 2})
	mr = io.MultiReader(inner, &chunkReader{"out", 9})
	w = &recWriter{}
	n, err = io.Copy(w, mr)
	fmt.Println(n, err, w.writes)
	b, err = io.ReadAll(io.MultiReader())
	fmt.Println(len(b), err)
	mr = io.MultiReader(&chunkReader{"ok", 9}, errReader{errors.New("mid")}, &chunkReader{"never", 9})
	b, err = io.ReadAll(mr)
	fmt.Println(string(b), err)

	// MultiWriter
	w1, w2 := &recWriter{}, &stringRecWriter{}
	mw := io.MultiWriter(w1, io.MultiWriter(w2, io.Discard))
	fmt.Fprintf(mw, "x=%d", 42)
	io.WriteString(mw, "str")
	fmt.Println(w1.writes, w2.writes)
	short := &recWriter{limit: 1}
	k, err = io.MultiWriter(short, w1).Write([]byte("abc"))
	fmt.Println(k, err)
	k, err = io.MultiWriter(&recWriter{fail: errors.New("nope")}).Write([]byte("abc"))
	fmt.Println(k, err)

	// TeeReader
	w = &recWriter{}
	tr := io.TeeReader(&chunkReader{"tee data", 3}, w)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), w.writes)
	k, err = io.TeeReader(&chunkReader{"x", 3}, &recWriter{fail: errors.New("tee fail")}).Read(buf)
	fmt.Println(k, err)

	// NopCloser
	rc := io.NopCloser(&chunkReader{"nc", 1})
	fmt.Printf("%T %v\n", rc, rc.Close())
	rc = io.NopCloser(&wtReader{"w"})
	_, isWT := rc.(io.WriterTo)
	fmt.Printf("%T %v\n", rc, isWT)

	// SectionReader
	m := &memAt{[]byte("0123456789abcdef")}
	sr := io.NewSectionReader(m, 4, 8)
	fmt.Println(sr.Size())
	b, err = io.ReadAll(sr)
	fmt.Println(string(b), err)
	pos, err := sr.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	k, err = sr.Read(buf[:3])
	fmt.Println(k, err, string(buf[:k]))
	pos, err = sr.Seek(-1, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = sr.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	pos, err = sr.Seek(-20, io.SeekEnd)
	fmt.Println(pos, err)
	pos, err = sr.Seek(0, 7)
	fmt.Println(pos, err)
	k, err = sr.ReadAt(buf, 5)
	fmt.Println(k, err, string(buf[:k]))
	k, err = sr.ReadAt(buf[:2], 1)
	fmt.Println(k, err, string(buf[:k]))
	k, err = sr.ReadAt(buf, 8)
	fmt.Println(k, err)
	k, err = sr.ReadAt(buf, -1)
	fmt.Println(k, err)
	ra, off, nn := sr.Outer()
	fmt.Println(ra == io.ReaderAt(m), off, nn)
	big := io.NewSectionReader(m, 3, 1<<63-1)
	fmt.Println(big.Size())

	// OffsetWriter
	dst := &memAt{[]byte("----------")}
	ow := io.NewOffsetWriter(dst, 2)
	fmt.Fprint(ow, "AB")
	ow.Write([]byte("CD"))
	k, err = ow.WriteAt([]byte("xy"), 5)
	fmt.Println(k, err, string(dst.b))
	pos, err = ow.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	ow.Write([]byte("Z"))
	pos, err = ow.Seek(1, io.SeekCurrent)
	fmt.Println(pos, err, string(dst.b))
	pos, err = ow.Seek(0, io.SeekEnd)
	fmt.Println(pos, err)
	pos, err = ow.Seek(-5, io.SeekCurrent)
	fmt.Println(pos, err)
	k, err = ow.WriteAt([]byte("q"), -1)
	fmt.Println(k, err)

	// Pipe
	pr, pw := io.Pipe()
	done := make(chan bool)
	go func() {
		k, err := pw.Write([]byte("0123456789"))
		fmt.Println("wrote", k, err)
		k, err = pw.Write(nil)
		fmt.Println("wrote empty", k, err)
		pw.CloseWithError(errors.New("writer gone"))
		done <- true
	}()
	small := make([]byte, 4)
	for {
		k, err := pr.Read(small)
		fmt.Printf("read %d %q %v\n", k, small[:k], err)
		if err != nil {
			break
		}
	}
	<-done
	k, err = pw.Write([]byte("late"))
	fmt.Println(k, err)
	pr.Close()
	k, err = pw.Write([]byte("after reader closed"))
	fmt.Println(k, err)

	pr, pw = io.Pipe()
	go func() {
		k, err := pw.Write([]byte("abcdef"))
		fmt.Println("partial write", k, err)
		done <- true
	}()
	k, err = pr.Read(small[:2])
	fmt.Println(k, err, string(small[:k]))
	pr.CloseWithError(errors.New("reader quit"))
	<-done
	k, err = pr.Read(small)
	fmt.Println(k, err)

	pr, pw = io.Pipe()
	go func() {
		fmt.Fprintf(pw, "line %d\n", 1)
		fmt.Fprintf(pw, "line %d\n", 2)
		pw.Close()
	}()
	b, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", b, err)
	k, err = pr.Read(small)
	fmt.Println(k, err)
	fmt.Println(pw.Close(), pr.Close())

	// Discard
	k, err = io.Discard.Write([]byte("gone"))
	fmt.Println(k, err)
	k, err = io.WriteString(io.Discard, "gone too")
	fmt.Println(k, err)
	n, err = io.Discard.(io.ReaderFrom).ReadFrom(&chunkReader{strings.Repeat("d", 10000), 3000})
	fmt.Println(n, err)

	// CopyBuffer with an empty buffer panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	io.CopyBuffer(w, &chunkReader{"x", 1}, make([]byte, 0))
}
