package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v } // escapes to heap

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)

	q := newInt(10)
	r := newInt(10)
	fmt.Println(*q, *r, q == r)

	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)

	// pointer to pointer
	pp := &p
	**pp = 42
	fmt.Println(x)

	// nil pointer
	var np *int
	fmt.Println(np == nil)

	// linked list
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	// pointer to struct field and array element
	n := Node{Val: 1}
	vp := &n.Val
	*vp = 100
	fmt.Println(n.Val)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep *= 10
	fmt.Println(arr)

	// new
	ip := new(int)
	sp := new(string)
	*sp = "hi"
	fmt.Println(*ip, *sp)
	np2 := new(Node)
	fmt.Println(np2.Val, np2.Next == nil)

	// pointer to composite literal
	pt := &[]int{1, 2}
	(*pt)[0] = 9
	fmt.Println(*pt)
	m := &map[string]int{"a": 1}
	(*m)["b"] = 2
	fmt.Println(*m)
	// pointers in a loop: each iteration has a new variable
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
