package main

// Where strings live: heap strings (concatenation, conversion, strconv, fmt, strings'
// builders) and substrings, which Go makes without allocating, inside their string's
// allocation. Prints offsets between unsafe.StringData pointers, which gomem and Go must agree on.

import (
	"fmt"
	"strconv"
	"strings"
	"unsafe"
)

var sink []string

func addr(s string) uintptr {
	var x uintptr
	fmt.Sscanf(fmt.Sprintf("%p", unsafe.StringData(s)), "0x%x", &x)
	return x
}

func off(label string, parent, sub string) {
	fmt.Println(label, int(addr(sub)-addr(parent)))
}

func main() {
	// consecutive heap strings of one size class take consecutive slots
	x, y := "abcdefghij", "klmnopqrst"
	c1 := x + y
	c2 := x + y
	c3 := x + y + x
	c4 := x + y + x
	bs := []byte("0123456789abcdefghijklmnopqrstuvwxyz")
	v1 := string(bs)
	v2 := string(bs)
	n1 := strconv.Itoa(123456789)
	n2 := strconv.Itoa(987654321)
	f1 := fmt.Sprint("pi is ", 3.14159)
	f2 := fmt.Sprint("e is ", 2.71828)
	sink = append(sink, c1, c2, c3, c4, v1, v2, n1, n2, f1, f2)
	off("concat2", c1, c2)
	off("concat3", c3, c4)
	off("bytes", v1, v2)
	off("itoa", n1, n2)
	off("sprint", f1, f2)

	// substrings of a large string (a span of its own) and of a small one
	big := strings.Repeat("0123456789", 100000)
	off("big_slice", big, big[123456:123476])
	sub := big[1000:]
	off("big_subsub", big, sub[10:40])
	off("big_same", big, big[:])
	text := fmt.Sprint("alpha,beta,,gamma delta ", 12345)
	off("small_slice", text, text[6:10])
	parts := strings.Split(text, ",")
	off("split1", text, parts[1])
	off("split3", text, parts[3])
	after := strings.SplitAfter(text, ",")
	off("splitafter1", text, after[1])
	nparts := strings.SplitN(text, "a", 3)
	off("splitn2", text, nparts[2])
	fields := strings.Fields(text)
	off("fields1", text, fields[1])
	off("fields2", text, fields[2])
	ff := strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ' ' })
	off("fieldsfunc2", text, ff[2])
	before, rest, _ := strings.Cut(text, ",,")
	off("cut_before", text, before)
	off("cut_after", text, rest)
	suffix, _ := strings.CutPrefix(text, "alpha")
	off("cutprefix", text, suffix)
	padded := "  \t" + text + " \n "
	off("trimspace", padded, strings.TrimSpace(padded))
	off("trimleft", padded, strings.TrimLeft(padded, " \ta"))
	off("trim", padded, strings.Trim(padded, " \t\n"))
	off("trimprefix", text, strings.TrimPrefix(text, "alp"))
	off("trimsuffix", text, strings.TrimSuffix(text, "45"))
	off("trimleftfunc", text, strings.TrimLeftFunc(text, func(r rune) bool { return r < 'm' }))
	off("trimfunc", padded, strings.TrimFunc(padded, func(r rune) bool { return r == ' ' || r == '\t' }))

	// a Builder's String shares its buffer
	var b strings.Builder
	b.Grow(64)
	b.WriteString("hello, builder")
	s1 := b.String()
	b.WriteString(", more")
	s2 := b.String()
	off("builder", s1, s2)
	off("builder_sub", s2, s2[7:14])
}
