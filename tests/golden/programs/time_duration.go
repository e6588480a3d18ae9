package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		1500 * time.Nanosecond,
		time.Microsecond,
		2500 * time.Microsecond,
		time.Millisecond,
		time.Second,
		1500 * time.Millisecond,
		time.Minute,
		90 * time.Minute,
		26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-2 * time.Second,
		time.Duration(1<<63 - 1),
	}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute))
	fmt.Printf("%v %s %d %T\n", time.Second, time.Second, time.Second, time.Second)

	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err)
	pd, err = time.ParseDuration("250ms")
	fmt.Println(pd, pd.Microseconds(), err)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)

	// arithmetic
	timeout := 2 * time.Second
	fmt.Println(timeout/4, timeout*3, timeout-time.Millisecond, timeout > time.Second)
	fmt.Println(time.Duration(42) * time.Millisecond)
	fmt.Println(time.Month(3), time.Saturday)

	// fixed dates are deterministic
	t := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Add(36*time.Hour).Format(time.RFC3339))
	t2 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t2.Sub(t), t2.After(t))
}
