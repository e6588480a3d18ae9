// context: comparing contexts and their errors (==, switch, errors.Is/As through %w), map
// keys, struct keys, the verbs that print a context.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey struct{ name string }

func main() {
	fmt.Println(context.Background() == context.Background(), context.TODO() == context.Background())
	w1 := context.WithoutCancel(context.Background())
	fmt.Println(w1 == context.WithoutCancel(context.Background()))
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	<-ctx.Done()
	err := ctx.Err()
	fmt.Println(err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))
	switch err {
	case context.Canceled:
		fmt.Println("canceled")
	case context.DeadlineExceeded:
		fmt.Println("deadline")
	}
	wrapped := fmt.Errorf("op: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(wrapped, &te), te.Timeout())
	v := context.WithValue(context.Background(), ctxKey{"a"}, 1)
	fmt.Println(v.Value(ctxKey{"a"}), v.Value(ctxKey{"b"}))
	m := map[context.Context]int{context.Background(): 1}
	fmt.Println(m[context.Background()], m[context.TODO()])
	fmt.Printf("%v|%s|%+v|%q\n", v, v, v, v)
}
