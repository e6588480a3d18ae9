package main

func main() {
	_ = '\ud800'
	_ = "\U00110000"
	_ = '\x'
	_ = '\0'
	_ = "a\400"
	_ = "b\xZZ"
	var s string = '\q'
	_ = s
}
