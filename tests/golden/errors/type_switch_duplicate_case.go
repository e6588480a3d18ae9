package main

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var x any = 1
	switch x.(type) {
	case int, string:
	case error, I:
	case []int:
	case string:
	}
}
