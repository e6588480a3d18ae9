// Package runtime/debug as gomem provides it: the declarations the checker sees. Functions
// without bodies are implemented in __init__.py: the GC settings live in
// gomem/runtime/gcsettings.py (read by the pacer), the stack limit in gomem/runtime/stack.py.
package debug

import "time"

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// the length of MemStats.PauseNs: the pause history the runtime keeps
const maxPause = 256

// readGCStats fills pause (whose capacity is at least 2*maxPause+3) as the runtime does: the
// pauses, most recent first, then their end times, then the time of the last collection, the
// number of collections and the total pause; it returns the filled part.
func readGCStats(pause []time.Duration) []time.Duration

// ReadGCStats reads statistics about garbage collection into stats.
func ReadGCStats(stats *GCStats) {
	if cap(stats.Pause) < 2*maxPause+3 {
		stats.Pause = make([]time.Duration, 2*maxPause+3)
	}
	stats.Pause = readGCStats(stats.Pause[:cap(stats.Pause)])
	n := len(stats.Pause) - 3
	stats.LastGC = time.Unix(0, int64(stats.Pause[n]))
	stats.NumGC = int64(stats.Pause[n+1])
	stats.PauseTotal = stats.Pause[n+2]
	n /= 2 // the buffer holds the pauses and their end times
	stats.Pause = stats.Pause[:n]
	if cap(stats.PauseEnd) < maxPause {
		stats.PauseEnd = make([]time.Time, 0, maxPause)
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	for _, ns := range stats.Pause[n : n+n] {
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(ns)))
	}
	if len(stats.PauseQuantiles) > 0 {
		if n == 0 {
			for i := range stats.PauseQuantiles {
				stats.PauseQuantiles[i] = 0
			}
		} else {
			// the second half of the buffer (the end times, already copied) sorts the pauses
			sorted := stats.Pause[n : n+n]
			copy(sorted, stats.Pause)
			for i := 1; i < len(sorted); i++ {
				for j := i; j > 0 && sorted[j] < sorted[j-1]; j-- {
					sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
				}
			}
			nq := len(stats.PauseQuantiles) - 1
			for i := 0; i < nq; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/nq]
			}
			stats.PauseQuantiles[nq] = sorted[len(sorted)-1]
		}
	}
}

// SetGCPercent sets the garbage collection target percentage and returns the previous
// setting. A negative percentage disables garbage collection.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection followed by an attempt to return as much memory
// to the operating system as possible.
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine
// stack and returns the previous setting.
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads that the Go program can
// use and returns the previous setting.
func SetMaxThreads(threads int) int

// SetPanicOnFault controls the runtime's behavior when a program faults at an unexpected
// address; it returns the previous setting.
func SetPanicOnFault(enabled bool) bool

// SetTraceback sets the amount of detail printed by the runtime in the traceback it prints
// before exiting due to an unrecovered panic or an internal runtime error.
func SetTraceback(level string)

// SetMemoryLimit provides the runtime with a soft memory limit and returns the previous
// limit. A negative input does not adjust the limit.
func SetMemoryLimit(limit int64) int64

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack()

// Stack returns a formatted stack trace of the goroutine that calls it.
func Stack() []byte

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

// A Module describes a single module included in a build.
type Module struct {
	Path    string  // module path
	Version string  // module version
	Sum     string  // checksum
	Replace *Module // replaced by this module
}

// A BuildSetting is a key-value pair describing one setting that influenced a build.
type BuildSetting struct {
	Key, Value string
}

// ReadBuildInfo returns the build information embedded in the running binary: for gomem,
// what `go run prog.go` builds into a program outside a module.
func ReadBuildInfo() (info *BuildInfo, ok bool)

func (bi *BuildInfo) String() string

// CrashOptions provides options that control the formatting of the fatal crash message.
type CrashOptions struct {
}

//gomem:unsupported SetCrashOutput "no crash output file yet"
//gomem:unsupported WriteHeapDump "no heap dump format"
//gomem:unsupported ParseBuildInfo "build information is not parsed"
