package main

import "fmt"

type S struct {
	*fmt.Stringer
}

func main() { var s S; _ = s }
