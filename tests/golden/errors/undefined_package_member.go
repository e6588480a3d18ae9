package main

import "strings"

func main() {
	println(strings.Reverse("abc"))
}
