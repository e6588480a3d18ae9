package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	// os.Args[0] is the program path; no extra arguments are passed
	fmt.Println("args:", len(os.Args), os.Args[1:])

	dir, err := os.MkdirTemp(os.TempDir(), "gomem-golden-")
	if err != nil {
		fmt.Println("mkdirtemp failed:", err)
		return
	}
	defer os.RemoveAll(dir)

	path := filepath.Join(dir, "data.txt")
	err = os.WriteFile(path, []byte("line one\nline two\n"), 0o644)
	fmt.Println("write:", err)

	data, err := os.ReadFile(path)
	fmt.Println("read:", err, len(data))
	fmt.Printf("%q\n", string(data))
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		fmt.Println(i, line)
	}

	// append with OpenFile
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err == nil {
		fmt.Fprintf(f, "line %s\n", "three")
		f.Close()
	}
	data, _ = os.ReadFile(path)
	fmt.Println(strings.Count(string(data), "\n"), "lines")

	info, err := os.Stat(path)
	fmt.Println(err, info.Name(), info.Size(), info.IsDir())

	// reading a missing file
	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println(errors.Is(err, os.ErrNotExist))

	err = os.Remove(path)
	fmt.Println("remove:", err)
	_, err = os.Stat(path)
	fmt.Println(os.IsNotExist(err))

	// environment
	os.Setenv("GOMEM_TEST_VAR", "value")
	fmt.Println(os.Getenv("GOMEM_TEST_VAR"), os.Getenv("GOMEM_UNSET_VAR") == "")
	v, ok := os.LookupEnv("GOMEM_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintln(os.Stdout, "to stdout")
}
