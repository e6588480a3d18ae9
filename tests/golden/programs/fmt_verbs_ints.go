package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%#x|%#o|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 'é', 0x1F600, 'x')
	neg := -42
	fmt.Printf("%d|%x|%b|%o|%+d|% d\n", neg, neg, neg, neg, 42, 42)
	fmt.Printf("%5d|%-5d|%05d|%+05d|%x\n", 42, 42, 42, 42, uint8(200))
	fmt.Printf("%08b|%-8b|%3x|%-4X|\n", 5, 5, 10, 255)
	fmt.Printf("%v %v %v %v\n", int8(-1), uint16(65535), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []int{10, 255}, "hi")
	fmt.Printf("%T %T %T %T %T\n", 1, int8(1), uint(1), uintptr(1), 'a')
	fmt.Printf("%6.3d|%.0d|%.0d|\n", 7, 0, 1)
	fmt.Printf("%+x|%#X|% x\n", 255, 3054, 1234)
	fmt.Printf("%d%%\n", 50)
	// missing and extra arguments
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 12)
	// argument indexes
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %#[1]o\n", 64)
	// star width/precision
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Println(fmt.Sprintf("%03d-%03d", 7, 42))
	fmt.Println(fmt.Sprint(1, 2, "a", "b", 3, 4.5, true))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}
