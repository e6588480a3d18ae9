package main

import "fmt"

func main() {
	var x uint8 = 1
	for s := uint(0); s < 10; s++ {
		fmt.Print(x<<s, " ")
	}
	fmt.Println()

	// over-wide shifts yield 0 (or -1 for negative signed right shifts)
	var u32 uint32 = 0xdeadbeef
	var s uint = 32
	fmt.Println(u32<<s, u32>>s, u32<<(s-1), u32>>(s-1))
	var i32 int32 = -5
	fmt.Println(i32>>s, i32>>100, i32<<s, i32>>1)
	var i64 int64 = -1 << 62
	var big uint = 200
	fmt.Println(i64>>big, i64<<big, (-i64)>>big)
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64>>63, u64>>64, u64<<63)

	// signed shift counts are allowed since Go 1.13 (must be non-negative)
	n := 3
	fmt.Println(1<<n, -16>>n, 0xff>>n)

	// arithmetic right shift on signed values
	vals := []int8{-128, -1, -7, 7, 127}
	for _, v := range vals {
		fmt.Printf("%d>>1=%d %d>>7=%d %d<<1=%d\n", v, v>>1, v, v>>7, v, v<<1)
	}
	// shifts of sized types truncate
	var b byte = 0x81
	fmt.Println(b<<1, b>>1, b<<7)
	var i16 int16 = 0x4000
	fmt.Println(i16<<1, i16<<2)

	// constant shifts are exact
	const huge = 1 << 100
	fmt.Println(huge >> 98)
	const k = 1 << 10
	var f float64 = k
	fmt.Println(f)

	// bit manipulation helpers
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 9
	flags &^= 1 << 3
	fmt.Printf("%016b %d\n", flags, flags)
	fmt.Println(0x0f^0xff, 6&3, 6|3, 6&^3)
}
