package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(name string, v any) {
	fmt.Printf("%s: %q\n", name, v)
}

func main() {
	inputs := []string{"", "a", "abc", "héllo wörld", "  \t spaced\n out \u00a0 ", "a,b,,c,", "日本語テキスト", "bad\xffutf8\xc3", "ǅungla ǈ", "ΣΑΣ σας"}
	for _, s := range inputs {
		fmt.Printf("== %q len=%d\n", s, len(s))
		show("ToUpper", strings.ToUpper(s))
		show("ToLower", strings.ToLower(s))
		show("ToTitle", strings.ToTitle(s))
		show("Title", strings.Title(s))
		show("TrimSpace", strings.TrimSpace(s))
		show("Fields", strings.Fields(s))
		parts := strings.Split(s, ",")
		fmt.Println("Split", len(parts), cap(parts))
		parts = strings.SplitN(s, ",", 3)
		fmt.Println("SplitN3", len(parts), cap(parts), parts)
		parts = strings.SplitAfterN(s, "l", 2)
		fmt.Println("SplitAfterN2", len(parts), cap(parts), parts)
		parts = strings.Split(s, "")
		fmt.Println("Split empty", len(parts), cap(parts))
		fmt.Println("SplitN0 nil", strings.SplitN(s, ",", 0) == nil, strings.Fields(s) == nil)
		show("Map", strings.Map(func(r rune) rune {
			if r == 'l' {
				return -1
			}
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			return r + 1
		}, s))
		show("ToValidUTF8", strings.ToValidUTF8(s, "?"))
		show("EqualFoldUpper", strings.EqualFold(s, strings.ToUpper(s)))
		fmt.Println("Count", strings.Count(s, ""), strings.Count(s, "l"), strings.Count(s, "ll"))
		fmt.Println("Index", strings.Index(s, "l"), strings.LastIndex(s, "l"), strings.IndexByte(s, 'o'),
			strings.IndexRune(s, 'ö'), strings.IndexRune(s, utf8RuneError()), strings.IndexAny(s, "xyzö"),
			strings.LastIndexAny(s, "lö"), strings.LastIndexByte(s, ' '))
		fmt.Println("IndexFunc", strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsLetter),
			strings.ContainsFunc(s, unicode.IsDigit))
		show("TrimFunc", strings.TrimFunc(s, unicode.IsLetter))
		show("TrimLeftFunc", strings.TrimLeftFunc(s, unicode.IsSpace))
		show("TrimRightFunc", strings.TrimRightFunc(s, func(r rune) bool { return r == utf8RuneError() || unicode.IsSpace(r) }))
		show("FieldsFunc", strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }))
		show("Trim", strings.Trim(s, " ,aé\xff"))
		show("TrimLeft", strings.TrimLeft(s, "abh"))
		show("TrimRight", strings.TrimRight(s, ",c\xc3"))
		show("Replace", strings.Replace(s, "", "|", 3))
		show("ReplaceAll", strings.ReplaceAll(s, "l", "L"))
		show("Repeat", strings.Repeat(s, 2))
		b, a, ok := strings.Cut(s, ",")
		fmt.Printf("Cut %q %q %v\n", b, a, ok)
		r1, ok1 := strings.CutPrefix(s, "a")
		r2, ok2 := strings.CutSuffix(s, ",")
		fmt.Printf("CutPrefix %q %v CutSuffix %q %v\n", r1, ok1, r2, ok2)
		fmt.Println("Compare", strings.Compare(s, "abc"), strings.HasPrefix(s, "a"), strings.HasSuffix(s, " "),
			strings.Contains(s, "l"), strings.ContainsAny(s, "é日"), strings.ContainsRune(s, 'b'))
		show("Clone", strings.Clone(s))
	}
	fmt.Println(strings.Join([]string{"a"}, "-"), strings.Join([]string{}, "-") == "", strings.Join([]string{"x", "", "y"}, ", "))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("K", "\u212a"), strings.EqualFold("ǅ", "ǆ"))
	fmt.Println(strings.Title("hello wOrld-foo_bar ünïcode 1st"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.IndexAny("", ""), strings.LastIndex("go gopher", "go"), strings.LastIndex("x", ""))

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(strings.Repeat("x", -1))
}

func utf8RuneError() rune { return '\uFFFD' }
