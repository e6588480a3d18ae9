// Package io/ioutil: every function, against real Go (files in a temporary directory).
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

type chunks struct {
	left int
	err  error
}

func (c *chunks) Read(p []byte) (int, error) {
	if c.left == 0 {
		if c.err != nil {
			return 0, c.err
		}
		return 0, eof()
	}
	n := len(p)
	if n > 100 {
		n = 100
	}
	if n > c.left {
		n = c.left
	}
	for i := range p[:n] {
		p[i] = 'a' + byte(i%26)
	}
	c.left -= n
	return n, nil
}

func eof() error {
	_, err := bytes.NewReader(nil).Read(make([]byte, 1))
	return err
}

func main() {
	// ReadAll: capacity grows from 512 as append grows it
	for _, n := range []int{0, 1, 511, 512, 513, 2000, 10000} {
		b, err := ioutil.ReadAll(&chunks{left: n})
		fmt.Println(n, len(b), cap(b), err, b == nil)
	}
	b, err := ioutil.ReadAll(&chunks{left: 250, err: errors.New("read failed")})
	fmt.Println(len(b), err)
	b, err = ioutil.ReadAll(bytes.NewBufferString("from a buffer"))
	fmt.Printf("%q %v\n", b, err)

	dir, err := ioutil.TempDir("", "gomem-ioutil-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()+"/gomem-ioutil-"))

	name := dir + "/data.txt"
	fmt.Println(ioutil.WriteFile(name, []byte("line one\nline two\n"), 0644))
	data, err := ioutil.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err))
	err = ioutil.WriteFile(dir+"/no/such/dir", nil, 0644)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	f, err := ioutil.TempFile(dir, "tmp-*.log")
	fmt.Println(err, strings.HasPrefix(f.Name(), dir+"/tmp-"), strings.HasSuffix(f.Name(), ".log"))
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "%d bytes\n", 42)
	w.Flush()
	f.Close()
	_, err = ioutil.TempFile(dir, "bad/pattern")
	fmt.Println(err)
	_, err = ioutil.TempDir(dir+"/missing", "x")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	os.Mkdir(dir+"/sub", 0755)
	os.WriteFile(dir+"/sub/z", []byte("zz"), 0600)
	os.WriteFile(dir+"/a.txt", []byte("12345"), 0600)
	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), err)
	for _, fi := range infos {
		name := fi.Name()
		if strings.HasPrefix(name, "tmp-") {
			name = "tmp-*.log"
		}
		size := fi.Size()
		if fi.IsDir() {
			size = -1
		}
		fmt.Println(name, size, fi.IsDir(), fi.Mode().IsRegular())
	}
	empty, _ := ioutil.TempDir(dir, "empty")
	infos, err = ioutil.ReadDir(empty)
	fmt.Println(len(infos), infos == nil, err)
	infos, err = ioutil.ReadDir(dir + "/nope")
	fmt.Println(infos == nil, strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = ioutil.ReadDir(dir + "/a.txt")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	rc := ioutil.NopCloser(bytes.NewBufferString("nop"))
	fmt.Printf("%T\n", rc)
	all, _ := ioutil.ReadAll(rc)
	fmt.Println(string(all), rc.Close())

	n, err := fmt.Fprintf(ioutil.Discard, "%s", "discarded")
	fmt.Println(n, err)
}
