// Package errors as gomem provides it: the declarations the checker sees. Functions and methods
// without bodies are implemented in __init__.py (errorString_Error is (*errorString).Error).
package errors

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error

type errorString struct {
	s string
}

func (e *errorString) Error() string

// ErrUnsupported indicates that a requested operation cannot be performed,
// because it is unsupported.
var ErrUnsupported error

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool

// As finds the first error in err's tree that matches target, and if one is found, sets
// target to that error value and returns true. Otherwise, it returns false.
func As(err error, target any) bool

// Join returns an error that wraps the given errors. Any nil error values are discarded.
// Join returns nil if every value in errs is nil.
func Join(errs ...error) error

type joinError struct {
	errs []error
}

func (e *joinError) Error() string

func (e *joinError) Unwrap() []error
