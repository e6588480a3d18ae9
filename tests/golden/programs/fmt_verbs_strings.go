package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%q|%v|%x|%X|% x|%#x\n", s, s, s, s, s, s, s)
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s][%-6q]\n", s, s, s, s, "a")
	fmt.Printf("%q\n", "tab\there \"quoted\" \\ newline\n \x01 é 世")
	fmt.Printf("%+q\n", "é 世 \u2028")
	fmt.Printf("%#q %#q\n", "back`tick", "raw ok")
	fmt.Printf("%s %q\n", []byte("bytes"), []byte("q"))
	fmt.Printf("%x % X\n", []byte{1, 0xab, 0xff}, []byte{1, 0xab})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%q %q %q\n", 'a', '\n', '\'')
	fmt.Printf("%v %d\n", 'a', 'a')
	fmt.Printf("%s|%v|%d\n", "", nil, []byte(nil))
	fmt.Printf("%5.1q|%.1q\n", "abc", "€x")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%s\n", "\xff invalid")
	fmt.Printf("%q\n", "\xff invalid")
	fmt.Printf("%x\n", "\xff")
	// %v on nested slices and byte slices
	fmt.Printf("%v %v\n", [][]string{{"a"}, {"b", "c"}}, []byte("AB"))
	fmt.Println(fmt.Sprintf("%-5s|%5s|", "ab", "cd"))
	fmt.Println(fmt.Sprintf("%08s|%-08s|", "x", "y"))
	fmt.Print("a", "b", 1, 2, "c", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
}
