// Package ioutil as gomem provides it (deprecated in Go, still widely used): the declarations
// the checker sees, implemented in __init__.py mostly by the os functions that replaced them.
//
// ReadDir's []fs.FileInfo is []os.FileInfo, which gomem's os declares (Go makes os.FileInfo an
// alias of fs.FileInfo). NopCloser and ReadAll are io's, as in Go.
package ioutil

import (
	"io"
	"os"
)

// Discard is an io.Writer on which all Write calls succeed without doing anything.
var Discard io.Writer

func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

func ReadDir(dirname string) ([]os.FileInfo, error)
func ReadFile(filename string) ([]byte, error)
func TempDir(dir, pattern string) (name string, err error)
func TempFile(dir, pattern string) (f *os.File, err error)
func WriteFile(filename string, data []byte, perm os.FileMode) error
