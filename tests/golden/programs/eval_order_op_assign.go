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

// the variable itself, changed by the call: a captured local and a package variable
func direct() int {
	x := 1
	x += func() int {
		x = 100
		return 10
	}()
	return x
}

var g = 1

func global() int {
	g += func() int {
		g = 100
		return 10
	}()
	return g
}

func main() {
	fmt.Println(direct(), global())
	fmt.Println(ptrs())
	fmt.Println(slices())
	fmt.Println(maps())
}
