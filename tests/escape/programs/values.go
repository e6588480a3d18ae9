package main

import (
	"fmt"
	"strings"
)

type T struct {
	name string
	next *T
}

var keep any
var global *T

func (t *T) Name() string { return t.name }

func (t T) Value() string { return t.name }

func build(names []string) []*T {
	var out []*T
	for _, n := range names {
		t := T{name: n}
		out = append(out, &t)
	}
	return out
}

func index(m map[string]*T, ts []T) {
	for i := range ts {
		m[ts[i].name] = &ts[i]
	}
}

func concat(a, b string) string {
	s := a + b
	bs := []byte(s)
	bs[0] = 'X'
	return string(bs[:1]) + strings.ToUpper(s)
}

func main() {
	ts := build([]string{"a", "b"})
	m := map[string]*T{}
	index(m, []T{{name: "x"}})
	x := 42
	keep = x
	var sb strings.Builder
	sb.WriteString(concat("p", "q"))
	t := &T{name: "n"}
	global = t.next
	f := t.Name
	fmt.Println(len(ts), len(m), sb.String(), f(), t.Value())
}
