package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	var b strings.Builder
	caps := []int{}
	last := -1
	for i := 0; i < 300; i++ {
		b.WriteString("ab")
		if b.Cap() != last {
			last = b.Cap()
			caps = append(caps, last)
		}
	}
	fmt.Println(b.Len(), caps)

	var c strings.Builder
	c.Grow(10)
	fmt.Println(c.Len(), c.Cap())
	c.WriteByte('x')
	c.WriteRune('é')
	c.WriteRune(-1)
	c.WriteRune(0x10FFFF + 1)
	n, err := c.Write([]byte{'y', 'z'})
	fmt.Println(n, err, c.Len(), c.Cap(), fmt.Sprintf("%q", c.String()))
	c.Grow(100)
	fmt.Println(c.Len(), c.Cap())
	c.Reset()
	fmt.Println(c.Len(), c.Cap(), c.String() == "")

	var d strings.Builder
	for i := 0; i < 20; i++ {
		d.WriteByte(byte('a' + i))
		fmt.Print(d.Cap(), " ")
	}
	fmt.Println()
	var e strings.Builder
	e.WriteString(strings.Repeat("x", 1000))
	fmt.Println(e.Len(), e.Cap())
	e.WriteString("y")
	fmt.Println(e.Len(), e.Cap())

	fmt.Fprintf(&e, "%d", 42)
	fmt.Println(e.Len(), e.String()[995:])

	// a Builder copied by value panics on write
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a strings.Builder
		a.WriteString("x")
		cp := a
		fmt.Println(cp.String(), cp.Len())
		cp.WriteString("y")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a strings.Builder
		a.Grow(-1)
	}()

	r := strings.NewReplacer("a", "1", "b", "2", "a", "3")
	fmt.Println(r.Replace("abcab"))
	r = strings.NewReplacer("a", "AA", "aa", "B", "", "-")
	fmt.Println(r.Replace("aaab"), r.Replace(""))
	r = strings.NewReplacer("", "X")
	fmt.Println(r.Replace("héllo"))
	r = strings.NewReplacer("hello", "bye", "he", "HE", "lo", "LO")
	fmt.Println(r.Replace("hello helo lo he"))
	r = strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r.Replace("aaaaaa"), r.Replace("aaaaa"))
	r = strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	r = strings.NewReplacer("abc", "x")
	fmt.Println(r.Replace("abcabcab"))
	n2, err2 := r.WriteString(os.Stdout, "zabcz\n")
	fmt.Println(n2, err2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("a")
	}()
}
