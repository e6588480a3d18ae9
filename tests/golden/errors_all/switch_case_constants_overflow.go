package main

func main() {
	var x float64
	switch x {
	case 1e400:
	case 1e5000:
	}
	switch {
	case 1e5000 > 1:
	}
	var i interface{} = 1
	switch i {
	case 1e5000:
	}
}
