package main

func main() {
	var c chan<- int
	for x := range c {
		println(x)
	}
}
