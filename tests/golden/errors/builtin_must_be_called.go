package main

func main() {
	f := println
	f()
}
