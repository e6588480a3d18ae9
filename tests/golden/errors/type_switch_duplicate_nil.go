package main

func main() {
	var x any = 1
	switch x.(type) {
	case nil:
	case int:
	case nil:
	}
}
