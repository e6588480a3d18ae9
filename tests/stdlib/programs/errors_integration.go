package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

func parseAll(xs []string) ([]int, error) {
	var out []int
	var errs []error
	for _, x := range xs {
		n, err := strconv.Atoi(x)
		if err != nil {
			errs = append(errs, fmt.Errorf("item %q: %w", x, err))
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func main() {
	nums, err := parseAll([]string{"1", "x", "3", "99999999999999999999", "4"})
	fmt.Println(nums)
	fmt.Println(err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange), errors.Is(err, os.ErrNotExist))
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)

	_, err = os.Open("/definitely/not/here")
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Printf("%v | %s | %q\n", wrapped, wrapped, err)
	fmt.Printf("%T %T\n", err, errors.Unwrap(wrapped))
	var pe *os.PathError
	fmt.Println(errors.As(wrapped, &pe), pe.Op, pe.Path, pe.Err, errors.Is(wrapped, os.ErrNotExist), os.IsNotExist(wrapped), os.IsNotExist(err))

	multi := fmt.Errorf("two: %w and %w", strconv.ErrRange, &MyErr{7})
	var me *MyErr
	fmt.Println(multi, errors.Is(multi, strconv.ErrRange), errors.As(multi, &me), me.Code)

	values := []any{strconv.ErrSyntax, err, ne, os.FileMode(0o750), &MyErr{1}}
	for _, v := range values {
		fmt.Printf("[%v] [%+v] [%s]\n", v, v, v)
	}
	fmt.Println(strings.Contains(fmt.Sprint(values...), "no such file"))
	fmt.Fprintln(os.Stderr, "about to panic")
	_, err = strconv.ParseBool("maybe")
	panic(err)
}
