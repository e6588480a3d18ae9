package main

import (
	"errors"
	"fmt"
)

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func tripleReturn() (n int) {
	defer func() { n++ }()
	defer func() { n *= 3 }()
	n = 1
	return n + 1 // n = 2, then *3 = 6, then +1 = 7
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }() // does not affect the returned value
	return x
}

func withError(fail bool) (val int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
			val = -1
		}
	}()
	if fail {
		return 10, errors.New("boom")
	}
	return 10, nil
}

func recoverToError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var arr []int
	_ = arr[3]
	return nil
}

func counter() (c int) {
	for i := 0; i < 3; i++ {
		defer func() { c += i }()
	}
	return 0
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleReturn())
	fmt.Println(unnamed())
	fmt.Println(withError(false))
	fmt.Println(withError(true))
	fmt.Println(recoverToError())
	fmt.Println(counter())
}
