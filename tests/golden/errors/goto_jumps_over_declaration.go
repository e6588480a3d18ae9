package main

import "fmt"

func main() {
	goto end
	msg := "skipped"
	fmt.Println(msg)
end:
	fmt.Println("end")
}
