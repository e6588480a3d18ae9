// Package fmt as gomem provides it: the declarations the checker sees. Functions and methods
// without bodies are implemented in __init__.py (wrapError_Error is (*wrapError).Error).
package fmt

import "io"

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
