package main

// path/filepath: Walk, WalkDir (SkipDir, SkipAll, errors), EvalSymlinks, Localize, HasPrefix.

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	rel := func(p string) string {
		if r, err := filepath.Rel(dir, p); err == nil {
			return r
		}
		return p
	}
	for _, d := range []string{"a/b/c", "a/skip/x", "d", "e/f"} {
		os.MkdirAll(filepath.Join(dir, d), 0o755)
	}
	for _, f := range []string{"a/1.txt", "a/b/2.txt", "a/skip/x/3.txt", "d/4.txt", "z.txt"} {
		os.WriteFile(filepath.Join(dir, f), []byte(f), 0o644)
	}
	os.Symlink("a/b", filepath.Join(dir, "link"))
	os.Symlink("../d/4.txt", filepath.Join(dir, "a/up"))
	os.Symlink("loop", filepath.Join(dir, "loop"))

	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", rel(p), info.Name() == filepath.Base(p), info.IsDir(), info.Mode().Type() == os.ModeSymlink)
		if info.Name() == "skip" {
			return filepath.SkipDir
		}
		if info.Name() == "4.txt" {
			return filepath.SkipDir // a file: skips the rest of its directory
		}
		return nil
	})
	fmt.Println("walk done", err)
	err = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if strings.HasSuffix(p, "2.txt") {
			return filepath.SkipAll
		}
		fmt.Println("walk2", rel(p))
		return nil
	})
	fmt.Println("walk2 done", err)
	stop := errors.New("stop")
	err = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if strings.HasSuffix(p, "c") {
			return stop
		}
		return nil
	})
	fmt.Println("walk3", err == stop)
	err = filepath.Walk(filepath.Join(dir, "nope"), func(p string, info os.FileInfo, err error) error {
		fmt.Println("walk4", rel(p), info == nil, strings.ReplaceAll(err.Error(), dir, "DIR"))
		return nil
	})
	fmt.Println("walk4 done", err)

	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		fmt.Println("walkdir", rel(p), d.Name() == filepath.Base(p), d.IsDir(), d.Type(), info.Name() == d.Name())
		if d.Name() == "skip" || d.Name() == "2.txt" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("walkdir done", err)
	err = filepath.WalkDir(filepath.Join(dir, "z.txt"), func(p string, d os.DirEntry, err error) error {
		fmt.Println("walkdir file", rel(p), d.Name(), d.IsDir())
		return filepath.SkipDir
	})
	fmt.Println("walkdir file done", err)
	err = filepath.WalkDir(filepath.Join(dir, "nope"), func(p string, d os.DirEntry, err error) error {
		fmt.Println("walkdir nope", d == nil, strings.ReplaceAll(err.Error(), dir, "DIR"))
		return err
	})
	fmt.Println("walkdir nope done", strings.ReplaceAll(err.Error(), dir, "DIR"))

	wd, _ := os.Getwd()
	os.Chdir(dir)
	for _, p := range []string{"link", "link/2.txt", "a/up", "a/../link", "a/b/../../d", "./a//b/", "nope/x",
		"z.txt/x", "z.txt/", "loop", "a/..", "a/../..", "..", dir + "/link", "/", "."} {
		r, err := filepath.EvalSymlinks(p)
		msg := "<nil>"
		if err != nil {
			msg = strings.ReplaceAll(err.Error(), dir, "DIR")
		}
		fmt.Printf("eval %q -> %q %s\n", strings.ReplaceAll(p, dir, "DIR"), strings.ReplaceAll(r, dir, "DIR"), msg)
	}
	os.Chdir(wd)
	for _, p := range []string{"a/b", ".", "", "/a", "a/../b", "a//b", "a/./b", "a\x00b", "a\\b", "\xff"} {
		r, err := filepath.Localize(p)
		fmt.Printf("localize %q %q %v\n", p, r, err)
	}
	fmt.Println(filepath.HasPrefix("/a/b", "/a"), filepath.HasPrefix("/a/b", "/b"))
	fmt.Println(filepath.SkipDir, filepath.SkipAll)
}
