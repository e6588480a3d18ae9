package p

import (
	"bytes"
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"
)

var mu sync.Mutex
var once sync.Once
var g uint64

// Standard functions inline (or not) as real Go decides; intrinsics cost like operators.

func s01(b *bytes.Buffer) string  { return b.String() }
func s02(s string) bool           { return strings.HasPrefix(s, "x") }
func s03()                        { mu.Lock(); g++; mu.Unlock() }
func s04(x uint64) int            { return bits.OnesCount64(x) + bits.Len64(x) }
func s05(x uint32) uint32         { return bits.RotateLeft32(x, 3) }
func s06(x int)                   { fmt.Println(x) }
func s07(s string) string         { return fmt.Sprintf("%s!", s) }
func s08(s string) int            { return utf8.RuneCountInString(s) }
func s09()                        { once.Do(s03) }
func s10() *bytes.Buffer          { return bytes.NewBuffer(make([]byte, 0, 8)) }
func s11(s string) []string       { return strings.Fields(s) }
func s12(b *strings.Builder) int  { b.WriteString("a"); return b.Len() }
func s13(x uint) int              { return bits.TrailingZeros(x) }
func s14(r rune) int              { return utf8.RuneLen(r) }
func s15(s []string) string       { return strings.Join(s, ",") }
