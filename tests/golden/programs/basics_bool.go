package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Println("eval", name)
	return v
}

type Flag bool

func main() {
	var zero bool
	fmt.Println("zero value:", zero)
	a, b := true, false
	fmt.Println(a && b, a || b, !a, !b)
	fmt.Println(a == b, a != b)

	// short-circuit evaluation
	fmt.Println("and:", t("left", false) && t("right", true))
	fmt.Println("or:", t("left", true) || t("right", false))
	fmt.Println("both:", t("l", true) && t("r", true))

	// truth table
	for _, x := range []bool{false, true} {
		for _, y := range []bool{false, true} {
			fmt.Printf("%t %t -> and=%t or=%t xor=%t\n", x, y, x && y, x || y, x != y)
		}
	}

	// comparisons produce untyped bools
	n := 7
	isBig := n > 5
	fmt.Printf("%v %T\n", isBig, isBig)

	var f Flag = n%2 == 1
	fmt.Printf("%v %T\n", f, f)
	if f {
		fmt.Println("odd")
	}
	fmt.Println(fmt.Sprint(true) + "/" + fmt.Sprint(false))
	fmt.Printf("%5t|%-6t|\n", true, false)
}
