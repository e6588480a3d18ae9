package main

import "fmt"

func main() {
	s := "hello"
	t := "world"
	u := s + ", " + t + "!"
	fmt.Println(u, len(u))

	// comparison is bytewise lexicographic
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
	fmt.Println(s == "hello", s != t)

	// strings are immutable; += makes a new string
	v := s
	v += "!"
	fmt.Println(s, v)

	// substrings share nothing observable
	fmt.Println(u[0:5], u[7:], u[:1])

	// raw strings
	raw := `a\nb
c`
	fmt.Println(raw, len(raw))

	// escapes
	esc := "tab\tquote\"backslash\\ nul\x00end \u00e9 \U0001F600"
	fmt.Println(len(esc))
	fmt.Printf("%q\n", esc)

	// zero value
	var z string
	fmt.Printf("[%s] %d %v\n", z, len(z), z == "")

	// conversion from byte slices and back
	bs := []byte("bytes")
	bs[0] = 'B'
	fmt.Println(string(bs))
	rs := []rune("héllo")
	fmt.Println(len(rs), string(rs[1]), string(rs))

	// string from integer is a rune conversion
	fmt.Println(string(rune(65)), string(rune(0x4e16)))

	// multiline concatenation
	long := "one " +
		"two " +
		"three"
	fmt.Println(long)
}
