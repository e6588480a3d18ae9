// Package ioutil as gomem provides it (deprecated in Go, still widely used): the declarations
// the checker sees, implemented in __init__.py mostly by the os functions that replaced them.
//
// Go declares NopCloser's result as io.ReadCloser; gomem's io does not declare ReadCloser yet,
// so it is the structurally identical readCloser here (only compile errors print it
// differently). ReadDir's []fs.FileInfo is []os.FileInfo, which gomem's os declares (Go makes
// os.FileInfo an alias of fs.FileInfo).
package ioutil

import (
	"io"
	"os"
)

// Discard is an io.Writer on which all Write calls succeed without doing anything.
var Discard io.Writer

type readCloser interface {
	Read(p []byte) (n int, err error)
	Close() error
}

func NopCloser(r io.Reader) readCloser
func ReadAll(r io.Reader) ([]byte, error)
func ReadDir(dirname string) ([]os.FileInfo, error)
func ReadFile(filename string) ([]byte, error)
func TempDir(dir, pattern string) (name string, err error)
func TempFile(dir, pattern string) (f *os.File, err error)
func WriteFile(filename string, data []byte, perm os.FileMode) error
