package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "string loses" }

type Inner struct{ T Temp }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	t := Temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f %+v\n", t, t, 7, t, t)
	fmt.Printf("%#v %T\n", t, t)

	// pointer receiver String: only *Point is a Stringer
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v\n", p, &p, &p)

	var err error = NotFound{"k"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v\n", err, err, err, err)
	fmt.Println(Both{})

	// Stringers are used inside composite values
	fmt.Println([]Temp{1, 2.5}, map[string]Temp{"x": 3})
	fmt.Println(Inner{5}, []*Point{{3, 4}})
	fmt.Printf("%v %+v\n", Inner{5}, Inner{5})
	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%d %v %s %x\n", Level(1), Level(1), Level(1), Level(1))

	// errors in Println and Errorf
	wrapped := fmt.Errorf("context: %w", err)
	fmt.Println(wrapped)
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v\n", nilErr)
	fmt.Println(errors.New("plain"))

	// a nil pointer with String method on a pointer receiver
	var np *Point
	fmt.Println(np == nil)
	// a panicking String method is reported inline
	fmt.Printf("%v\n", np)
	fmt.Printf("%s\n", Level(2))
}
