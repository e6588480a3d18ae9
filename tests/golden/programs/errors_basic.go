package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ Code int }

func (t TempErr) Error() string { return fmt.Sprintf("temporary (%d)", t.Code) }

func find(key string) error {
	if key == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	if key == "root" {
		return fmt.Errorf("find %q: %w", key, ErrPermission)
	}
	if key == "temp" {
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", TempErr{503}))
	}
	return nil
}

func main() {
	for _, k := range []string{"", "root", "temp", "ok"} {
		err := find(k)
		fmt.Printf("%q: %v\n", k, err)
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), " is Permission:", errors.Is(err, ErrPermission))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  QueryError with query", qe.Query)
		}
		var te TempErr
		if errors.As(err, &te) {
			fmt.Println("  TempErr code", te.Code)
		}
	}

	// Unwrap chain
	err := find("temp")
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  chain: %v (%T)\n", e, e)
	}
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)

	// errors.Join
	joined := errors.Join(ErrNotFound, nil, ErrPermission)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPermission), errors.Is(joined, ErrNotFound))
	fmt.Println(errors.Join(nil, nil) == nil)

	// multiple %w
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(multi, errors.Is(multi, ErrPermission))

	// %v does not wrap
	notWrapped := fmt.Errorf("plain: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound))

	// os errors
	_, ferr := os.Open("/definitely/not/here.txt")
	fmt.Println(ferr)
	fmt.Println(errors.Is(ferr, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(ferr, &pe), pe.Op, pe.Path)
	fmt.Println(errors.ErrUnsupported)
}
