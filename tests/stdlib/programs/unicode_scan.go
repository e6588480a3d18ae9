package main

import (
	"fmt"
	"unicode"
)

// Hashes of every predicate and case mapping over a sample of the code space, so that any
// table difference shows up.
func main() {
	type pred struct {
		name string
		f    func(rune) bool
	}
	preds := []pred{
		{"Letter", unicode.IsLetter}, {"Digit", unicode.IsDigit}, {"Number", unicode.IsNumber},
		{"Space", unicode.IsSpace}, {"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower},
		{"Title", unicode.IsTitle}, {"Punct", unicode.IsPunct}, {"Print", unicode.IsPrint},
		{"Graphic", unicode.IsGraphic}, {"Control", unicode.IsControl}, {"Mark", unicode.IsMark},
		{"Symbol", unicode.IsSymbol},
	}
	for _, p := range preds {
		h, n := 0, 0
		for r := rune(-2); r < 0x32000; r += 3 {
			if p.f(r) {
				h = (h*31 + int(r)) % 1000000007
				n++
			}
		}
		fmt.Println(p.name, n, h)
	}
	hu, hl, ht, hf := 0, 0, 0, 0
	for r := rune(-2); r < 0x1F000; r += 2 {
		hu = (hu*31 + int(unicode.ToUpper(r))) % 1000000007
		hl = (hl*31 + int(unicode.ToLower(r))) % 1000000007
		ht = (ht*31 + int(unicode.ToTitle(r))) % 1000000007
		hf = (hf*31 + int(unicode.SimpleFold(r))) % 1000000007
	}
	fmt.Println(hu, hl, ht, hf)
	tables := []*unicode.RangeTable{unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Arabic,
		unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Common, unicode.White_Space, unicode.Nd, unicode.Sc}
	for _, t := range tables {
		n := 0
		for r := rune(0); r < 0x30000; r += 5 {
			if unicode.Is(t, r) {
				n++
			}
		}
		fmt.Print(n, " ")
	}
	fmt.Println(len(unicode.Scripts), len(unicode.Properties), len(unicode.GraphicRanges), len(unicode.PrintRanges))
	fmt.Println(unicode.IsOneOf(unicode.PrintRanges, 'x'), unicode.In('1', unicode.Letter, unicode.Digit), unicode.To(5, 'a'), unicode.To(unicode.TitleCase, 'ǆ'))
	fmt.Println(unicode.Scripts["Latin"] == unicode.Latin, unicode.Properties["White_Space"] == unicode.White_Space, unicode.STerm == unicode.Sentence_Terminal)
	fmt.Println(unicode.AzeriCase.ToTitle('i'), unicode.TurkishCase.ToUpper('a'), unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperLower)
}
