// x op= y: as gc does, the calls in y run before x is read, so a call that changes
// the variable x goes through changes the location both read and written.
package main

import "fmt"

func ptrs() (int, int) {
	one, two := 1, 2
	x := &one
	*x += func() int {
		x = &two
		return 10
	}()
	return one, two
}

func slices() (int, int) {
	one, two := []int{1}, []int{2}
	x := one
	x[0] += func() int {
		x = two
		return 10
	}()
	return one[0], two[0]
}

func maps() (int, int) {
	one := map[int]int{0: 1}
	two := map[int]int{0: 2}
	x := one
	x[0] += func() int {
		x = two
		return 10
	}()
	return one[0], two[0]
}

func main() {
	fmt.Println(ptrs())
	fmt.Println(slices())
	fmt.Println(maps())
}
