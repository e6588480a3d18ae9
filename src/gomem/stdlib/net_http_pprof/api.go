// Package pprof (net/http/pprof) as gomem provides it: importing it registers Go 1.23's five
// GET patterns on http.DefaultServeMux (done by __init__.py's gomem_start, as Go's init does).
// The profiles come from runtime/pprof's public API; docs/profiling.md ("The pprof server").
package pprof

import (
	"net/http"
	rpprof "runtime/pprof"
)

// lookup is runtime/pprof's Lookup (the package is imported for its profiles, as Go's is).
func lookup(name string) *rpprof.Profile {
	return rpprof.Lookup(name)
}

// Index responds with the pprof-formatted profile named by the request, or the index page.
func Index(w http.ResponseWriter, r *http.Request)

// Cmdline responds with the running program's command line, with arguments separated by NUL
// bytes.
func Cmdline(w http.ResponseWriter, r *http.Request)

// Profile responds with the pprof-formatted cpu profile.
func Profile(w http.ResponseWriter, r *http.Request)

// Symbol looks up the program counters listed in the request, responding with a table
// mapping program counters to function names.
func Symbol(w http.ResponseWriter, r *http.Request)

// Trace responds with the execution trace in binary form.
func Trace(w http.ResponseWriter, r *http.Request)

// Handler returns an HTTP handler that serves the named profile.
func Handler(name string) http.Handler

// byteSink collects what a profile writes (for delta profiles).
type byteSink struct {
	id int
}

func (s *byteSink) Write(p []byte) (int, error)
