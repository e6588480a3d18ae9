package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r)
	fmt.Printf("%c %c %T %T\n", b, r, b, r)
	fmt.Printf("%q %q %U\n", b, r, r)

	// byte and uint8 are identical, rune and int32 are identical
	var u8 uint8 = b
	var i32 int32 = r
	fmt.Println(u8+1, i32+1)

	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, c := range s {
		fmt.Printf("%d:%c(%d bytes) ", i, c, utf8.RuneLen(c))
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()

	runes := []rune(s)
	bytes := []byte(s)
	fmt.Println(len(runes), len(bytes), runes, bytes)
	fmt.Println(string(runes[2:]), string(bytes[:3]))

	// rune arithmetic
	for c := 'a'; c < 'a'+5; c++ {
		fmt.Print(string(c - 32))
	}
	fmt.Println()
	digit := '7' - '0'
	fmt.Printf("%v %T\n", digit, digit)

	// utf8 helpers
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	dr, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(dr), size)
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("\xff"), utf8.RuneError)
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0x10FFFF+1)) == "\uFFFD")
	last, _ := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c\n", last)
}
