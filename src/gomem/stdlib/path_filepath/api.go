// Package filepath as gomem provides it: file name paths on Unix (slash-separated, no
// volume names), lexical (Clean, Join, Split, Base, Dir, Ext, Rel, Match) and on the file
// system (Abs, Glob). Every function is implemented in Python (__init__.py), with Go's
// results; Walk and WalkDir are not provided.
package filepath

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
