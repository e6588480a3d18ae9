// Large, mostly zero array and slice literals ([N]byte{42}, []T{1000: x}) hold their
// few elements at the right indices and zeros elsewhere.
package main

import "fmt"

type P struct{ x, y int }

var big = [64 << 20]byte{42, 7: 8}
var ints = []int{1000: 5, 3: 1}
var pts = [500]P{2: {1, 2}, 499: {3, 4}}

func next() int { n++; return n }

var n int

func main() {
	fmt.Println(len(big), big[0], big[7], big[1], big[len(big)-1])
	fmt.Println(len(ints), ints[3], ints[1000], ints[999])
	fmt.Println(pts[2], pts[499], pts[0], pts[3])
	pts[0].x = 9
	fmt.Println(pts[0], pts[1])
	order := [100]int{90: next(), 10: next(), 50: next()}
	fmt.Println(order[90], order[10], order[50])
	local := []string{300: "end"}
	fmt.Printf("%q %q %d\n", local[0], local[300], len(local))
}
