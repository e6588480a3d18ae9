// Dot imports: the exported names of a package used without its name (functions, function
// values, types, methods of its types, variables) and next to an ordinary import.

package main

import (
	. "fmt"
	. "strings"
	"bytes"
	. "os"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var buf bytes.Buffer
	buf.WriteString(ToUpper("hello"))
	Println(buf.String(), Repeat("ab", 3), Contains("abc", "b"))
	f := Sprintf
	Println(f("%d-%s", 3, "x"))
	var r *Reader = NewReader("xyz")
	Println(r.Len())
	s := byLen{"ccc", "a", "bb"}
	sort.Sort(s)
	Println(s, len(Args) > 0)
	Fprintln(Stderr, "to stderr")
	var _ Stringer = &buf
}
