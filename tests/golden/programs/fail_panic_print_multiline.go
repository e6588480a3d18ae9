// Continuation lines of a panic's text are indented with a tab (Go 1.23), also for Error
// results and for panics that replaced earlier ones.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		panic(fmt.Errorf("second\nline\n"))
	}()
	panic(errors.New("first\nline two\n\tindented"))
}
