// Package runtime as gomem provides it: the declarations the checker sees. Functions without
// bodies are implemented in __init__.py on gomem's scheduler (gomem/runtime/sched.py) and
// allocator (gomem/runtime/malloc.py). Caller, Callers, Stack and FuncForPC see the frames of
// compiled Go code (gomem/runtime/callers.py); their PCs are gomem's own.
package runtime

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types that are run time
	// errors from ordinary errors: a type is a run time error if it has a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
}

func (*TypeAssertionError) RuntimeError()
func (e *TypeAssertionError) Error() string

// A PanicNilError happens when code calls panic(nil). (gomem's *PanicNilError values are
// their message.)
type PanicNilError struct{}

func (*PanicNilError) Error() string
func (*PanicNilError) RuntimeError()

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack. The argument skip is the number of stack frames to ascend, with 0
// identifying the caller of Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function invocations on the
// calling goroutine's stack; skip 0 identifies the frame for Callers itself.
func Callers(skip int, pc []uintptr) int

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information.
func CallersFrames(callers []uintptr) *Frames

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	callers []uintptr
}

// Next returns a Frame representing the next call frame in the slice of PC values, and
// whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool)

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC        uintptr
	Func      *Func
	Function  string
	File      string
	Line      int
	startLine int
	Entry     uintptr
}

// A Func represents a Go function in the running binary.
type Func struct {
	name      string
	file      string
	startLine int
	entry     uintptr
}

func FuncForPC(pc uintptr) *Func
func (f *Func) Name() string
func (f *Func) Entry() uintptr
func (f *Func) FileLine(pc uintptr) (file string, line int)

// Stack formats a stack trace of the calling goroutine into buf and returns the number of
// bytes written to buf. If all is true, the other goroutines' headers follow.
func Stack(buf []byte, all bool) int

// GOROOT returns the root of the Go tree.
func GOROOT() string

// NumCgoCall returns the number of cgo calls made by the current process.
func NumCgoCall() int64

// MemProfileRate controls the fraction of memory allocations that are recorded and reported
// in the memory profile. (gomem: a property of gomem/runtime/mprof.py, whose sampling it
// drives; 0 before main unless the program can read a memory profile, as Go's linker does.)
var MemProfileRate int

// A MemProfileRecord describes the live objects allocated by a particular call sequence
// (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile returns a profile of memory allocated and freed per allocation site, as of the
// last completed GC (gomem/runtime/mprof.py). If len(p) >= n, MemProfile copies the profile
// into p and returns n, true; otherwise it returns n, false.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

func NumGoroutine() int

// SetBlockProfileRate controls the fraction of goroutine blocking events that are reported
// in the blocking profile (gomem/runtime/blockprof.py).
func SetBlockProfileRate(rate int)

// SetMutexProfileFraction controls the fraction of mutex contention events that are
// reported in the mutex profile; it returns the previous rate.
func SetMutexProfileFraction(rate int) int
func GOMAXPROCS(n int) int
func NumCPU() int
func Gosched()
func GC()
func Goexit()
func KeepAlive(x any)
func SetFinalizer(obj any, finalizer any)
func Version() string
func LockOSThread()
func UnlockOSThread()

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats)

// Breakpoint executes a breakpoint trap: with no debugger attached the program dies of
// SIGTRAP, as a Go program does.
func Breakpoint()

// A Pinner is a set of Go objects each pinned to a fixed location in memory. gomem's heap
// never moves objects, so pinning only keeps them reachable until Unpin.
type Pinner struct {
	*pinner
}

// pinner holds the pinned objects (Go's has an inline store of pointers; same role).
type pinner struct {
	refs []any
}

func (p *Pinner) Pin(pointer any)
func (p *Pinner) Unpin()

// Go's API that gomem does not provide: a use is the compile error "gomem does not support
// runtime.X yet (reason)". The profilers come with gomem's profiling work.
//gomem:unsupported BlockProfile "no profiling yet"
//gomem:unsupported BlockProfileRecord "no profiling yet"
//gomem:unsupported CPUProfile "no profiling yet"
//gomem:unsupported GoroutineProfile "no profiling yet"
//gomem:unsupported MutexProfile "no profiling yet"
//gomem:unsupported ReadTrace "no execution tracer yet"
//gomem:unsupported SetCPUProfileRate "no profiling yet"
//gomem:unsupported StackRecord "no profiling yet"
//gomem:unsupported StartTrace "no execution tracer yet"
//gomem:unsupported StopTrace "no execution tracer yet"
//gomem:unsupported ThreadCreateProfile "no profiling yet"
//gomem:unsupported SetCgoTraceback "needs cgo"
