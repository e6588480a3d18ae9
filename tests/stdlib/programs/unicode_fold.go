package main

// unicode.FoldCategory and FoldScript: their tables, sampled.

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	for _, m := range []map[string]*unicode.RangeTable{unicode.FoldCategory, unicode.FoldScript} {
		var names []string
		for k := range m {
			names = append(names, k)
		}
		sort.Strings(names)
		fmt.Println(names)
		for _, n := range names {
			count := 0
			for r := rune(0); r <= 0x20000; r += 7 {
				if unicode.Is(m[n], r) {
					count++
				}
			}
			fmt.Println(n, count, unicode.Is(m[n], 'k'), unicode.Is(m[n], 0x212A), unicode.In(0x345, m[n]))
		}
	}
}
