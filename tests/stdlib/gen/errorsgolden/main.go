// Command errorsgolden prints the results of package errors (and fmt.Errorf) scenarios that
// tests/stdlib/test_errors.py replays on gomem's implementation.
//
// Usage (from tests/stdlib/gen): go run ./errorsgolden > ../data/errors_golden.txt
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

type SliceErr []int

func (s SliceErr) Error() string { return "slice" }

type SErr struct{ A int }

func (s SErr) Error() string { return "serr" }

// MyIs matches any MyIs target in the same decade.
type MyIs struct{ Code int }

func (m MyIs) Error() string { return "myis" }
func (m MyIs) Is(t error) bool {
	t2, ok := t.(MyIs)
	return ok && t2.Code/10 == m.Code/10
}

// AsErr fills *CodeErr targets with 42.
type AsErr struct{}

func (AsErr) Error() string { return "aserr" }
func (AsErr) As(t any) bool {
	if p, ok := t.(*CodeErr); ok {
		*p = 42
		return true
	}
	return false
}

type Coder interface{ Code() int }

type CoderErr int

func (c CoderErr) Error() string { return "coder" }
func (c CoderErr) Code() int     { return int(c) * 10 }

func try(f func() bool) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(f())
}

func main() {
	e1 := errors.New("e1")
	e1b := errors.New("e1")
	e2 := errors.New("e2")
	fmt.Printf("new: %v %T %q %v\n", e1, e1, e1.Error(), e1 == e1b)
	fmt.Println("unsupported:", errors.ErrUnsupported)

	fmt.Println("is:", errors.Is(nil, nil), errors.Is(e1, nil), errors.Is(nil, e1), errors.Is(e1, e1), errors.Is(e1, e1b))
	w1 := fmt.Errorf("l1: %w", e1)
	w2 := fmt.Errorf("l2: %w", w1)
	w3 := fmt.Errorf("l3: %w", w2)
	fmt.Println("chain:", w3, errors.Is(w3, e1), errors.Is(w3, w1), errors.Is(w3, e2), errors.Is(w1, w3))
	fmt.Println("unwrap:", errors.Unwrap(w3) == w2, errors.Unwrap(e1) == nil, errors.Unwrap(nil) == nil)
	multi := fmt.Errorf("%w + %w", e1, e2)
	fmt.Println("multi:", multi, errors.Is(multi, e1), errors.Is(multi, e2), errors.Unwrap(multi) == nil)

	fmt.Println("isMethod:", errors.Is(MyIs{13}, MyIs{17}), errors.Is(MyIs{13}, MyIs{27}),
		errors.Is(fmt.Errorf("w: %w", MyIs{5}), MyIs{9}), errors.Is(e1, MyIs{1}))
	fmt.Println("comparable:", errors.Is(fmt.Errorf("%w", CodeErr(3)), CodeErr(3)), errors.Is(CodeErr(3), CodeErr(4)))
	fmt.Println("uncomparable:", errors.Is(SliceErr{1}, SliceErr{1}), errors.Is(fmt.Errorf("%w", SliceErr{1}), e1))

	fmt.Println("join0:", errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(e1, nil, e2)
	fmt.Printf("join: %q %T %v %v %v\n", j.Error(), j, errors.Is(j, e2), errors.Unwrap(j) == nil,
		len(j.(interface{ Unwrap() []error }).Unwrap()))
	j1 := errors.Join(w1)
	fmt.Printf("join1: %q %v\n", j1.Error(), errors.Is(j1, e1))
	jj := errors.Join(j, errors.Join(MyIs{44}))
	fmt.Printf("joinjoin: %q %v %v\n", jj.Error(), errors.Is(jj, MyIs{40}), errors.Is(jj, MyIs{50}))

	var me *MyErr
	ok := errors.As(fmt.Errorf("x: %w", &MyErr{3}), &me)
	fmt.Println("asPtr:", ok, me.Code, me)
	var me2 *MyErr
	fmt.Println("asPtrMiss:", errors.As(w3, &me2), me2 == nil)
	var ce CodeErr
	fmt.Println("asValue:", errors.As(fmt.Errorf("a: %w", fmt.Errorf("b: %w", CodeErr(5))), &ce), ce)
	var se SErr
	fmt.Println("asStruct:", errors.As(fmt.Errorf("s: %w", SErr{7}), &se), se.A)
	var ce2 CodeErr
	fmt.Println("asMethod:", errors.As(fmt.Errorf("m: %w", AsErr{}), &ce2), ce2)
	var c Coder
	fmt.Println("asIface:", errors.As(fmt.Errorf("c: %w", CoderErr(4)), &c), c.Code(), c)
	var anyErr error
	fmt.Println("asError:", errors.As(w2, &anyErr), anyErr == w2)
	var ce3 CodeErr
	fmt.Println("asJoin:", errors.As(errors.Join(e1, fmt.Errorf("j: %w", CodeErr(8))), &ce3), ce3)
	var me3 *MyErr
	fmt.Println("asNil:", errors.As(nil, &me3))
	fmt.Println("asPanic1:", try(func() bool { return errors.As(e1, nil) }))
	fmt.Println("asPanic2:", try(func() bool { return errors.As(e1, me) }))
	fmt.Println("asPanic3:", try(func() bool { var pp **MyErr; return errors.As(e1, pp) }))
	fmt.Println("asPanic4:", try(func() bool { x := 1; return errors.As(e1, &x) }))

	fmt.Printf("errorf: %T %v | %T %v\n", fmt.Errorf("plain %d", 1), fmt.Errorf("plain %d", 1),
		fmt.Errorf("w %w", e1), errors.Unwrap(fmt.Errorf("w %w", e1)))
	fmt.Printf("errorfVerbs: %v|%s|%q|%x|%+v|%#v|%10.3v|\n", w1, w1, w1, w1, w1, e1, w1)
}
