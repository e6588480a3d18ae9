// Package filepath as gomem provides it: file name paths on Unix (slash-separated, no
// volume names), lexical (Clean, Join, Split, Base, Dir, Ext, Rel, Match) and on the file
// system (Abs, Glob, EvalSymlinks, Walk, WalkDir). Every function is implemented in Python
// (__init__.py), with Go's results. Go's fs.FileInfo, fs.DirEntry and fs.WalkDirFunc are
// os.FileInfo, os.DirEntry and a func type here (gomem has no io/fs).
package filepath

import "os"

const (
	Separator     = '/'
	ListSeparator = ':'
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern error

func Match(pattern, name string) (matched bool, err error)
func Glob(pattern string) (matches []string, err error)
func Clean(path string) string
func ToSlash(path string) string
func FromSlash(path string) string
func SplitList(path string) []string
func Split(path string) (dir, file string)
func Join(elem ...string) string
func Ext(path string) string
func Abs(path string) (string, error)
func Rel(basepath, targpath string) (string, error)
func Base(path string) string
func Dir(path string) string
func VolumeName(path string) string
func IsAbs(path string) bool
func IsLocal(path string) bool
func HasPrefix(p, prefix string) bool
func Localize(path string) (string, error)
func EvalSymlinks(path string) (string, error)

// SkipDir, returned by a WalkFunc or WalkDirFunc, skips the directory (or the rest of the
// directory of a file); SkipAll skips everything remaining.
var SkipDir error
var SkipAll error

// WalkFunc is the type of the function called by Walk to visit each file or directory.
type WalkFunc func(path string, info os.FileInfo, err error) error

func Walk(root string, fn WalkFunc) error
func WalkDir(root string, fn walkDirFunc) error

// walkDirFunc is Go's fs.WalkDirFunc (gomem has no io/fs; it prints as fs.WalkDirFunc).
type walkDirFunc func(path string, d os.DirEntry, err error) error
