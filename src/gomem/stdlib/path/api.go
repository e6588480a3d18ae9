// Package path as gomem provides it: manipulation of slash-separated paths (URLs and the
// like; path/filepath is the one for file names). Every function is implemented in Python
// (__init__.py), with Go's results.
package path

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern error

func Match(pattern, name string) (matched bool, err error)
func Clean(path string) string
func Split(path string) (dir, file string)
func Join(elem ...string) string
func Ext(path string) string
func Base(path string) string
func IsAbs(path string) bool
func Dir(path string) string
