package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "World"), strings.Contains(t, "world"), strings.ContainsAny(t, "xyz!"))
	fmt.Println(strings.Index(t, "Hello"), strings.LastIndex(t, "Hello"), strings.Index(t, "nope"))
	fmt.Println(strings.IndexByte(t, 'W'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "Go!"), strings.Count(t, "l"), strings.Count("five", ""))
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Replace(t, "Hello", "Bye", 1), "|", strings.ReplaceAll(t, "Hello", "Bye"))
	fmt.Println(strings.Replace("aaaa", "a", "b", -1), strings.Replace("abc", "", "-", -1))

	parts := strings.Split("a,b,,c", ",")
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")

	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strings.Title("hello"), strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))

	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok)

	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.IndexFunc("abc1", func(r rune) bool { return r == '1' }))
	fmt.Println(strings.ToTitle("go"), strings.LastIndexByte("abca", 'a'))
}
