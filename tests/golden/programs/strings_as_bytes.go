package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s)) // bytes, not runes
	fmt.Println(s[0], s[1], s[2], s[5])
	fmt.Printf("%T %c %q\n", s[0], s[0], s[1])

	// slicing by bytes can split a rune
	part := s[:2]
	fmt.Printf("%q %d %v\n", part, len(part), []byte(part))

	// indexing and comparing bytes
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'l' {
			count++
		}
	}
	fmt.Println("l count", count)

	// building strings from bytes
	b := []byte{72, 105, 0xe2, 0x82, 0xac}
	fmt.Println(string(b), len(string(b)))

	// invalid UTF-8 survives string/byte conversions
	bad := string([]byte{0xff, 0xfe, 'a'})
	fmt.Println(len(bad), []byte(bad), []rune(bad))
	fmt.Printf("%q %x % x\n", bad, bad, bad)

	// strings are comparable byte sequences
	fmt.Println("a\xff" > "a\x7f", "\u00e9" == "\xc3\xa9")

	// string concatenation in a loop
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc, len(acc))

	// byte-wise reversal breaks multibyte runes; rune-wise does not
	rev := func(x string) string {
		r := []rune(x)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	revBytes := func(x string) string {
		bs := []byte(x)
		for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
			bs[i], bs[j] = bs[j], bs[i]
		}
		return string(bs)
	}
	fmt.Printf("%q %q\n", rev("añb"), revBytes("añb"))

	// string(int) conversion on bytes
	var by byte = 'z'
	fmt.Println(string(by), string(rune(by)+1))

	// hex escapes in string literals are raw bytes
	raw := "\x41\x42\xc0"
	fmt.Println(len(raw), raw[:2])
	// a string's bytes can be iterated with index and copied
	dst := make([]byte, 3)
	n := copy(dst, "xyz123")
	fmt.Println(n, string(dst))
}
