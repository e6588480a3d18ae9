package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("first panic recovered:", r)
		panic(&ValidationError{"email"})
	}()
	panic(Code(7))
}
