// Small functions gc inlines: escape analysis decides the allocations of each inlined copy in
// its caller, so a constructor whose result escapes from the function itself allocates nothing
// where the caller keeps the result local (and allocates where the caller lets it escape).
// inlined_calls_noinline.go is the same with -gcflags=-l: then every call allocates.
package main

import (
	"fmt"
	"runtime"
)

var m0, m1 runtime.MemStats

func begin() { runtime.ReadMemStats(&m0) }

func end(label string) {
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-22s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects +%d HeapAlloc +%d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		m1.HeapObjects-m0.HeapObjects, m1.HeapAlloc-m0.HeapAlloc)
}

type person struct {
	name string
	age  int
}

func newPerson(name string, age int) *person { return &person{name: name, age: age} }

type couple struct{ a, b *person }

// a constructor calling a constructor: both inlined
func newCouple(age int) *couple { return &couple{newPerson("a", age), newPerson("b", age+1)} }

// a variable moved to heap in the function itself
func newCounter(start int) *int {
	n := start
	return &n
}

func newBuffer() []int64 { return make([]int64, 16) }

// a closure made in an inlined body: gc copies it into the caller, with the variable it
// captures by reference
func newAccumulator(start int) func(int) int {
	sum := start
	return func(x int) int { sum += x; return sum }
}

func toBytes(s string) []byte { return []byte(s) }

func boxed(i int) any { return i + 1000 }

type shape interface{ area() int }

type square struct{ side int }

func (s *square) area() int           { return s.side * s.side }
func (s *square) grown() *square      { return &square{s.side + 1} }
func (s square) areaFunc() func() int { return s.value }
func (s square) value() int           { return s.side }

var (
	total      int
	keepPerson *person
	keepAny    any
	keepFunc   func(int) int
)

func main() {
	fmt.Sprint(0) // (fmt's printer warmed up)

	begin()
	for i := 0; i < 1000; i++ {
		p := newPerson("x", i)
		total += p.age
	}
	end("constructor local")

	begin()
	for i := 0; i < 1000; i++ {
		keepPerson = newPerson("x", i)
	}
	end("constructor escapes")

	begin()
	for i := 0; i < 1000; i++ {
		c := newCouple(i)
		total += c.a.age + c.b.age
	}
	end("nested constructors")

	begin()
	for i := 0; i < 1000; i++ {
		c := newCouple(i)
		keepPerson = c.b
	}
	end("nested, one escapes")

	begin()
	for i := 0; i < 1000; i++ {
		n := newCounter(i)
		*n += 2
		total += *n
	}
	end("moved to heap, local")

	begin()
	for i := 0; i < 1000; i++ {
		b := newBuffer()
		b[i%16] = int64(i)
		total += int(b[3])
	}
	end("make local")

	begin()
	for i := 0; i < 1000; i++ {
		total += len(toBytes("forty-two bytes of text, more than 32 ...."))
	}
	end("[]byte(s) local")

	begin()
	for i := 0; i < 1000; i++ {
		x := boxed(i)
		total += x.(int)
	}
	end("box local")

	begin()
	for i := 0; i < 1000; i++ {
		keepAny = boxed(i)
	}
	end("box escapes")

	begin()
	for i := 0; i < 1000; i++ {
		var s shape = &square{i}
		total += s.area()
	}
	end("devirtualized method")

	begin()
	for i := 0; i < 1000; i++ {
		s := &square{i}
		total += s.grown().side
	}
	end("method constructor")

	begin()
	for i := 0; i < 1000; i++ {
		s := square{i}
		f := s.areaFunc()
		total += f()
	}
	end("method value inlined")

	begin()
	for i := 0; i < 1000; i++ {
		mk := newPerson
		total += mk("x", i).age
	}
	end("through a variable")

	begin()
	for i := 0; i < 1000; i++ {
		f := func() int { return newPerson("x", i).age }
		total += f()
	}
	end("inside a closure")

	begin()
	for i := 0; i < 1000; i++ {
		acc := newAccumulator(i)
		total += acc(1) + acc(2)
	}
	end("closure, local")

	begin()
	for i := 0; i < 1000; i++ {
		keepFunc = newAccumulator(i)
	}
	end("closure escapes")
	fmt.Println(total)
}
