// Dot-imported variables: read and assigned (the package's own variable changes).

package main

import (
	"fmt"
	. "io"
	"os"
	"strings"
)

func main() {
	os.Args = []string{"a", "b"}
	var r Reader = strings.NewReader("hey")
	b, err := ReadAll(r)
	fmt.Println(string(b), err, EOF)
	fmt.Println(strings.Map(func(c rune) rune { return c + 1 }, "abc"))
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.String())
	EOF = nil
	fmt.Println(EOF == nil)
	ErrShortWrite = EOF
	fmt.Println(ErrShortWrite)
}
