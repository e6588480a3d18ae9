// A panic in a method inlined into a func literal that gc inlines where it is called: both
// are inlined frames, `main.main.func1(...)` included (gomem gives the literal's call the line
// of its body's first statement, Go the line of its '(': the golden has no lines).
package main

var xs []int

type S struct{ n int }

func (s *S) get() int { return xs[s.n] }

func main() {
	s := &S{3}
	func() {
		println(s.get())
	}()
}
