// Package bytes: every function, with edge cases (nil vs empty results, capacities,
// aliasing of subslices, invalid UTF-8), compared with real Go.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v len=%d cap=%d\n", name, b, b == nil, len(b), cap(b))
}

func showAll(name string, bs [][]byte) {
	fmt.Printf("%s: nil=%v len=%d cap=%d [", name, bs == nil, len(bs), cap(bs))
	for i, b := range bs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q/%d", b, cap(b))
	}
	fmt.Println("]")
}

// mk makes a []byte with capacity equal to its length (as make does in every Go
// implementation), so that the capacities printed below depend only on package bytes.
func mk(s string) []byte {
	b := make([]byte, len(s))
	copy(b, s)
	return b
}

func main() {
	s := mk("Hello, 世界! hello\xffworld")
	var nilb []byte
	empty := []byte{}

	// comparing
	fmt.Println(bytes.Compare(mk("a"), mk("b")), bytes.Compare(mk("b"), mk("a")), bytes.Compare(nil, empty))
	fmt.Println(bytes.Equal(nil, empty), bytes.Equal(mk("x"), mk("x")), bytes.Equal(mk("x"), mk("xy")))
	fmt.Println(bytes.EqualFold(mk("Straße"), mk("STRASSE")), bytes.EqualFold(mk("Kelvin K"), mk("kelvin \u212a")))
	show("Clone nil", bytes.Clone(nilb))
	show("Clone empty", bytes.Clone(empty))
	show("Clone", bytes.Clone(mk("abc")))

	// searching
	fmt.Println(bytes.Contains(s, mk("世")), bytes.Contains(s, nil), bytes.Contains(nil, mk("a")))
	fmt.Println(bytes.ContainsAny(s, "xyz界"), bytes.ContainsAny(s, ""), bytes.ContainsRune(s, '界'), bytes.ContainsRune(s, utf8RuneError()))
	fmt.Println(bytes.ContainsFunc(s, unicode.IsDigit), bytes.ContainsFunc(s, unicode.IsUpper))
	fmt.Println(bytes.Count(s, mk("l")), bytes.Count(s, nil), bytes.Count(mk("aaaa"), mk("aa")))
	fmt.Println(bytes.HasPrefix(s, mk("Hell")), bytes.HasSuffix(s, mk("world")), bytes.HasPrefix(nil, nil))
	fmt.Println(bytes.Index(s, mk("llo")), bytes.Index(s, mk("zz")), bytes.Index(s, nil))
	fmt.Println(bytes.IndexAny(s, "界!"), bytes.IndexAny(s, "\xff"), bytes.IndexAny(s, ""))
	fmt.Println(bytes.IndexByte(s, 'o'), bytes.IndexByte(s, 'z'), bytes.IndexByte(nil, 'a'))
	fmt.Println(bytes.IndexFunc(s, unicode.IsSpace), bytes.IndexFunc(s, func(r rune) bool { return r > 1000 }))
	fmt.Println(bytes.IndexRune(s, '界'), bytes.IndexRune(s, 0xFFFD), bytes.IndexRune(s, -1), bytes.IndexRune(s, 'w'))
	fmt.Println(bytes.LastIndex(s, mk("l")), bytes.LastIndex(s, nil), bytes.LastIndexAny(s, "Hh"), bytes.LastIndexAny(s, "世界"))
	fmt.Println(bytes.LastIndexByte(s, 'l'), bytes.LastIndexByte(s, 'Z'), bytes.LastIndexFunc(s, unicode.IsPunct))

	// cutting
	before, after, found := bytes.Cut(s, mk(", "))
	show("Cut before", before)
	show("Cut after", after)
	fmt.Println(found)
	before, after, found = bytes.Cut(s, mk("zz"))
	show("Cut miss before", before)
	show("Cut miss after", after)
	fmt.Println(found)
	a, ok := bytes.CutPrefix(s, mk("Hello"))
	show("CutPrefix", a)
	fmt.Println(ok)
	a, ok = bytes.CutSuffix(s, mk("world"))
	show("CutSuffix", a)
	fmt.Println(ok)
	a, ok = bytes.CutSuffix(s, mk("nope"))
	fmt.Println(len(a), ok)

	// splitting
	showAll("Split", bytes.Split(mk("a,b,,c,"), mk(",")))
	showAll("Split empty sep", bytes.Split(mk("a世\xffb"), nil))
	showAll("Split empty", bytes.Split(nil, mk(",")))
	showAll("Split empty both", bytes.Split(nil, nil))
	showAll("SplitN 0", bytes.SplitN(mk("a,b"), mk(","), 0))
	showAll("SplitN 2", bytes.SplitN(mk("a,b,c"), mk(","), 2))
	showAll("SplitN 10", bytes.SplitN(mk("a,b"), mk(","), 10))
	showAll("SplitN runes 2", bytes.SplitN(mk("a世b"), nil, 2))
	showAll("SplitAfter", bytes.SplitAfter(mk("a,b,c"), mk(",")))
	showAll("SplitAfterN", bytes.SplitAfterN(mk("a,b,c"), mk(","), 2))
	showAll("Fields", bytes.Fields(mk("  foo bar\tbaz\n ")))
	showAll("Fields unicode", bytes.Fields(mk("\u00a0foo\u2000bar\u3000")))
	showAll("Fields none", bytes.Fields(mk("   ")))
	showAll("FieldsFunc", bytes.FieldsFunc(mk("a1b22c333"), unicode.IsDigit))
	// subslices share the argument's array: appending to a piece with spare capacity aliases
	src := mk("x,y,z")
	parts := bytes.Split(src, mk(","))
	parts[2] = append(parts[2], '!')
	parts[0] = append(parts[0], '?')
	fmt.Printf("%s %q %q\n", src, parts[0], parts[2])

	// joining
	show("Join", bytes.Join([][]byte{mk("a"), mk("b"), mk("c")}, mk(", ")))
	show("Join none", bytes.Join(nil, mk(",")))
	show("Join one", bytes.Join([][]byte{mk("abc")}, mk(",")))
	show("Join one empty", bytes.Join([][]byte{{}}, mk(",")))
	show("Join empties", bytes.Join([][]byte{{}, {}}, nil))

	// mapping and case
	show("Map", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		if r == 'o' {
			return '世'
		}
		return unicode.ToUpper(r)
	}, mk("hello world")))
	show("Map grow", bytes.Map(func(r rune) rune { return '世' }, mk("abcdefghij")))
	show("Map empty", bytes.Map(unicode.ToUpper, nil))
	show("ToUpper", bytes.ToUpper(mk("hello")))
	show("ToUpper same", bytes.ToUpper(mk("HELLO")))
	show("ToUpper nil", bytes.ToUpper(nil))
	show("ToUpper unicode", bytes.ToUpper(mk("héllo wörld ß")))
	show("ToLower", bytes.ToLower(mk("HeLLo ÀÉ")))
	show("ToLower same", bytes.ToLower(mk("abc")))
	show("ToTitle", bytes.ToTitle(mk("hello ǆ")))
	show("ToUpperSpecial", bytes.ToUpperSpecial(unicode.TurkishCase, mk("istanbul ıi")))
	show("ToLowerSpecial", bytes.ToLowerSpecial(unicode.TurkishCase, mk("İSTANBUL Iİ")))
	show("ToTitleSpecial", bytes.ToTitleSpecial(unicode.AzeriCase, mk("iı")))
	show("Title", bytes.Title(mk("hello wide-world o'neil")))
	show("ToValidUTF8", bytes.ToValidUTF8(mk("a\xff\xfeb\xc3"), mk("?")))
	show("ToValidUTF8 grow", bytes.ToValidUTF8(mk("\xffa\xffb\xffc"), mk("<invalid>")))
	show("ToValidUTF8 valid", bytes.ToValidUTF8(mk("abc"), mk("")))
	show("Repeat", bytes.Repeat(mk("ab"), 3))
	show("Repeat 0", bytes.Repeat(mk("ab"), 0))
	show("Repeat empty", bytes.Repeat(nil, 5))
	show("Replace", bytes.Replace(mk("oink oink oink"), mk("k"), mk("ky"), 2))
	show("Replace none", bytes.Replace(mk("oink"), mk("x"), mk("y"), -1))
	show("Replace nil", bytes.Replace(nil, mk("x"), mk("y"), -1))
	show("Replace empty old", bytes.Replace(mk("世a"), nil, mk("-"), -1))
	show("ReplaceAll", bytes.ReplaceAll(mk("oink oink"), mk("oink"), mk("moo")))
	show("Replace n=0", bytes.Replace(mk("aaa"), mk("a"), mk("b"), 0))
	r := bytes.Runes(mk("a世\xff"))
	fmt.Println(r, len(r), cap(r), bytes.Runes(nil) == nil, len(bytes.Runes(nil)))

	// trimming
	show("Trim", bytes.Trim(mk("xxhixx"), "x"))
	show("Trim all", bytes.Trim(mk("xxxx"), "x"))
	show("Trim nil", bytes.Trim(nil, "x"))
	show("Trim empty cutset", bytes.Trim(mk("abc"), ""))
	show("Trim ascii set", bytes.Trim(mk(" \t hi \n"), " \t\n"))
	show("Trim unicode", bytes.Trim(mk("世世hi界"), "世界"))
	show("TrimLeft", bytes.TrimLeft(mk("xxhixx"), "x"))
	show("TrimLeft all", bytes.TrimLeft(mk("xx"), "x"))
	show("TrimRight", bytes.TrimRight(mk("xxhixx"), "x"))
	show("TrimRight all", bytes.TrimRight(mk("xx"), "x"))
	show("TrimRight nil", bytes.TrimRight(nil, "x"))
	show("TrimSpace", bytes.TrimSpace(mk(" \t hello world \n ")))
	show("TrimSpace all", bytes.TrimSpace(mk(" \t\n ")))
	show("TrimSpace unicode", bytes.TrimSpace(mk("\u3000hi\u00a0")))
	show("TrimSpace none", bytes.TrimSpace(mk("x")))
	show("TrimPrefix", bytes.TrimPrefix(mk("prefix-body"), mk("prefix-")))
	show("TrimPrefix miss", bytes.TrimPrefix(mk("body"), mk("x")))
	show("TrimSuffix", bytes.TrimSuffix(mk("body.go"), mk(".go")))
	show("TrimFunc", bytes.TrimFunc(mk("123abc456"), unicode.IsDigit))
	show("TrimFunc all", bytes.TrimFunc(mk("123"), unicode.IsDigit))
	show("TrimLeftFunc", bytes.TrimLeftFunc(mk("123abc456"), unicode.IsDigit))
	show("TrimLeftFunc all", bytes.TrimLeftFunc(mk("123"), unicode.IsDigit))
	show("TrimRightFunc", bytes.TrimRightFunc(mk("123abc456"), unicode.IsDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc(mk("123"), unicode.IsDigit))
	show("TrimRightFunc invalid", bytes.TrimRightFunc(mk("ab\xc3"), func(r rune) bool { return r == 'x' }))

	fmt.Println(bytes.MinRead)
	fmt.Println(bytes.ErrTooLarge)

	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(bytes.Repeat(mk("ab"), -1))
	}()
	bytes.Repeat(mk("ab"), 1<<62)
}

func utf8RuneError() rune { return '\uFFFD' }
