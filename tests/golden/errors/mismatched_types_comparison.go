package main

import "fmt"

func main() {
	var count int32 = 4
	var limit int64 = 10
	if count < limit {
		fmt.Println("below")
	}
}
