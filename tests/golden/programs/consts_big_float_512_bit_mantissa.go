package main

import "fmt"

const (
	huge  = 1e5000
	tiny  = 1e-5000
	ratio = huge / 1e4990
	third = 1.0 / 3
	big3  = huge / 3
	back  = big3 * 3 / huge
	sum   = huge + 1 - huge
	hx    = 0x1p5000 / 0x1p4990
	neg   = -1e-400 * 1e-4000
)

func main() {
	fmt.Println(ratio, tiny, back, sum, hx)
	var i int64 = ratio
	fmt.Println(i)
	var f32 float32 = ratio
	fmt.Println(f32, neg)
	fmt.Println(huge > 1e4999, tiny < 1e-4999, tiny > 0, -tiny < 0, huge == huge*1)
	const k = 1e3000 * 1e3000 / 1e5990
	fmt.Println(k)
	var j = int(k)
	fmt.Println(j, 1e1000/1e999, 1e4000/1e3999)
	fmt.Printf("%.20g\n", third*1e-4100*1e4100)
	const s = huge / huge << 3
	fmt.Println(s)
}
