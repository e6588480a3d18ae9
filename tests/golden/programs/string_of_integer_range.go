// string(integer) gives "\uFFFD" for values that are not valid code points, both for
// constants of any size and for run-time values of every integer type.
package main

import "fmt"

func main() {
	const huge = string(1 << 100)
	const neg = string(-1)
	const surrogate = string(rune(0xD800))
	fmt.Printf("%q %q %q %q\n", huge, neg, surrogate, string(0x10FFFF))
	vals := []uint64{0x10001f4a9, 1 << 63, 0x41, 0x10FFFF, 0x110000}
	for _, u := range vals {
		fmt.Printf("%q %q\n", string(rune(u)), string(u))
	}
	i := int64(-1)
	var i8 int8 = -5
	var u8 uint8 = 200
	fmt.Printf("%q %q %q %q\n", string(i), string(i8), string(u8), string(int32(i)))
}
