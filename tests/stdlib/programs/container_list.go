package main

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var z list.List // the zero value is usable
	fmt.Println(z.Len(), z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	show("zero", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show("l", l)
	fmt.Println(e1.Prev() == nil, e4.Next() == nil, e1.Next().Value, e4.Prev().Value)
	l.MoveToBack(e1)
	show("MoveToBack", l)
	l.MoveToFront(e1)
	show("MoveToFront", l)
	l.MoveToFront(e1) // already there
	l.MoveAfter(e1, e4)
	show("MoveAfter", l)
	l.MoveBefore(e1, l.Front())
	show("MoveBefore", l)
	l.MoveBefore(e1, e1)
	l.MoveAfter(e4, e4)
	show("self moves", l)
	fmt.Println(l.Remove(e4), e4.Next() == nil, e4.Prev() == nil)
	show("Remove", l)
	fmt.Println(l.Remove(e4)) // no longer in the list: nothing happens
	show("Remove again", l)

	other := list.New()
	o1 := other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	show("PushLists", l)
	fmt.Println(l.InsertBefore(9, o1) == nil, l.InsertAfter(9, o1) == nil)
	l.MoveToFront(o1)
	l.MoveToBack(o1)
	l.MoveBefore(o1, l.Front())
	l.MoveAfter(l.Front(), o1)
	show("foreign moves ignored", l)
	fmt.Println(l.Remove(o1), other.Len())
	l.PushBackList(l) // doubles
	show("self PushBackList", l)
	l.PushFrontList(l)
	fmt.Println(l.Len())
	l.Init()
	show("Init", l)
	fmt.Println(e1.Next() == nil)

	// removing while iterating, the usual way
	l2 := list.New()
	for i := 0; i < 10; i++ {
		l2.PushBack(i)
	}
	for e := l2.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			l2.Remove(e)
		}
		e = next
	}
	show("filtered", l2)
	var e list.Element
	fmt.Println(e.Next() == nil, e.Prev() == nil)
	var nl *list.List
	try("nil Len", func() { nl.Len() })
	try("nil Remove", func() { l2.Remove(nil) })
	try("nil PushBack", func() { nl.PushBack(1) })
	try("nil mark", func() { l2.InsertBefore(1, nil) })
}
