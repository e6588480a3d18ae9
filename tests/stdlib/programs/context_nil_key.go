// context: a nil key panics as Go.
package main

import "context"

func main() {
	context.WithValue(context.Background(), nil, 1)
}
