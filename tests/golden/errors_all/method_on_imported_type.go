package main

import (
	"strings"
	"bytes"
)

func (b *strings.Builder) Twice() {}
func (bytes.Buffer) Nope()        {}
func (x *strings.Missing) M()     {}

func main() {}
