// Package time as gomem provides it: durations, wall and monotonic clock readings, Sleep and
// the timers (Timer, Ticker, After, AfterFunc, Tick). Time keeps seconds since January 1,
// year 1 UTC (as Go does), nanoseconds, and a monotonic clock reading (0: none); there are
// no locations and no formatting.
//
// Everything is implemented in Python (gomem/stdlib/time/__init__.py) on the scheduler's
// timers (gomem/runtime/sched.py).
// Timer channels behave as in Go 1.23: len and cap report 0, and Stop/Reset discard a value
// that was sent but not received.
package time

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration
func (d Duration) Abs() Duration

// seconds from January 1, year 1 to January 1, 1970
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// A Time is an instant with nanosecond precision.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int32 // nanoseconds within the second, in [0, 999999999]
	mono int64 // monotonic clock reading in nanoseconds, 0 if none
}

func Now() Time
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func UnixMicro(usec int64) Time
func Since(t Time) Duration
func Until(t Time) Duration

func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) Nanosecond() int
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) Compare(u Time) int
func (t Time) IsZero() bool

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// runtimeTimer is what the scheduler runs: at when (monotonic clock) it calls
// f(arg, seq, delta), delta being how late the call is; period > 0 repeats it. f is sendTime
// (arg: the timer channel) or goFunc (arg: the AfterFunc function), both in Python.
type runtimeTimer struct {
	when   int64
	period int64
	f      func(arg any, seq uintptr, delta int64)
	arg    any
	seq    uintptr
}

// The Timer type represents a single event.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func NewTimer(d Duration) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func After(d Duration) <-chan Time
func AfterFunc(d Duration, f func()) *Timer

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Tick(d Duration) <-chan Time
