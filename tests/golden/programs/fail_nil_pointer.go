package main

import "fmt"

// Walking off the end of a linked list dereferences a nil pointer:
// "runtime error: invalid memory address or nil pointer dereference".

type Node struct {
	Val  int
	Next *Node
}

func build(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	return head
}

func main() {
	n := build(3)
	for p := n; ; p = p.Next {
		fmt.Println(p.Val)
	}
}
