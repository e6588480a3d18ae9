package main

import (
	"fmt"
	"io"
)

type eofPanic struct{}

func (eofPanic) Scan(state fmt.ScanState, verb rune) error { panic(io.EOF) }

type boom struct{}

func (boom) Scan(state fmt.ScanState, verb rune) error { panic("boom in Scan") }

func main() {
	n, err := fmt.Sscan("x", eofPanic{})
	fmt.Println(n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Sscan("x", boom{})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *int
		fmt.Sscan("5", p)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Sscan("5", nil)
	}()
	fmt.Sscan("x", boom{})
}
