package main

import "fmt"

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()

	// only index
	for i := range "añb" {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// invalid UTF-8: each bad byte yields U+FFFD and advances by one
	bad := "a\xffb\xc3\x28c\xe2\x82"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(len(bad), []rune(bad))

	// byte iteration vs rune iteration
	w := "€1"
	for i := 0; i < len(w); i++ {
		fmt.Printf("%x ", w[i])
	}
	fmt.Println()
	for _, r := range w {
		fmt.Printf("%x ", r)
	}
	fmt.Println()

	// counting runes
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println("runes:", count)

	// surrogate halves encoded directly are invalid
	sur := "\xed\xa0\x80"
	for i, r := range sur {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()

	// string built from runes
	var out []rune
	for _, r := range "abc" {
		out = append(out, r-32)
	}
	fmt.Println(string(out))

	// empty string
	for range "" {
		fmt.Println("never")
	}
	fmt.Println("done")
}
