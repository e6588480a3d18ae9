// Package variables initialised through method calls, method values and method
// expressions wait for the variables those methods use (spec: Package initialization).
package main

import "fmt"

type T int

func (r T) First() int    { return a }
func (r *T) Second() int  { return b + 1 }
func (r T) Third() int    { return c * 2 }

var viaCall = T(0).First()
var viaExpr = (*T).Second(nil)
var viaValue = T(1).Third
var viaValueResult = viaValue()

var a = identity(1)
var b = identity(2)
var c = identity(3)

func identity(x int) int { fmt.Println("init", x); return x }

func main() {
	fmt.Println(viaCall, viaExpr, viaValueResult)
}
