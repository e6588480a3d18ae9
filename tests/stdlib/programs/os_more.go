package main

// os: links, owners, times, Readdir, File.Chdir, deadlines, pipes, ReadFrom/WriteTo.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

type chdirer interface{ Chdir() error }

// chunks is an io.Reader of left bytes 'x', at most 7000 per Read
type chunks struct{ left int }

func (c *chunks) Read(p []byte) (int, error) {
	if c.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.left, 7000)
	for i := range n {
		p[i] = 'x'
	}
	c.left -= n
	return n, nil
}

func main() {
	dir, _ := os.MkdirTemp("", "osx")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("hello"), 0o644)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'), os.PathSeparator, os.PathListSeparator)
	fmt.Println(os.Link(p, filepath.Join(dir, "b.txt")))
	err := os.Link(p, filepath.Join(dir, "b.txt"))
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), strings.ReplaceAll(err.Error(), dir, "DIR"), errors.Is(err, os.ErrExist))
	mt := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Println(os.Chtimes(p, time.Time{}, mt))
	fi, _ := os.Stat(p)
	fmt.Println(fi.ModTime().UTC())
	err = os.Chtimes(filepath.Join(dir, "nope"), mt, mt)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	fmt.Println(os.Chown(p, os.Getuid(), os.Getgid()), os.Lchown(p, -1, -1))
	err = os.Chown(filepath.Join(dir, "nope"), -1, -1)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	g, err := os.Getgroups()
	fmt.Println(len(g) >= 0, err)

	d, _ := os.Open(dir)
	infos, err := d.Readdir(-1)
	fmt.Println(len(infos), err)
	for _, fi := range infos {
		if fi.Name() == "a.txt" {
			fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir())
		}
	}
	infos, err = d.Readdir(1)
	fmt.Println(len(infos), err)
	wd, _ := os.Getwd()
	var c chdirer = d
	fmt.Println(c.Chdir())
	here, _ := os.Getwd()
	fmt.Println(here == dir || strings.HasSuffix(here, filepath.Base(dir)))
	os.Chdir(wd)
	fmt.Println(d.SetDeadline(time.Now()), d.SetReadDeadline(time.Time{}), d.SetWriteDeadline(time.Time{}))
	d.Close()
	fmt.Println(strings.ReplaceAll(d.Chdir().Error(), dir, "DIR"), strings.ReplaceAll(d.Chown(1, 1).Error(), dir, "DIR"))
	var nf *os.File
	fmt.Println(nf.Chdir(), nf.SetDeadline(time.Time{}))

	r, w, err := os.Pipe()
	fmt.Println(r.Name(), w.Name(), err, r.SetDeadline(time.Time{}))
	w.WriteString("through the pipe")
	w.Close()
	buf := make([]byte, 100)
	k, err := r.Read(buf)
	fmt.Printf("%q %v\n", buf[:k], err)
	k, err = r.Read(buf)
	fmt.Println(k, err)

	f, _ := os.Create(filepath.Join(dir, "c.txt"))
	n, err := f.ReadFrom(&chunks{left: 80000})
	fmt.Println(n, err)
	f.Close()
	f, _ = os.Open(filepath.Join(dir, "c.txt"))
	var sb strings.Builder
	n, err = f.WriteTo(&sb)
	fmt.Println(n, err, sb.Len())
	n, err = f.WriteTo(io.Discard)
	fmt.Println(n, err)
	f.Close()
}
