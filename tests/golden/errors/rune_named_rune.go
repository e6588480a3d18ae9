package main

func main() {
	var r []rune
	var s int = r
	_ = s
}
