// Package container/ring as gomem provides it: the declarations the checker sees. The methods
// are implemented in __init__.py (Ring_Move is (*Ring).Move).
package ring

// A Ring is an element of a circular list, or ring. The zero value is a one-element ring with
// a nil Value.
type Ring struct {
	next, prev *Ring
	Value      any // for use by client; untouched by this library
}

func (r *Ring) Next() *Ring
func (r *Ring) Prev() *Ring
func (r *Ring) Move(n int) *Ring
func New(n int) *Ring
func (r *Ring) Link(s *Ring) *Ring
func (r *Ring) Unlink(n int) *Ring
func (r *Ring) Len() int
func (r *Ring) Do(f func(any))
