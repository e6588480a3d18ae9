package main

const (
	huge = 1e5000
	h2   = 1.5e646456992
	h3   = h2 * 2
	h4   = h3 * h3
	h5   = -h2 * 10
	h6   = 1e-646456992 / 1e646456992
	h7   = 0x1p2147483647
	h8   = 0x1p2147483646
	h9   = 1e-5000 * 1e-5000
	h10  = 7e123456
)

var a float64 = huge
var b int = huge / 7
var c float32 = 1e-5000
var d = h9
var e float32 = 1e39
var f int8 = 1e300 / 1e298
var g = []int{h8: 1}
var h [huge]int
var i = 1 << huge
var j = h8 << 2
var k = h10 + h10
var l = -h10 / 3
var m = 1 / h9
var n uint = 1e-4500 * 1e4500
var o = map[float64]int{h10: 1, h10 * 1: 2}

func main() {
	_ = h6 + h5 + h4
	println(d, a, b, c, e, f, g, h, i, j, k, l, m, n, o)
}
