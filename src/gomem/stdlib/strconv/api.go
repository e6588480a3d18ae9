// Package strconv as gomem provides it: the declarations the checker sees. Functions and
// methods without bodies are implemented in __init__.py (NumError_Error is
// (*NumError).Error), on the Go-exact conversions of gomem.stdlib.gostrconv.
package strconv

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange error

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax error

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error

func Atoi(s string) (int, error)
func Itoa(i int) string
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func AppendBool(dst []byte, b bool) []byte
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendQuoteToGraphic(dst []byte, s string) []byte
func CanBackquote(s string) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func Quote(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuotedPrefix(s string) (string, error)
func Unquote(s string) (string, error)
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)

// Go's API that gomem does not provide (a use is the compile error "gomem does not support").
//gomem:unsupported FormatComplex "needs complex numbers"
//gomem:unsupported ParseComplex "needs complex numbers"
