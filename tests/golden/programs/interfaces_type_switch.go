package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case uint8:
		return fmt.Sprintf("byte %d", x+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice sum %d", sum(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case bool:
		if x {
			return "true"
		}
		return "false"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	inputs := []any{
		nil, 7, int64(8), byte(9), "hey", errors.New("bad"), &MyErr{4}, Temp(21.5),
		[]int{1, 2, 3}, func() int { return 5 }, true, 3.14, struct{}{}, map[int]int{},
	}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}

	// type switch without binding
	var v any = 2.5
	switch v.(type) {
	case int:
		fmt.Println("int")
	case float32, float64:
		fmt.Println("float")
	}

	// order matters: first matching case wins
	var e any = &MyErr{1}
	switch e.(type) {
	case fmt.Stringer:
		fmt.Println("stringer")
	case error:
		fmt.Println("error first")
	}

	// typed nil pointer in interface is not the nil case
	var me *MyErr
	var iface any = me
	switch iface.(type) {
	case nil:
		fmt.Println("nil")
	case *MyErr:
		fmt.Println("*MyErr (nil pointer)")
	}
}
