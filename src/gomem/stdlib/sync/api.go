// Package sync as gomem provides it: the types keep Go 1.23's field layout (sizes match gc on
// amd64); everything is implemented in Python (gomem/stdlib/sync/__init__.py) on top of the
// scheduler's wait queues (gomem/runtime/sched.py).
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex: state holds Go's bits (1 locked, 2 woken, 4 starving) and the waiter count << 3.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

func (rw *RWMutex) RLocker() Locker

type rlocker RWMutex

func (r *rlocker) Lock()
func (r *rlocker) Unlock()

// WaitGroup: state is the counter << 32 | the number of waiters, as in Go.
type WaitGroup struct {
	state uint64
	sema  uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())

// OnceFunc returns a function that invokes f only once; if f panics, every call panics with
// the same value.
func OnceFunc(f func()) func()

type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

type Cond struct {
	L       Locker
	notify  notifyList
	checker uintptr
}

func NewCond(l Locker) *Cond

func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Map: dirty holds the entries (gomem keeps a single map; read and misses are unused).
type Map struct {
	mu     Mutex
	read   uintptr
	dirty  map[any]any
	misses int
}

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Clear()

// Pool: gomem keeps the pooled values on the Python side; a garbage collection does not empty
// the pool.
type Pool struct {
	local      uintptr
	localSize  uintptr
	victim     uintptr
	victimSize uintptr
	New        func() any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)
