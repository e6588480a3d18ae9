package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:6]
	fmt.Println(s, len(s), cap(s))

	s = append(s, 40) // fits in capacity: writes arr[4]
	fmt.Println(arr, s, len(s), cap(s))
	s = append(s, 50) // arr[5]
	s = append(s, 60) // exceeds cap 4: reallocates
	s[0] = -2
	fmt.Println(arr, s)

	full := arr[:]
	t := full[1:3:3]
	fmt.Println(t, len(t), cap(t))
	u := append(t, 100)
	u[0] = 111
	fmt.Println(arr[1], t, u)

	// zero-capacity slice
	z := arr[3:3:3]
	fmt.Println(len(z), cap(z), z == nil)
	z = append(z, 9)
	fmt.Println(arr[3], z)

	// re-slicing up to cap
	w := arr[0:2:5]
	w = w[:5]
	fmt.Println(w)

	// on slices
	sl := []string{"a", "b", "c", "d", "e"}
	x := sl[1:2:3]
	fmt.Println(x, len(x), cap(x))
	x = x[:cap(x)]
	fmt.Println(x)

	// omitted low index
	y := sl[:2:2]
	fmt.Println(y, cap(y))
	// pointer to array
	pa := &arr
	q := pa[6:7:8]
	fmt.Println(q, cap(q))
}
