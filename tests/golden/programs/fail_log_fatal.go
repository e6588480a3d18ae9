package main

import (
	"fmt"
	"log"
	"os"
)

// log.Fatalf writes the message to stderr and calls os.Exit(1):
// deferred functions do not run.

func check(err error) {
	if err != nil {
		log.Fatalf("fatal: %v", err)
	}
}

func main() {
	log.SetFlags(0)
	defer fmt.Println("deferred calls do not run after log.Fatal")
	fmt.Println("before fatal")
	_, err := os.ReadFile("definitely-missing-file.txt")
	check(nil)
	check(err)
	fmt.Println("unreachable")
}
