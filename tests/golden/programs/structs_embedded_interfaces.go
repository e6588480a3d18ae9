package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(string)
}

type ConsoleLogger struct{ prefix string }

func (c ConsoleLogger) Log(s string) { fmt.Println(c.prefix + s) }

// Service embeds an interface: calls are delegated to the dynamic value.
type Service struct {
	Logger
	name string
}

func (s Service) Run() { s.Log("running " + s.name) }

type Animal struct{ sound string }

func (a Animal) Speak() string   { return a.sound }
func (a Animal) Describe() string { return "animal says " + a.Speak() }

type Dog struct{ Animal }

// Dog overrides Speak, but Animal.Describe still calls Animal.Speak (no virtual dispatch).
func (d Dog) Speak() string { return strings.ToUpper(d.Animal.Speak()) }

type Upper struct{ strings.Builder }

func main() {
	s := Service{ConsoleLogger{"[svc] "}, "db"}
	s.Run()
	s.Log("direct")
	s.Logger = ConsoleLogger{"[new] "}
	s.Run()

	d := Dog{Animal{"woof"}}
	fmt.Println(d.Speak(), d.Animal.Speak(), d.Describe())

	// embedding a type from another package promotes its methods
	var u Upper
	u.WriteString("abc")
	u.WriteByte('d')
	fmt.Println(u.String(), u.Len())

	// nil embedded interface panics on call
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Service
	empty.Run()
}
