// A type assertion or type switch to an interface needs methods with the same names AND
// signatures: a method of the right name but another signature does not implement it.
package main

import "fmt"

type Small struct{}
type Big struct{}

func (Small) Name() int8  { return 1 }
func (*Big) Name() int64  { return 64 }
func (Small) Size() int   { return 1 }

type I8 interface{ Name() int8 }
type I64 interface{ Name() int64 }
type Sizer interface{ Size() int }

func classify(x any) string {
	switch v := x.(type) {
	case I64:
		return fmt.Sprint("I64 ", v.Name())
	case I8:
		return fmt.Sprint("I8 ", v.Name())
	}
	return "neither"
}

func main() {
	var i8 I8 = Small{}
	_, ok := i8.(I64)
	fmt.Println(ok)
	_, ok = i8.(Sizer)
	fmt.Println(ok)
	fmt.Println(classify(Small{}), "|", classify(&Big{}), "|", classify(Big{}))
	defer func() { fmt.Println("recovered:", recover()) }()
	var s *Big
	var i64 I64 = s
	_ = i64.(I8)
}
