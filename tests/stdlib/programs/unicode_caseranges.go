package main

import (
	"fmt"
	"unicode"
)

// toUpper maps r through a CaseRange table the way the unicode package documents it.
func toUpper(table []unicode.CaseRange, r rune) rune {
	for _, cr := range table {
		if uint32(r) < cr.Lo || uint32(r) > cr.Hi {
			continue
		}
		delta := cr.Delta[unicode.UpperCase]
		if delta == unicode.UpperLower {
			// alternating Upper/Lower pairs: the even offset is upper case
			return rune(cr.Lo) + (r-rune(cr.Lo))&^1
		}
		return r + delta
	}
	return r
}

func main() {
	fmt.Println(len(unicode.CaseRanges))
	fmt.Println(unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	upperLower, sumLo := 0, uint64(0)
	for _, cr := range unicode.CaseRanges {
		if cr.Delta[unicode.UpperCase] == unicode.UpperLower {
			upperLower++
		}
		sumLo += uint64(cr.Lo)*3 + uint64(cr.Hi)
	}
	fmt.Println(upperLower, sumLo)
	fmt.Printf("%+v\n", unicode.CaseRanges[8])
	var sc unicode.SpecialCase = unicode.CaseRanges
	mismatches := 0
	for r := rune(0); r < 0x20000; r++ {
		if sc.ToUpper(r) != unicode.ToUpper(r) || sc.ToLower(r) != unicode.ToLower(r) || sc.ToTitle(r) != unicode.ToTitle(r) {
			mismatches++
		}
	}
	fmt.Println("mismatches:", mismatches)
	fmt.Println(string(toUpper(unicode.CaseRanges, 'q')), string(sc.ToUpper('ä')), string(sc.ToLower('Ω')))
	unicode.CaseRanges[0].Lo = 66 // a package variable: programs may change it
	fmt.Println(unicode.CaseRanges[0].Lo)
}
