// Package time as gomem provides it: durations (with ParseDuration), wall and monotonic clock
// readings, calendar dates (Date, Month, Weekday), locations (UTC, Local, FixedZone,
// LoadLocation), formatting and parsing with Go's layout language, Sleep and the timers
// (Timer, Ticker, After, AfterFunc, Tick). Time keeps seconds since January 1, year 1 UTC (as
// Go does), nanoseconds, a monotonic clock reading (0: none) and its location (nil: UTC).
//
// Everything is implemented in Python (gomem/stdlib/time/__init__.py, the layout language in
// _layout.py) on the scheduler's timers (gomem/runtime/sched.py). Local follows Go: the zone
// of $TZ when it is set (UTC when it is empty or unknown), else /etc/localtime; zone rules
// come from the system's zoneinfo files.
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

// ParseDuration parses a duration string such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

// Layouts for Time.Format and Parse; the reference time is Mon Jan 2 15:04:05 MST 2006.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"

	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// A Location maps time instants to the zone in use at that time. A fixed zone has tz ""
// (offset seconds east of UTC, named name); otherwise tz names the zoneinfo file whose rules
// apply.
type Location struct {
	name   string
	tz     string
	offset int
}

var UTC *Location
var Local *Location

func (l *Location) String() string
func FixedZone(name string, offset int) *Location
func LoadLocation(name string) (*Location, error)
func LoadLocationFromTZData(name string, data []byte) (*Location, error)

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string

// seconds from January 1, year 1 to January 1, 1970
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// A Time is an instant with nanosecond precision.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int32 // nanoseconds within the second, in [0, 999999999]
	mono int64 // monotonic clock reading in nanoseconds, 0 if none
	loc  *Location // nil means UTC
}

func Now() Time
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time
func UnixMicro(usec int64) Time
func Since(t Time) Duration
func Until(t Time) Duration
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
func Parse(layout, value string) (Time, error)
func ParseInLocation(layout, value string, loc *Location) (Time, error)

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
func (t Time) Year() int
func (t Time) Month() Month
func (t Time) Day() int
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) ISOWeek() (year, week int)
func (t Time) Date() (year int, month Month, day int)
func (t Time) Clock() (hour, min, sec int)
func (t Time) AddDate(years int, months int, days int) Time
func (t Time) UTC() Time
func (t Time) Local() Time
func (t Time) In(loc *Location) Time
func (t Time) Location() *Location
func (t Time) Zone() (name string, offset int)
func (t Time) Truncate(d Duration) Time
func (t Time) Round(d Duration) Time
func (t Time) Format(layout string) string
func (t Time) AppendFormat(b []byte, layout string) []byte
func (t Time) String() string
func (t Time) GoString() string
func (t Time) IsDST() bool
func (t Time) ZoneBounds() (start, end Time)
func (t Time) MarshalBinary() ([]byte, error)
func (t *Time) UnmarshalBinary(data []byte) error
func (t Time) GobEncode() ([]byte, error)
func (t *Time) GobDecode(data []byte) error
func (t Time) MarshalJSON() ([]byte, error)
func (t *Time) UnmarshalJSON(data []byte) error
func (t Time) MarshalText() ([]byte, error)
func (t *Time) UnmarshalText(data []byte) error

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
