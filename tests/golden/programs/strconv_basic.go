package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(123)+"4", strconv.Itoa(-99))
	n, err := strconv.Atoi("42")
	fmt.Println(n+1, err)

	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("0b101", 0, 8)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	i64, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(i64, err)

	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e-3", 64)
	fmt.Println(f, err)
	f, _ = strconv.ParseFloat("inf", 64)
	fmt.Println(f)
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, float32(f32))

	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("F")
	fmt.Println(b, err)

	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<63, 10))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.14159, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1234.5678, 'g', -1, 64), strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(1e21, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64))
	fmt.Println(strconv.FormatBool(false))

	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.Quote("é☺\x00"))
	fmt.Println(strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	uq, err = strconv.Unquote("`raw`")
	fmt.Printf("%q %v\n", uq, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
