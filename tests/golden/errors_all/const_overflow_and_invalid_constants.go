package main

const (
	A int = 1
	B byte
)

const LargeA = 1000000000000000000
const LargeB = LargeA * LargeA * LargeA
const LargeC = LargeB * LargeB * LargeB

const AlsoLargeA = LargeA << 400 << 400 >> 400 >> 400

const a = 1e+500000000
const b = a * a
const c = b * b

const tooBig = 912_345_678_901_234_567_890_123_456_789_012_345_678_901_234_567_890_912_345_678_901_234_567_890_123_456_789_012_345_678_901_234_567_890_912_345_678_901_234_567_890_123_456_789_012_345_678_901_234_567_890_912

const (
	c0 = 1 << 100
	c1 = c0 * c0
	c2 = c1 * c1
	c3 = c2 * c2
	c4 = c3 * c3
)

const (
	ok = byte(iota + 254)
	bad
	worse
)

const (
	l0 = len([1 - iota]int{})
	l1
	l2
)

var s [][10]int

const m = len(s[len(s)-1])

const Large uint64 = 18446744073709551615

var foo [Large]uint64
var bar [1 << 65]int
var baz [1.5]int
var qux ["abc"]int

type T []int

func main() {
	println(c4/c4, m, l2)
	_ = make(T, 1<<63)
	_ = make(T, 0, -1)
	_ = make(T, 10, 0)
	_ = []int{-1: 0}
	_ = 1e-1000000000
	_ = 1e+1000000000
	_ = 6e5518446744
}
