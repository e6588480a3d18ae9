// Allocation that changes size class from phase to phase: the garbage of one phase sits in
// spans the next phase's allocation never asks for, so only the proportional sweep (or the
// background sweeper) sweeps them before the next cycle.
package main

import "fmt"

type small struct{ a, b *small }  // 16 bytes
type mid struct{ a [6]*mid }      // 48 bytes
type large struct{ a [30]*large } // 240 bytes

var keepSmall *small
var keepMid *mid
var keepLarge *large

func main() {
	n := 0
	for phase := 0; phase < 6; phase++ {
		for i := 0; i < 60000; i++ {
			switch phase % 3 {
			case 0:
				keepSmall = &small{a: keepSmall}
				if i%100 == 0 {
					keepSmall = nil
				}
			case 1:
				keepMid = &mid{}
			case 2:
				keepLarge = &large{}
			}
			n++
		}
	}
	fmt.Println(n)
}
