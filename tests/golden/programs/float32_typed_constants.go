package main

import "fmt"

const c = float32(0.1)
const d float32 = 1.0 / 3

func main() {
	fmt.Println(float64(float32(0.1)), float64(c), float64(d), float64(c)*10)
	var x float64 = float64(float32(16777217))
	fmt.Println(x, float32(1e-46), float64(float32(3.4028235e38)))
	const e = float32(0.1) + float32(0.2)
	fmt.Println(float64(e), e == 0.3)
}
