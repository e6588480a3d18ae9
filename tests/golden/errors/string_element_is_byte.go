package main

func main() {
	s := "abc"
	var x string = s[0]
	_ = x
}
