package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return names[d] }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	Read = 1 << iota
	Write
	Exec
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Color uint8

const (
	Red Color = iota + 1
	_
	Blue
	Last = Blue * 10
)

func main() {
	fmt.Println(Sunday, Saturday, Wednesday+1)
	fmt.Printf("%d %v %T\n", Friday, Friday, Friday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(Read, Write, Exec, Read|Exec)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(Red, Blue, Last)
	fmt.Printf("%T\n", Last)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	const (
		k = iota * iota
		l
		m
	)
	fmt.Println(k, l, m)
}
