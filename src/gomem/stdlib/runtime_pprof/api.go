// Package pprof (runtime/pprof) as gomem provides it: the declarations the checker sees. The
// heap and allocs profiles come from the allocator's sampling (gomem/runtime/mprof.py) and are
// written as Go writes them (gomem/pprof: gzipped profile.proto; debug=1 text), for the real
// `go tool pprof`. Labels are written here in Go on package context (a goroutine's labels
// are kept by the scheduler: setGoroutineLabels). docs/profiling.md.
package pprof

import (
	"context"
	"io"
)

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

// ---------------------------------------------------------------------- labels

type label struct {
	key   string
	value string
}

// LabelSet is a set of labels.
type LabelSet struct {
	list []label
}

// The context key under which a context carries its labels (a *labelMap).
type labelContextKey struct{}

// labelMap: a context's labels, key to value (each WithLabels makes a new one).
type labelMap map[string]string

// String shows the labels as {"k":"v", ...}, sorted ("" for a nil *labelMap).
func (l *labelMap) String() string

func labelsOf(ctx context.Context) labelMap {
	l, _ := ctx.Value(labelContextKey{}).(*labelMap)
	if l == nil {
		return nil
	}
	return *l
}

// Labels takes an even number of strings representing key-value pairs and makes a LabelSet
// containing them. A label overwrites a prior label with the same key.
func Labels(args ...string) LabelSet {
	if len(args)%2 != 0 {
		panic("uneven number of arguments to pprof.Labels")
	}
	list := make([]label, 0, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		list = append(list, label{args[i], args[i+1]})
	}
	return LabelSet{list}
}

// WithLabels returns a new context.Context with the given labels added. A label overwrites
// a prior label with the same key.
func WithLabels(ctx context.Context, labels LabelSet) context.Context {
	inherited := labelsOf(ctx)
	merged := make(labelMap, len(inherited))
	for k, v := range inherited {
		merged[k] = v
	}
	for _, l := range labels.list {
		merged[l.key] = l.value
	}
	return context.WithValue(ctx, labelContextKey{}, &merged)
}

// Label returns the value of the label with the given key on ctx, and a boolean indicating
// whether that label exists.
func Label(ctx context.Context, key string) (string, bool) {
	v, ok := labelsOf(ctx)[key]
	return v, ok
}

// ForLabels invokes f with each label set on the context. The function f should return true
// to continue iteration or false to stop iteration early.
func ForLabels(ctx context.Context, f func(key, value string) bool) {
	for k, v := range labelsOf(ctx) {
		if !f(k, v) {
			return
		}
	}
}

// SetGoroutineLabels sets the current goroutine's labels to match ctx.
func SetGoroutineLabels(ctx context.Context) {
	l, _ := ctx.Value(labelContextKey{}).(*labelMap)
	setGoroutineLabels(l)
}

// setGoroutineLabels gives the running goroutine the labels l (nil: none); the goroutines
// it starts from then on inherit them.
func setGoroutineLabels(l *labelMap)

// Do calls f with a copy of the parent context with the given labels added to the parent's
// label map. Goroutines spawned while executing f will inherit the augmented label-set.
// Each key/value pair in labels is inserted into the label map in the order provided,
// overriding any previous value for the same key. The augmented label map will be set for
// the duration of the call to f and restored once f returns. (In Python, so that the stacks
// show its frame under f's, as Go's.)
func Do(ctx context.Context, labels LabelSet, f func(context.Context))
