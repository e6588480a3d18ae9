// context: the String of deadline contexts, contexts of the program's own, value types; the
// "key is not comparable" panic.
package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type myCtx struct{ context.Context }

type keyT struct{}

func main() {
	d := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	c, cancel := context.WithDeadline(context.Background(), d)
	s := fmt.Sprint(c)
	fmt.Println(s[:strings.Index(s, "[")])
	cancel()
	fmt.Println(c.Err())
	c2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	fmt.Println(strings.Contains(fmt.Sprint(c2), "m=+3600"), fmt.Sprint(c2)[:40])
	cancel2()
	// custom parent
	m := myCtx{context.Background()}
	cc, ccancel := context.WithCancel(m)
	fmt.Println(cc)
	ccancel()
	var p *int
	vv := context.WithValue(context.Background(), keyT{}, p)
	fmt.Println(vv)
	vv = context.WithValue(context.Background(), &p, []int{1})
	fmt.Println(vv)
	vv = context.WithValue(context.Background(), 1, map[string]int{})
	fmt.Println(vv)
	defer func() { fmt.Println("recovered:", recover()) }()
	context.WithValue(context.Background(), []int{1}, 2)
}
