package main

import "fmt"

type Config struct {
	Name  string
	Debug bool
	Level int
	Tags  []string
}

func main() {
	ip := new(int)
	*ip += 5
	fmt.Println(*ip)

	cp := new(Config)
	fmt.Printf("%+v %t\n", *cp, cp.Tags == nil)
	cp.Tags = append(cp.Tags, "x")
	fmt.Printf("%+v\n", cp)

	sp := new([]int)
	fmt.Println(*sp == nil, len(*sp))
	*sp = append(*sp, 1)
	fmt.Println(*sp)

	mp := new(map[string]int)
	fmt.Println(*mp == nil)

	ap := new([3]string)
	ap[1] = "mid"
	fmt.Printf("%q\n", *ap)

	// make for slices, maps and channels
	s1 := make([]int, 3)
	s2 := make([]int, 0, 8)
	s3 := make([]string, 2, 2)
	fmt.Println(s1, len(s1), cap(s1), len(s2), cap(s2), len(s3))

	m1 := make(map[string][]int)
	m2 := make(map[int]bool, 100)
	m1["a"] = append(m1["a"], 1)
	fmt.Println(m1, len(m2))

	c1 := make(chan int)
	c2 := make(chan string, 3)
	fmt.Println(cap(c1), cap(c2))

	// make with typed and untyped lengths
	var n int32 = 4
	s4 := make([]byte, n)
	fmt.Println(len(s4))
	const k = 2.0
	s5 := make([]float64, k)
	fmt.Println(s5)

	// new of pointer type
	pp := new(*int)
	fmt.Println(*pp == nil)
	*pp = ip
	**pp = 9
	fmt.Println(*ip)

	// make with negative length panics at runtime
	defer func() { fmt.Println("recovered:", recover()) }()
	neg := -1
	_ = make([]int, neg)
}
