package p

import "fmt"

var g int

func f01() {
outer:
	for i := 0; i < 4; i++ {
		if i > 2 {
			continue outer
		}
	}
}
func f02() {
	for i := 0; i < 4; i++ {
		if i > 2 {
			continue
		}
	}
}
func f03(ch chan int) {
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return
			}
			g = v
		}
	}
}
func f04() { var found [2]int; found = [2]int{1, 2}; _ = found }
func f05(i int) {
loop:
	for {
		switch {
		case i == 3:
			break loop
		}
	}
}
func f06() { fmt.Print(1, 2, " ") }
func f07(a, b int) { fmt.Print(a, b, " ") }
func f08(ch chan int) {
	select {
	case <-ch:
	}
}
func f09(ch chan int) {
	select {
	case v := <-ch:
		g = v
	}
}
func f10(ch chan int) {
	var v int
	select {
	case v = <-ch:
	}
	g = v
}
