package main

import (
	"fmt"
	"unicode"
)

func main() {
	rs := []rune{'a', 'Z', '5', ' ', '\t', '!', 'é', 'É', 'ß', 'ǅ', '世', '٣', '²', '½', 0x85, 0xA0, 0x2028, '€', '\u0301', 0x7f, 0xad, -1, 0x110000, 'Σ', 'ς', 'ﬀ', 'ª', '_', '$', '+'}
	for _, r := range rs {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsPrint(r),
			unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsMark(r), unicode.IsSymbol(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'a'), unicode.In('α', unicode.Latin, unicode.Greek))
	fmt.Println(unicode.Is(unicode.Upper, 'A'), len(unicode.Categories), unicode.Categories["Lu"] == unicode.Upper, unicode.Lu == unicode.Upper)
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.Version, unicode.To(unicode.UpperCase, 'q'))
	fmt.Println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'))
	t := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}}}
	fmt.Println(unicode.Is(t, 'c'), unicode.Is(t, 'd'), unicode.Latin.LatinOffset, len(unicode.White_Space.R16))
}
