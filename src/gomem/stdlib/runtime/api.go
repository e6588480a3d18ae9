// Package runtime as gomem provides it: the declarations the checker sees. Functions without
// bodies are implemented in __init__.py on gomem's scheduler (gomem/runtime/sched.py) and
// allocator (gomem/runtime/malloc.py). Caller, Callers and Stack are not provided yet.
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

// MemProfileRate controls the fraction of memory allocations that are recorded and reported
// in the memory profile.
var MemProfileRate int

func NumGoroutine() int
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
