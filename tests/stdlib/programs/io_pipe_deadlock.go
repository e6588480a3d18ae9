package main

import (
	"fmt"
	"io"
)

func main() {
	_, pw := io.Pipe()
	fmt.Println("writing with nobody reading")
	pw.Write([]byte("stuck"))
	fmt.Println("unreachable")
}
