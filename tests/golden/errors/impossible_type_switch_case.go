package main

func f(e error) {
	switch e.(type) {
	case int:
	}
}

func main() { f(nil) }
