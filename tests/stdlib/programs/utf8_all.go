package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	strs := []string{"", "a", "héllo", "日本語", "\xff", "\xe6\x97", "\xe6\x97\xa5x", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "a\xffb\xc3\xa9", "\U0010FFFF", "\xf0\x9f\x98\x80!"}
	for _, s := range strs {
		b := []byte(s)
		r, n := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune(b)
		lr, ln := utf8.DecodeLastRuneInString(s)
		lr2, ln2 := utf8.DecodeLastRune(b)
		fmt.Printf("%q: %d %d | %U %d %U %d | %U %d %U %d | %v %v %v %v\n", s, utf8.RuneCountInString(s), utf8.RuneCount(b),
			r, n, r2, n2, lr, ln, lr2, ln2, utf8.ValidString(s), utf8.Valid(b), utf8.FullRuneInString(s), utf8.FullRune(b))
		for i := 0; i < len(s); {
			r, w := utf8.DecodeRuneInString(s[i:])
			fmt.Print(r, "/", w, " ")
			i += w
		}
		fmt.Println()
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], n, utf8.AppendRune(nil, r), utf8.AppendRune([]byte("x"), r))
	}
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart(0xc3), utf8.RuneStart('a'), utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	b := make([]byte, 0, 3)
	b = utf8.AppendRune(b, '日')
	fmt.Println(len(b), cap(b))
	b = utf8.AppendRune(b, '!')
	fmt.Println(len(b), cap(b), string(b))
	defer func() { fmt.Println("recovered:", recover()) }()
	small := make([]byte, 1)
	utf8.EncodeRune(small, '日')
}
