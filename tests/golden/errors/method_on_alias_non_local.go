package main

import "strings"

type B = strings.Builder

func (b *B) Foo() {}

func main() {}
