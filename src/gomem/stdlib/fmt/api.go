// Package fmt as gomem provides it: the declarations the checker sees. Functions and methods
// without bodies are implemented in __init__.py (wrapError_Error is (*wrapError).Error).
package fmt

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// Stringer: %v, %s, %q, %x and %X print such a value as the text its String method returns.
type Stringer interface {
	String() string
}

// GoStringer: %#v prints such a value as the text its GoString method returns.
type GoStringer interface {
	GoString() string
}

// State is what a Format method gets: where to write, and the directive's width, precision
// and flags.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter: a value with a Format method prints itself, for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprint(a ...any) string

func Fprintln(w io.Writer, a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Sprintln(a ...any) string

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error; %w operands are wrapped (Unwrap() error, or Unwrap() []error for several).
func Errorf(format string, a ...any) error

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string
func (e *wrapError) Unwrap() error

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string
func (e *wrapErrors) Unwrap() []error

// *pp is the dynamic type of the State given to Format methods (the name is Go's, as %T
// shows it); at run time its value is the formatting engine's Job.
type pp struct {
	buf []byte
}

func (p *pp) Write(b []byte) (ret int, err error)
func (p *pp) WriteString(s string) (ret int, err error)
func (p *pp) Width() (wid int, ok bool)
func (p *pp) Precision() (prec int, ok bool)
func (p *pp) Flag(b int) bool

// Append, Appendf and Appendln append what Sprint, Sprintf and Sprintln make to b.
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }

func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

// FormatString rebuilds the directive (flags, width, precision, verb) that state was made for.
func FormatString(state State, verb rune) string {
	var tmp [16]byte // enough for the flags, two numbers and a verb in the common cases
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// ScanState is what a Scan method gets: the input, rune by rune.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner: a value with a Scan method scans itself.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)

// *ss is the dynamic type of the ScanState given to Scan methods; at run time its value is
// the scanning engine's ScanState (scan.py).
type ss struct {
	buf []byte
}

func (s *ss) Read(buf []byte) (n int, err error)
func (s *ss) ReadRune() (r rune, size int, err error)
func (s *ss) UnreadRune() error
func (s *ss) SkipSpace()
func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error)
func (s *ss) Width() (wid int, ok bool)
