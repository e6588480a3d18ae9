package main

type Bool bool

func main() {
	m := map[int]int{2: 3}
	var b Bool
	var v int
	v, b = m[2]
	var i any = 1
	_, b2 := i.(int)
	var c Bool
	_, c = i.(string)
	println(v, b, b2, c)
}
