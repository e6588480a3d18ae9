package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Employee struct {
	Name    string
	Age     int
	Salary  float64
	Addr    Address
	Tags    []string
	Manager *Employee
}

func raise(e Employee) { e.Salary *= 2 }

func raisePtr(e *Employee) { e.Salary *= 2 }

func main() {
	var zero Employee
	fmt.Printf("%+v\n", zero)

	boss := Employee{Name: "Ann", Age: 50, Salary: 100}
	e := Employee{"Bob", 30, 50, Address{"Paris", 75001}, []string{"dev"}, &boss}
	fmt.Println(e.Name, e.Addr.City, e.Manager.Name, e.Tags)

	raise(e)
	fmt.Println(e.Salary)
	raisePtr(&e)
	fmt.Println(e.Salary)

	// copies are independent, but slices inside are shared
	c := e
	c.Name = "Carl"
	c.Addr.City = "Rome"
	c.Tags[0] = "ops"
	fmt.Println(e.Name, e.Addr.City, e.Tags[0], c.Name, c.Addr.City)

	// pointer to struct: automatic dereference
	p := &e
	p.Age++
	(*p).Age++
	fmt.Println(e.Age)

	// anonymous structs
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	people := []struct {
		Name string
		OK   bool
	}{{"a", true}, {"b", false}}
	fmt.Printf("%v %+v\n", people, people[1])

	// struct literal of pointer type in slice
	list := []*Address{{"X", 1}, {City: "Y"}}
	fmt.Println(*list[0], *list[1])

	// empty struct
	type empty struct{}
	var es empty
	fmt.Println(es, struct{}{} == es)

	// field of returned struct
	mk := func() Address { return Address{"Oslo", 150} }
	fmt.Println(mk().City)
	fmt.Printf("%v|%+v\n", boss.Manager, boss.Addr)
}
