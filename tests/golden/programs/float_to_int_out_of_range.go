package main

import "math"

func main() {
	vals := []float64{0, -0.5, 0.999, -1.5, 127.9, 128, -128.9, -129, 255.5, 256, 32767.9, 32768, -32769, 65535.9, 65536,
		2147483647.9, 2147483648, -2147483648.9, -2147483649, 4294967295.9, 4294967296, -4294967296,
		9.223372036854775e18, 9.223372036854776e18, -9.223372036854776e18, -9.223372036854778e18,
		1.8446744073709550e19, 1.8446744073709552e19, 3e19, -3e19, 1e300, -1e300, math.NaN(), math.Inf(1), math.Inf(-1),
		math.SmallestNonzeroFloat64, -1e-300, 123456789012.75, -98765432109.25}
	for _, f := range vals {
		println(int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
		g := float32(f)
		println(int8(g), int16(g), int32(g), int64(g), int(g), uint8(g), uint16(g), uint32(g), uint64(g), uint(g), uintptr(g))
	}
}
