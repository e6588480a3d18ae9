// context: a nil parent panics as Go.
package main

import "context"

func main() {
	var c context.Context
	context.WithCancel(c)
}
