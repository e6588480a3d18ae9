// Pointers to zero-size objects all hold the same address (gc's zerobase): elements of
// a [N][0]T array or of a []struct{} compare equal; nil still differs.
package main

import "fmt"

type Empty struct{}

var arr [10][0]byte
var sl = make([]struct{}, 10)

func main() {
	fmt.Println(&arr[1] == &arr[2], &arr[1] != &arr[2])
	fmt.Println(&sl[1] == &sl[2], &sl[3] != &sl[4])
	es := make([]Empty, 3)
	p, q := &es[0], &es[2]
	var n *Empty
	fmt.Println(p == q, p == n, n == nil, q != n)
}
