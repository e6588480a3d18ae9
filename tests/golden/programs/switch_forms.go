package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func name(c Color) string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return "unknown"
}

func kind(r rune) string {
	switch {
	case r >= 'a' && r <= 'z':
		return "lower"
	case r >= 'A' && r <= 'Z':
		return "upper"
	case strings.ContainsRune("0123456789", r):
		return "digit"
	default:
		return "other"
	}
}

func main() {
	for c := Red; c <= Blue+1; c++ {
		fmt.Print(name(c), " ")
	}
	fmt.Println()

	for _, r := range "aZ5!" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()

	// multiple values per case
	for _, d := range []string{"sat", "mon", "sun", "xyz"} {
		switch d {
		case "sat", "sun":
			fmt.Println(d, "weekend")
		case "mon", "tue", "wed", "thu", "fri":
			fmt.Println(d, "weekday")
		default:
			fmt.Println(d, "?")
		}
	}

	// init statement and evaluation order: cases evaluated top to bottom, left to right
	trace := func(s string, v int) int { fmt.Print("eval ", s, " "); return v }
	switch x := 4; x {
	case trace("a", 1), trace("b", 4), trace("c", 5):
		fmt.Println("matched")
	case trace("d", 4):
		fmt.Println("not reached")
	}

	// switch on types with no matching case and no default does nothing
	switch 7 {
	case 1:
		fmt.Println("one")
	}

	// switch with no condition and init
	switch n := len("hello"); {
	case n > 3:
		fmt.Println("long", n)
	default:
		fmt.Println("short", n)
	}

	// switch on bool expressions and strings
	s := "Go"
	switch strings.ToLower(s) {
	case "go":
		fmt.Println("gopher")
	}
	// switch on a struct value
	type P struct{ X, Y int }
	switch (P{1, 2}) {
	case P{2, 1}:
		fmt.Println("swapped")
	case P{1, 2}:
		fmt.Println("exact")
	}
}
