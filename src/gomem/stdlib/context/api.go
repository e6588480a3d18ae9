// Package context as gomem provides it: written here in Go (compiled like the program's own
// code the first time a program uses it) on gomem's channels, sync.Mutex and time.AfterFunc.
// The unexported types are the ones Go 1.23 has (backgroundCtx, *cancelCtx, *timerCtx,
// *valueCtx, withoutCancelCtx, ...), since %T and String() show them; typeName (Python, in
// __init__.py) stands for reflectlite's type names. docs/stdlib.md.
package context

import (
	"errors"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across API
// boundaries.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's deadline passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// A CancelFunc tells an operation to abandon its work.
type CancelFunc func()

// A CancelCauseFunc behaves like a CancelFunc but additionally sets the cancellation cause.
type CancelCauseFunc func(cause error)

// typeName is the dynamic type of v as Go prints it ("main.key", "*int", "[]int").
func typeName(v any) string

// comparable reports whether the dynamic type of v can be compared with ==.
func comparable(v any) bool

// ---------------------------------------------------------------------- the two roots

// emptyCtx: never canceled, no deadline, no values (what Background and TODO share).
type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background returns a non-nil, empty Context.
func Background() Context { return backgroundCtx{} }

// TODO returns a non-nil, empty Context.
func TODO() Context { return todoCtx{} }

func mustHaveParent(parent Context) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
}

// ---------------------------------------------------------------------- names

type stringer interface {
	String() string
}

// nameOf is how a derived context names its parent in its own String: the parent's String
// when it has one, else its type.
func nameOf(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return typeName(c)
}

// describe is how WithValue's String shows a key or a value without package fmt.
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case stringer:
		return x.String()
	case string:
		return x
	}
	return typeName(v)
}

// ---------------------------------------------------------------------- values

type valueCtx struct {
	Context
	key, val any
}

// WithValue returns a copy of parent in which the value associated with key is val.
func WithValue(parent Context, key, val any) Context {
	mustHaveParent(parent)
	if key == nil {
		panic("nil key")
	}
	if !comparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return lookup(c.Context, key)
}

func (c *valueCtx) String() string {
	return nameOf(c.Context) + ".WithValue(" + describe(c.key) + ", " + describe(c.val) + ")"
}

// ownerKey: Value(&ownerKey) of a context is the *cancelCtx that decides when it is done
// (nil for a context that is never canceled).
var ownerKey int

// lookup walks up the chain of gomem's own contexts in a loop (a long chain costs no call
// depth), handing over to Value at the first context of another type.
func lookup(c Context, key any) any {
	for {
		switch x := c.(type) {
		case *valueCtx:
			if key == x.key {
				return x.val
			}
			c = x.Context
		case *cancelCtx:
			if key == &ownerKey {
				return x
			}
			c = x.Context
		case *timerCtx:
			if key == &ownerKey {
				return &x.cancelCtx
			}
			c = x.Context
		case withoutCancelCtx:
			if key == &ownerKey {
				return nil // its cancellation is not its parent's: Cause is nil
			}
			c = x.c
		case backgroundCtx, todoCtx:
			return nil
		default:
			return c.Value(key)
		}
	}
}

// ---------------------------------------------------------------------- cancellation

// A canceler is a context its parent cancels along with itself.
type canceler interface {
	cancel(removeFromParent bool, err, cause error)
	Done() <-chan struct{}
}

// closed: the Done channel of every context canceled before anyone asked for its Done (one
// closed channel serves them all, as in Go).
var closed = closedChannel()

func closedChannel() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

type cancelCtx struct {
	Context // the parent

	mu       sync.Mutex            // guards the fields below
	done     chan struct{}         // made by the first Done and closed by the first cancel (or closed)
	children map[canceler]struct{} // what this context's cancel cancels too; nil once canceled
	err      error                 // non-nil once canceled
	cause    error                 // set by the first cancel
}

// WithCancel returns a copy of parent with a new Done channel.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause behaves like WithCancel but returns a CancelCauseFunc.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

func newCancelCtx(parent Context) *cancelCtx {
	mustHaveParent(parent)
	c := &cancelCtx{}
	c.attach(parent, c)
	return c
}

