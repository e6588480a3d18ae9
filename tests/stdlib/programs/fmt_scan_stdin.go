package main

import (
	"fmt"
	"os"
)

func main() {
	var a, b int
	var s string
	n, err := fmt.Scan(&a, &b)
	fmt.Println("Scan", n, err, a, b)
	n, err = fmt.Scanln(&s)
	fmt.Println("Scanln rest of line", n, err, s)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("Scanln", n, err, a, b)
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println("Scanf", n, err, a, b)
	n, err = fmt.Scanf("%4s", &s)
	fmt.Println("Scanf word", n, err, s)
	// the byte after the word was read by Scanf and is gone; read the rest directly
	buf := make([]byte, 64)
	k, err := os.Stdin.Read(buf)
	fmt.Printf("rest %d %v %q\n", k, err, buf[:k])
	for i := 0; i < 3; i++ {
		n, err = fmt.Scan(&a)
		fmt.Println("Scan at end", n, err)
	}
}
