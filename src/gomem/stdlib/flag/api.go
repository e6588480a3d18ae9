// Package flag as gomem provides it: the declarations the checker sees. Functions and methods
// without bodies are implemented in __init__.py (FlagSet_Parse is (*FlagSet).Parse,
// intValue_Set is (*intValue).Set).
package flag

import (
	"encoding"
	"io"
	"time"
)

// ErrHelp is the error returned if the -help or -h flag is invoked but no such flag is defined.
var ErrHelp error

// Value is the interface to the dynamic value stored in a flag.
type Value interface {
	String() string
	Set(string) error
}

// Getter is an interface that allows the contents of a Value to be retrieved.
type Getter interface {
	Value
	Get() any
}

// boolFlag is a Value whose flag needs no argument on the command line.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

// The Values of the flags this package defines: each is a pointer to the program's variable.
type boolValue bool
type intValue int
type int64Value int64
type uintValue uint
type uint64Value uint64
type stringValue string
type float64Value float64
type durationValue time.Duration
type funcValue func(string) error
type textValue struct{ p encoding.TextUnmarshaler }
type boolFuncValue func(string) error

func (b *boolValue) Set(s string) error
func (b *boolValue) Get() any
func (b *boolValue) String() string
func (b *boolValue) IsBoolFlag() bool
func (i *intValue) Set(s string) error
func (i *intValue) Get() any
func (i *intValue) String() string
func (i *int64Value) Set(s string) error
func (i *int64Value) Get() any
func (i *int64Value) String() string
func (i *uintValue) Set(s string) error
func (i *uintValue) Get() any
func (i *uintValue) String() string
func (i *uint64Value) Set(s string) error
func (i *uint64Value) Get() any
func (i *uint64Value) String() string
func (s *stringValue) Set(val string) error
func (s *stringValue) Get() any
func (s *stringValue) String() string
func (f *float64Value) Set(s string) error
func (f *float64Value) Get() any
func (f *float64Value) String() string
func (d *durationValue) Set(s string) error
func (d *durationValue) Get() any
func (d *durationValue) String() string
func (v textValue) Set(s string) error
func (v textValue) Get() any
func (v textValue) String() string
func (f funcValue) Set(s string) error
func (f funcValue) String() string
func (f boolFuncValue) Set(s string) error
func (f boolFuncValue) String() string
func (f boolFuncValue) IsBoolFlag() bool

// ErrorHandling defines how FlagSet.Parse behaves if the parse fails.
type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota // Return a descriptive error.
	ExitOnError                          // Call os.Exit(2) or for -h/-help Exit(0).
	PanicOnError                         // Call panic with a descriptive error.
)

// A FlagSet represents a set of defined flags.
type FlagSet struct {
	// Usage is the function called when an error occurs while parsing flags.
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag
	formal        map[string]*Flag
	args          []string // arguments after flags
	errorHandling ErrorHandling
	output        io.Writer         // nil means stderr; use Output() accessor
	undef         map[string]string // flags which didn't exist at the time of Set
}

// A Flag represents the state of a flag.
type Flag struct {
	Name     string // name as it appears on command line
	Usage    string // help message
	Value    Value  // value as set
	DefValue string // default value (as text); for usage message
}

func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet
func (f *FlagSet) Init(name string, errorHandling ErrorHandling)
func (f *FlagSet) Output() io.Writer
func (f *FlagSet) Name() string
func (f *FlagSet) ErrorHandling() ErrorHandling
func (f *FlagSet) SetOutput(output io.Writer)
func (f *FlagSet) VisitAll(fn func(*Flag))
func (f *FlagSet) Visit(fn func(*Flag))
func (f *FlagSet) Lookup(name string) *Flag
func (f *FlagSet) Set(name, value string) error
func (f *FlagSet) PrintDefaults()
func (f *FlagSet) NFlag() int
func (f *FlagSet) Arg(i int) string
func (f *FlagSet) NArg() int
func (f *FlagSet) Args() []string
func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string)
func (f *FlagSet) Bool(name string, value bool, usage string) *bool
func (f *FlagSet) IntVar(p *int, name string, value int, usage string)
func (f *FlagSet) Int(name string, value int, usage string) *int
func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string)
func (f *FlagSet) Int64(name string, value int64, usage string) *int64
func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string)
func (f *FlagSet) Uint(name string, value uint, usage string) *uint
func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string)
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64
func (f *FlagSet) StringVar(p *string, name string, value string, usage string)
func (f *FlagSet) String(name string, value string, usage string) *string
func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string)
func (f *FlagSet) Float64(name string, value float64, usage string) *float64
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string)
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration
func (f *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string)
func (f *FlagSet) Func(name, usage string, fn func(string) error)
func (f *FlagSet) BoolFunc(name, usage string, fn func(string) error)
func (f *FlagSet) Var(value Value, name string, usage string)
func (f *FlagSet) Parse(arguments []string) error
func (f *FlagSet) Parsed() bool

// CommandLine is the default set of command-line flags, parsed from os.Args.
var CommandLine *FlagSet

// Usage prints a usage message documenting all defined command-line flags to CommandLine's
// output, which by default is os.Stderr.
var Usage func()

func UnquoteUsage(flag *Flag) (name string, usage string)
func VisitAll(fn func(*Flag))
func Visit(fn func(*Flag))
func Lookup(name string) *Flag
func Set(name, value string) error
func PrintDefaults()
func NFlag() int
func Arg(i int) string
func NArg() int
func Args() []string
func BoolVar(p *bool, name string, value bool, usage string)
func Bool(name string, value bool, usage string) *bool
func IntVar(p *int, name string, value int, usage string)
func Int(name string, value int, usage string) *int
func Int64Var(p *int64, name string, value int64, usage string)
func Int64(name string, value int64, usage string) *int64
func UintVar(p *uint, name string, value uint, usage string)
func Uint(name string, value uint, usage string) *uint
func Uint64Var(p *uint64, name string, value uint64, usage string)
func Uint64(name string, value uint64, usage string) *uint64
func StringVar(p *string, name string, value string, usage string)
func String(name string, value string, usage string) *string
func Float64Var(p *float64, name string, value float64, usage string)
func Float64(name string, value float64, usage string) *float64
func DurationVar(p *time.Duration, name string, value time.Duration, usage string)
func Duration(name string, value time.Duration, usage string) *time.Duration
func TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string)
func Func(name, usage string, fn func(string) error)
func BoolFunc(name, usage string, fn func(string) error)
func Var(value Value, name string, usage string)
func Parse()
func Parsed() bool
