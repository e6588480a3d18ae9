// Bytes that are not UTF-8 in a panic value are printed as they are.
package main

func main() {
	s := "bad utf8: \xff\xfe end"
	panic(s[:12] + "|" + s[12:])
}
