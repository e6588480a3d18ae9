package main

func main() {
	var b int
	var s string
	switch b {
	case s:
	}
}
