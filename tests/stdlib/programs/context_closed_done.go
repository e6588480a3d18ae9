// context: contexts canceled before anyone asked for Done share one closed channel, as in Go.
package main

import (
	"context"
	"fmt"
)

func main() {
	a, ca := context.WithCancel(context.Background())
	b, cb := context.WithCancel(context.Background())
	ca()
	cb()
	fmt.Println(a.Done() == b.Done())
	c, cc := context.WithCancel(context.Background())
	d, cd := context.WithCancel(context.Background())
	c.Done()
	d.Done()
	cc()
	cd()
	fmt.Println(c.Done() == d.Done(), c.Done() == a.Done())
	e, ce := context.WithCancel(a)
	fmt.Println(e.Err(), e.Done() == a.Done())
	ce()
}
