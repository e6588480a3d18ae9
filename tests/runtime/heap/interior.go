package main

// Interior pointers: &a[i] of a struct or array element and &s.f of a field are the
// container's address plus the offset, in arrays, slices, structs and nested in each other.

import "fmt"

type In struct {
	a int32
	b [3]int16
}

type E struct{ z byte }

type S struct {
	x  byte
	in In
	E
	p *In
}

func addr(p any) uintptr {
	var x uintptr
	fmt.Sscanf(fmt.Sprintf("%p", p), "0x%x", &x)
	return x
}

func (s *S) where() uintptr { return addr(s) }

func main() {
	arr := make([]S, 4)
	base := addr(&arr[0])
	fmt.Println("slice_elem", addr(&arr[2])-base)
	fmt.Println("slice_field", addr(&arr[2].in)-base, addr(&arr[2].in.b)-base, addr(&arr[2].in.b[1])-base)
	fmt.Println("embedded", addr(&arr[3].z)-base, addr(&arr[1].E)-base)
	fmt.Println("method_recv", arr[3].where()-base)
	var local [3]S
	lb := addr(&local)
	fmt.Println("array", addr(&local[1].in)-lb, addr(&local[2].in.a)-lb)
	s := &S{}
	fmt.Println("ptr_field", addr(&s.in)-addr(s), addr(&s.in.b[2])-addr(s))
	grid := [][2]In{{}, {}}
	fmt.Println("nested", addr(&grid[1][1])-addr(&grid[1]), addr(&grid[1][1].b)-addr(&grid[1][0]))
	pa := &[4]In{}
	fmt.Println("ptr_array", addr(&pa[3])-addr(pa), addr(&pa[3].b)-addr(pa))
	p := &arr[1]
	arr[1] = S{x: 7}
	fmt.Println("after_assign", addr(p)-base, p.x)
}
