package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what+":", err)
	}
}

func main() {
	fmt.Println("args:", len(os.Args), os.Args[1:])
	dir, err := os.MkdirTemp("", "gomem-os-*-test")
	check("mkdirtemp", err)
	defer os.RemoveAll(dir)
	base := dir[strings.LastIndex(dir, "/")+1:]
	fmt.Println(strings.HasPrefix(base, "gomem-os-"), strings.HasSuffix(base, "-test"))

	p := dir + "/a.txt"
	check("write", os.WriteFile(p, []byte("hello\nworld\n"), 0o640))
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v %d %d\n", data, err, len(data), cap(data))

	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check("openfile", err)
	n, err := f.WriteString("more\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "%d-%s\n", 7, "x")
	fmt.Println(n, err)
	_, err = f.WriteAt([]byte("z"), 0)
	fmt.Println(err)
	fmt.Println(f.Name() == p, f.Close())
	fmt.Println(strings.Replace(f.Close().Error(), dir, "DIR", 1))
	_, err = f.Write([]byte("x"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, os.ErrClosed))

	f, err = os.Open(p)
	check("open", err)
	buf := make([]byte, 8)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	pos, err := f.Seek(2, os.SEEK_SET)
	fmt.Println(pos, err)
	n, err = f.ReadAt(buf[:4], 6)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 20)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	info, err := f.Stat()
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir(), info.Mode().IsRegular(), info.Mode().Perm(), err)
	f.Close()

	info, err = os.Stat(dir)
	fmt.Println(info.Name() == base, info.IsDir(), info.Mode()&os.ModeDir != 0, info.Mode().Type() == os.ModeDir, err)
	fmt.Printf("%T\n", info)

	check("mkdirall", os.MkdirAll(dir+"/x/y/z", 0o755))
	check("mkdirall again", os.MkdirAll(dir+"/x/y", 0o755))
	err = os.MkdirAll(p+"/sub", 0o755)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	err = os.Mkdir(dir+"/x", 0o755)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"), os.IsExist(err), errors.Is(err, os.ErrExist))
	check("create", func() error { f, err := os.Create(dir + "/b.txt"); f.Close(); return err }())
	check("rename", os.Rename(dir+"/b.txt", dir+"/c.txt"))
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type(), e)
	}
	fmt.Println(len(entries), err)

	_, err = os.ReadFile(dir + "/missing")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"), os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path == dir+"/missing", pe.Err)
	}
	_, err = os.Open("/nope")
	fmt.Println(err)
	err = os.Remove(dir + "/nothing")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"), os.IsNotExist(err))
	err = os.Remove(dir + "/x")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"), os.IsExist(err))
	err = os.Rename(dir+"/nothing", dir+"/other")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	check("remove", os.Remove(dir+"/c.txt"))
	check("removeall", os.RemoveAll(dir+"/x"))
	check("removeall missing", os.RemoveAll(dir+"/x"))
	_, err = os.Stat(dir + "/x")
	fmt.Println(os.IsNotExist(err))

	os.Setenv("GOMEM_T1", "v1")
	fmt.Println(os.Getenv("GOMEM_T1"), os.Getenv("GOMEM_NOPE") == "")
	v, ok := os.LookupEnv("GOMEM_T1")
	fmt.Println(v, ok)
	os.Unsetenv("GOMEM_T1")
	_, ok = os.LookupEnv("GOMEM_T1")
	fmt.Println(ok, os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Setenv("GOMEM_NAME", "gopher")
	fmt.Println(os.ExpandEnv("hi $GOMEM_NAME, ${GOMEM_NAME}! $ $1 ${} $$ ${GOMEM_NOPE}."))
	fmt.Println(os.Expand("$a-${b}-$c", func(s string) string { return strings.ToUpper(s) + "!" }))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOMEM_NAME=gopher" {
			found = true
		}
	}
	fmt.Println(found)

	wd, err := os.Getwd()
	fmt.Println(wd != "", err, os.TempDir() != "", os.Getpid() > 0, os.Getpagesize())
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_TRUNC, os.PathSeparator, os.DevNull)
	fmt.Println(os.FileMode(0o755), os.FileMode(0o644)|os.ModeDir, os.ModeSymlink|os.ModeSetuid|0o4777, os.FileMode(0))
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid)
	var nilf *os.File
	_, err = nilf.Write([]byte("x"))
	fmt.Println(err, err == os.ErrInvalid)
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct\n")
	os.Stdout.Write([]byte("bytes\n"))
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	defer fmt.Println("deferred: not printed")
	os.Exit(3)
}
