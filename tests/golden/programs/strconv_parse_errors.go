package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"12", "-7", "", "abc", "12a", " 1", "99999999999999999999", "+5", "0x10"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		fmt.Printf("Atoi(%q) = %d, %v\n", in, n, err)
	}

	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	v, _ := strconv.ParseInt("300", 10, 8)
	fmt.Println("clamped value:", v)
	v, _ = strconv.ParseInt("-300", 10, 8)
	fmt.Println("clamped value:", v)

	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseFloat("1.2.3", 64)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)

	// summing the valid numbers only
	total := 0
	bad := 0
	for _, in := range inputs {
		if n, err := strconv.Atoi(in); err == nil {
			total += n
		} else {
			bad++
		}
	}
	fmt.Println("total", total, "bad", bad)
}
