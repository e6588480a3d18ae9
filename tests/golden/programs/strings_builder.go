package main

import (
	"fmt"
	"strings"
)

type Table struct {
	rows [][]string
}

func (t *Table) Render() string {
	var b strings.Builder
	widths := make([]int, len(t.rows[0]))
	for _, row := range t.rows {
		for i, cell := range row {
			widths[i] = max(widths[i], len(cell))
		}
	}
	for _, row := range t.rows {
		for i, cell := range row {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(cell)
			b.WriteString(strings.Repeat(" ", widths[i]-len(cell)))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	n, err := sb.Write([]byte("!!"))
	fmt.Println(n, err)
	fmt.Println(sb.String(), sb.Len())

	fmt.Fprintf(&sb, " %d-%s", 42, "x")
	fmt.Println(sb.String())

	sb.Reset()
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, i*i)
	}
	fmt.Println(sb.String())

	sb.Reset()
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)

	t := &Table{rows: [][]string{{"name", "lang"}, {"gomem", "python"}, {"go", "go"}}}
	fmt.Print(t.Render())

	// building a large string
	var big strings.Builder
	for i := 0; i < 1000; i++ {
		big.WriteString("ab")
	}
	s := big.String()
	fmt.Println(len(s), s[:6], s[len(s)-4:])

	// strings.Reader-free alternatives: bytes of a builder
	var lines strings.Builder
	for _, w := range strings.Fields("the quick brown fox") {
		lines.WriteString(strings.ToUpper(w[:1]) + w[1:] + "\n")
	}
	fmt.Print(lines.String())
}
