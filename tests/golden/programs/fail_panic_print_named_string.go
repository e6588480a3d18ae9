// A panic value of a named string type prints as T("..."), continuation lines indented.
package main

type Reason string

func main() {
	panic(Reason("out of\nbeans"))
}
