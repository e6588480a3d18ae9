// context: Background/TODO, values, cancel, causes, errors, WithoutCancel, %T and String().
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string
type ikey int
type skey struct{ a int }

func (s skey) String() string { return fmt.Sprint("skey", s.a) }

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Printf("%T %T %v %s\n", bg, context.TODO(), bg, bg)
	fmt.Println(bg.Err(), bg.Done() == nil, bg.Value("x"))
	d, ok := bg.Deadline()
	fmt.Println(d, ok)
	v := context.WithValue(bg, key("user"), "alice")
	fmt.Println(v)
	fmt.Printf("%T\n", v)
	v2 := context.WithValue(v, ikey(3), 42)
	fmt.Println(v2)
	v3 := context.WithValue(v2, skey{7}, skey{8})
	fmt.Println(v3)
	v4 := context.WithValue(v3, "k", nil)
	fmt.Println(v4)
	fmt.Println(v4.Value(key("user")), v4.Value("user"), v4.Value(ikey(3)), v4.Value(skey{7}), v4.Value("k"))
	c, cancel := context.WithCancel(v)
	fmt.Println(c)
	fmt.Printf("%T\n", c)
	fmt.Println(c.Err(), c.Value(key("user")))
	cancel()
	cancel()
	fmt.Println(c.Err(), errors.Is(c.Err(), context.Canceled))
	<-c.Done()
	fmt.Println(context.Cause(c))
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%T %T %v\n", context.Canceled, context.DeadlineExceeded, context.DeadlineExceeded)
	type timeout interface{ Timeout() bool }
	fmt.Println(context.DeadlineExceeded.(timeout).Timeout())
	wc := context.WithoutCancel(c)
	fmt.Println(wc, wc.Err(), wc.Done() == nil, wc.Value(key("user")), context.Cause(wc))
	fmt.Printf("%T\n", wc)
	cc, ccancel := context.WithCancelCause(bg)
	ccancel(errors.New("boom"))
	ccancel(errors.New("boom2"))
	fmt.Println(cc, cc.Err(), context.Cause(cc))
	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	dl, ok := tctx.Deadline()
	fmt.Println(ok, time.Until(dl) > 0)
	fmt.Printf("%T\n", tctx)
	select {
	case <-tctx.Done():
		fmt.Println("done", tctx.Err(), context.Cause(tctx))
	case <-time.After(time.Second):
		fmt.Println("timeout??")
	}
	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err())
	pcancel()
	fmt.Println(past.Err())
	var nilctx context.Context
	fmt.Println(nilctx == nil)
	fmt.Printf("%#v\n", bg)
}
