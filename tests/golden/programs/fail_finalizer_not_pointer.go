package main

import "runtime"

func main() {
	runtime.SetFinalizer(1, func(int) {})
}