func (c *cancelCtx) Value(key any) any {
	if key == &ownerKey {
		return c
	}
	return lookup(c.Context, key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	c.mu.Lock()
	if c.done == nil {
		c.done = make(chan struct{})
	}
	d := c.done
	c.mu.Unlock()
	return d
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string {
	return nameOf(c.Context) + ".WithCancel"
}

// cancel records err and cause (the first time only), closes done and cancels the children;
// removeFromParent also takes c off its parent's list.
func (c *cancelCtx) cancel(removeFromParent bool, err, cause error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err, c.cause = err, cause
	if c.done == nil {
		c.done = closed
	} else {
		close(c.done)
	}
	children := c.children
	c.children = nil
	for child := range children {
		child.cancel(false, err, cause)
	}
	c.mu.Unlock()
	if removeFromParent {
		detach(c.Context, c)
	}
}

// owner is the *cancelCtx whose cancellation parent's Done channel reports, when parent is
// (or wraps without changing Done) one of gomem's cancelable contexts.
func owner(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == nil {
		return nil, false
	}
	p, ok := parent.Value(&ownerKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	p.mu.Lock()
	same := (<-chan struct{})(p.done) == done
	p.mu.Unlock()
	if !same {
		return nil, false
	}
	return p, true
}

// attach makes parent c's parent and arranges that canceling parent cancels child (c, or
// the context c is embedded in): at once when parent is already done; through parent's list
// of children when parent is one of gomem's contexts; through parent's AfterFunc method when
// it has one; else by a goroutine waiting for either to be done.
func (c *cancelCtx) attach(parent Context, child canceler) {
	c.Context = parent
	done := parent.Done()
	if done == nil {
		return
	}
	select {
	case <-done:
		child.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}
	if p, ok := owner(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			err, cause := p.err, p.cause
			p.mu.Unlock()
			child.cancel(false, err, cause)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.mu.Unlock()
		return
	}
	if a, ok := parent.(afterFuncer); ok {
		c.mu.Lock()
		stop := a.AfterFunc(func() {
			child.cancel(false, parent.Err(), Cause(parent))
		})
		c.Context = stopCtx{parent, stop}
		c.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err(), Cause(parent))
		case <-child.Done():
		}
	}()
}

// detach takes child off parent's list of children (or stops parent's AfterFunc for it).
func detach(parent Context, child canceler) {
	if s, ok := parent.(stopCtx); ok {
		s.stop()
		return
	}
	p, ok := owner(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	delete(p.children, child)
	p.mu.Unlock()
}

// Cause returns a non-nil error explaining why c was canceled.
func Cause(c Context) error {
	if cc, ok := c.Value(&ownerKey).(*cancelCtx); ok {
		cc.mu.Lock()
		cause := cc.cause
		cc.mu.Unlock()
		return cause
	}
	return c.Err()
}

// ---------------------------------------------------------------------- deadlines

type timerCtx struct {
	cancelCtx
	timer    *time.Timer // guarded by cancelCtx.mu
	deadline time.Time
}

// WithDeadline returns a copy of the parent context with the deadline adjusted to be no
// later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause behaves like WithDeadline but also sets the cause of the returned
// Context when the deadline is exceeded.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	mustHaveParent(parent)
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent) // the parent's deadline comes first
	}
	c := &timerCtx{deadline: d}
	c.cancelCtx.attach(parent, c)
	left := time.Until(d)
	if left <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(left, func() { c.cancel(true, DeadlineExceeded, cause) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause behaves like WithTimeout but also sets the cause of the returned Context
// when the timeout expires.
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	return nameOf(c.cancelCtx.Context) + ".WithDeadline(" + c.deadline.String() + " [" +
		time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err, cause error) {
	c.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		detach(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}

// ---------------------------------------------------------------------- WithoutCancel

type withoutCancelCtx struct {
	c Context
}

// WithoutCancel returns a copy of parent that is not canceled when parent is canceled.
func WithoutCancel(parent Context) Context {
	mustHaveParent(parent)
	return withoutCancelCtx{parent}
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }
func (c withoutCancelCtx) Value(key any) any                     { return lookup(c, key) }
func (c withoutCancelCtx) String() string                        { return nameOf(c.c) + ".WithoutCancel" }

// ---------------------------------------------------------------------- AfterFunc

// A parent with this method schedules its children's cancellation itself.
type afterFuncer interface {
	AfterFunc(func()) func() bool
}

// stopCtx stands for the parent of a cancelCtx whose cancellation the parent's own AfterFunc
// arranged; stop undoes that arrangement.
type stopCtx struct {
	Context
	stop func() bool
}

type afterFuncCtx struct {
	cancelCtx
	once sync.Once // runs f, or stops it from ever running: whichever comes first
	f    func()
}

// AfterFunc arranges to call f in its own goroutine after ctx is done.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.cancelCtx.attach(ctx, a)
	return func() bool {
		stopped := false
		a.once.Do(func() { stopped = true })
		if stopped {
			a.cancel(true, Canceled, nil)
		}
		return stopped
	}
}

func (a *afterFuncCtx) cancel(removeFromParent bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if removeFromParent {
		detach(a.Context, a)
	}
	a.once.Do(func() { go a.f() })
}
