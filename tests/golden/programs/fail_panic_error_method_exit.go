// An Error method that calls os.Exit while the runtime prints the panic value: the exit
// code is the program's, nothing is printed.
package main

import (
	"fmt"
	"os"
)

type E struct{}

func (E) Error() string {
	fmt.Println("in Error")
	os.Exit(3)
	return ""
}

func main() {
	panic(E{})
}
