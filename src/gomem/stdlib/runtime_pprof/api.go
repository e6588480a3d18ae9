// Package pprof (runtime/pprof) as gomem provides it: the declarations the checker sees. The
// heap and allocs profiles come from the allocator's sampling (gomem/runtime/mprof.py) and are
// written as Go writes them (gomem/pprof: gzipped profile.proto; debug=1 text), for the real
// `go tool pprof`. docs/profiling.md.
package pprof

import "io"

// A Profile is a collection of stack traces showing the call sequences that led to instances
// of a particular event, such as allocation.
type Profile struct {
	name string
}

// Lookup returns the profile with the given name, or nil if no such profile exists.
func Lookup(name string) *Profile

// Profiles returns a slice of all the known profiles, sorted by name.
func Profiles() []*Profile

// Name returns this profile's name, which can be passed to Lookup to reobtain the profile.
func (p *Profile) Name() string

// Count returns the number of execution stacks currently in the profile.
func (p *Profile) Count() int

// WriteTo writes a pprof-formatted snapshot of the profile to w.
func (p *Profile) WriteTo(w io.Writer, debug int) error

// NewProfile creates a new profile with the given name. If a profile with that name already
// exists, NewProfile panics.
func NewProfile(name string) *Profile

// Add adds the current execution stack to the profile, associated with value.
func (p *Profile) Add(value any, skip int)

// Remove removes the execution stack associated with value from the profile.
func (p *Profile) Remove(value any)

// WriteHeapProfile is shorthand for Lookup("heap").WriteTo(w, 0).
func WriteHeapProfile(w io.Writer) error

// StartCPUProfile enables CPU profiling for the current process: the profile is written to w
// when StopCPUProfile is called. It returns an error if profiling is already enabled.
func StartCPUProfile(w io.Writer) error

// StopCPUProfile stops the current CPU profile, if any, and writes it out.
func StopCPUProfile()

// Go's API that gomem does not provide yet: a use is the compile error "gomem does not
// support pprof.X yet (reason)".
//gomem:unsupported Do "labels need package context, which gomem does not have yet"
//gomem:unsupported ForLabels "labels need package context, which gomem does not have yet"
//gomem:unsupported Label "labels need package context, which gomem does not have yet"
//gomem:unsupported LabelSet "labels need package context, which gomem does not have yet"
//gomem:unsupported Labels "labels need package context, which gomem does not have yet"
//gomem:unsupported SetGoroutineLabels "labels need package context, which gomem does not have yet"
//gomem:unsupported WithLabels "labels need package context, which gomem does not have yet"
