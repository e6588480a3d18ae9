// Command layoutgolden prints the linux/amd64 memory layout of a list of Go types, as the
// real Go 1.23 toolchain lays them out, one JSON object per line:
//
//	{"id": ..., "go": <reflect type string>, "size": unsafe.Sizeof, "align": unsafe.Alignof,
//	 "offsets": [unsafe.Offsetof of each field] (structs only, else null),
//	 "ptrdata": abi.Type.PtrBytes, "ptrmask": "0110..." (one char per word of ptrdata;
//	 null when the type's GC data is a GC program), "gcprog": bool}
//
// ptrdata and the pointer bitmap are not exported by Go: they are read from the runtime
// type descriptor (internal/abi.Type). The descriptor is the data word of the reflect.Type
// interface (a *reflect.rtype, whose first and only field is an abi.Type); for non-interface
// types it is checked to be the type word of an interface holding a value of the type.
// rtype below mirrors the head of internal/abi.Type in go1.23 (src/internal/abi/type.go);
// every record cross-checks it against what unsafe and reflect report.
//
// Regenerate tests/types/data/layout_golden.jsonl with ../regen.sh.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"unsafe"
)

// rtype is internal/abi.Type (go1.23):
//
//	Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8;
//	FieldAlign_ uint8; Kind_ uint8; Equal func(unsafe.Pointer, unsafe.Pointer) bool;
//	GCData *byte; Str int32; PtrToThis int32
type rtype struct {
	Size_       uintptr
	PtrBytes    uintptr
	Hash        uint32
	TFlag       uint8
	Align_      uint8
	FieldAlign_ uint8
	Kind_       uint8
	Equal       unsafe.Pointer
	GCData      *byte
	Str         int32
	PtrToThis   int32
}

const (
	kindMask   = (1 << 5) - 1 // abi.KindMask
	kindGCProg = 1 << 6       // abi.KindGCProg
)

func init() {
	// The offsets read below: Size_ 0, PtrBytes 8, Align_ 21, Kind_ 23, GCData 32.
	var r rtype
	if unsafe.Offsetof(r.Size_) != 0 || unsafe.Offsetof(r.PtrBytes) != 8 || unsafe.Offsetof(r.Align_) != 21 ||
		unsafe.Offsetof(r.Kind_) != 23 || unsafe.Offsetof(r.GCData) != 32 || unsafe.Sizeof(r) != 48 {
		panic("rtype does not mirror internal/abi.Type")
	}
	if s := fmt.Sprintf("%T", reflect.TypeOf(0)); s != "*reflect.rtype" {
		panic("reflect.Type is a " + s)
	}
}

type record struct {
	ID      string    `json:"id"`
	Go      string    `json:"go"`
	Size    uintptr   `json:"size"`
	Align   uintptr   `json:"align"`
	Offsets []uintptr `json:"offsets"`
	PtrData uintptr   `json:"ptrdata"`
	PtrMask *string   `json:"ptrmask"`
	GCProg  bool      `json:"gcprog"`
}

var (
	out  = json.NewEncoder(os.Stdout)
	seen = map[string]bool{}
)

func dataWord(x any) unsafe.Pointer { return (*[2]unsafe.Pointer)(unsafe.Pointer(&x))[1] }
func typeWord(x any) unsafe.Pointer { return (*[2]unsafe.Pointer)(unsafe.Pointer(&x))[0] }

// emit prints one record for the type rt. size and align are unsafe.Sizeof/Alignof of a
// variable of the type; offsets are unsafe.Offsetof of each of its fields in order (structs
// only). zero is a value of the type (nil for interface types).
func emit(id string, rt reflect.Type, zero any, size, align uintptr, offsets ...uintptr) {
	if seen[id] {
		panic("duplicate id " + id)
	}
	seen[id] = true
	d := (*rtype)(dataWord(rt))
	if rt.Kind() != reflect.Interface && typeWord(zero) != unsafe.Pointer(d) {
		panic(id + ": eface type word is not the reflect descriptor")
	}
	if d.Size_ != size || uintptr(d.Align_) != align || uintptr(d.FieldAlign_) != align ||
		rt.Size() != size || uintptr(rt.Align()) != align || reflect.Kind(d.Kind_&kindMask) != rt.Kind() {
		panic(fmt.Sprintf("%s: descriptor mismatch: %+v vs size %d align %d kind %v", id, *d, size, align, rt.Kind()))
	}
	rec := record{ID: id, Go: rt.String(), Size: size, Align: align, PtrData: d.PtrBytes}
	if rt.Kind() == reflect.Struct {
		if len(offsets) != rt.NumField() {
			panic(fmt.Sprintf("%s: %d offsets given for %d fields", id, len(offsets), rt.NumField()))
		}
		for i := range offsets {
			if rt.Field(i).Offset != offsets[i] {
				panic(fmt.Sprintf("%s: field %d: Offsetof %d, reflect %d", id, i, offsets[i], rt.Field(i).Offset))
			}
		}
		rec.Offsets = append([]uintptr{}, offsets...)
	} else if len(offsets) != 0 {
		panic(id + ": offsets given for a non-struct type")
	}
	if d.PtrBytes%8 != 0 || d.PtrBytes > d.Size_ {
		panic(id + ": odd ptrdata")
	}
	if d.Kind_&kindGCProg != 0 {
		rec.GCProg = true
	} else {
		words := int(d.PtrBytes / 8)
		var b strings.Builder
		if words > 0 {
			bits := unsafe.Slice(d.GCData, (words+7)/8)
			for i := 0; i < words; i++ {
				b.WriteByte('0' + bits[i/8]>>(i%8)&1)
			}
		}
		s := b.String()
		rec.PtrMask = &s
	}
	if err := out.Encode(rec); err != nil {
		panic(err)
	}
}

// simple emits a non-struct type T.
func simple[T any](id string) {
	var x T
	emit(id, reflect.TypeOf((*T)(nil)).Elem(), x, unsafe.Sizeof(x), unsafe.Alignof(x))
}

// ---------------------------------------------------------------------------
// Named types (the Python test declares the same ones with gomem.types.Named)

type MyInt int
type MyString string
type IntPtr *int
type Inner struct {
	A int32
	P *int
}
type Small struct {
	X int8
	Y int16
}
type Node struct {
	Next *Node
	Val  int
}
type Empty struct{}
type Stringer interface{ String() string }

func main() {
	// --- basic kinds
	simple[bool]("bool")
	simple[int]("int")
	simple[int8]("int8")
	simple[int16]("int16")
	simple[int32]("int32")
	simple[int64]("int64")
	simple[uint]("uint")
	simple[uint8]("uint8")
	simple[uint16]("uint16")
	simple[uint32]("uint32")
	simple[uint64]("uint64")
	simple[uintptr]("uintptr")
	simple[float32]("float32")
	simple[float64]("float64")
	simple[string]("string")
	simple[unsafe.Pointer]("unsafe.Pointer")

	// --- named non-struct types
	simple[MyInt]("MyInt")
	simple[MyString]("MyString")
	simple[IntPtr]("IntPtr")

	// --- pointers, slices, maps, chans, funcs
	simple[*int]("*int")
	simple[**int]("**int")
	simple[*string]("*string")
	simple[*struct{}]("*struct{}")
	simple[*Node]("*Node")
	simple[[]int]("[]int")
	simple[[]string]("[]string")
	simple[[]struct{}]("[]struct{}")
	simple[[][]*int]("[][]*int")
	simple[map[string]int]("map[string]int")
	simple[map[int]*int]("map[int]*int")
	simple[chan int]("chan int")
	simple[chan<- string]("chan<- string")
	simple[<-chan *int]("<-chan *int")
	simple[func()]("func()")
	simple[func(int) string]("func(int) string")

	// --- interfaces
	simple[any]("any")
	simple[error]("error")
	simple[Stringer]("Stringer")
	simple[interface{ M() }]("interface{M()}")
	simple[interface {
		M()
		N(int) string
	}]("interface{M();N(int) string}")

	// --- arrays
	simple[[0]int]("[0]int")
	simple[[0]*int]("[0]*int")
	simple[[0]struct{ p *int }]("[0]struct{p *int}")
	simple[[2][0]*int]("[2][0]*int")
	simple[[1]*int]("[1]*int")
	simple[[4]byte]("[4]byte")
	simple[[3]int32]("[3]int32")
	simple[[3]string]("[3]string")
	simple[[2]any]("[2]any")
	simple[[1]error]("[1]error")
	simple[[4][]int]("[4][]int")
	simple[[10]struct{}]("[10]struct{}")
	simple[[3]MyString]("[3]MyString")
	simple[[2]struct {
		p *int
		x int
	}]("[2]struct{p *int;x int}")
	simple[[2]struct {
		x int
		p *int
	}]("[2]struct{x int;p *int}")
	simple[[3]struct {
		a int8
		b int16
	}]("[3]struct{a int8;b int16}")
	simple[[3]struct {
		b bool
		s string
	}]("[3]struct{b bool;s string}")
	simple[[3]Small]("[3]Small")
	simple[[2]Inner]("[2]Inner")
	simple[[5][3]*int]("[5][3]*int")
	simple[[2][2]struct {
		x int
		s string
	}]("[2][2]struct{x int;s string}")
	simple[[16]*int]("[16]*int")
	simple[[65]*int]("[65]*int")
	simple[[100]uintptr]("[100]uintptr")
	simple[[7]map[int]int]("[7]map[int]int")
	simple[[3]func()]("[3]func()")
	simple[[16384]*int]("[16384]*int") // ptrdata 131072 = 2048*8 words: the largest ptrmask
	simple[[16385]*int]("[16385]*int") // one word more: a GC program
	simple[[20000]*int]("[20000]*int")
	simple[[1000]struct {
		x int
		p *int
	}]("[1000]struct{x int;p *int}")

	// --- structs (unsafe.Offsetof of every field, in order)
	{
		var v struct{}
		emit("struct{}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v))
	}
	{
		var v Empty
		emit("Empty", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v))
	}
	{
		var v struct {
			a bool
			b int64
			c bool
		}
		emit("struct{a bool;b int64;c bool}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.b), unsafe.Offsetof(v.c))
	}
	{
		var v struct {
			b int64
			a bool
			c bool
		}
		emit("struct{b int64;a bool;c bool}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.b), unsafe.Offsetof(v.a), unsafe.Offsetof(v.c))
	}
	{
		var v struct {
			a int8
			b int16
			c int8
			d int32
			e int8
		}
		emit("struct{a int8;b int16;c int8;d int32;e int8}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.b), unsafe.Offsetof(v.c), unsafe.Offsetof(v.d), unsafe.Offsetof(v.e))
	}
	{
		var v struct {
			x int64
			z struct{}
		}
		emit("struct{x int64;z struct{}}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.x), unsafe.Offsetof(v.z))
	}
	{
		var v struct {
			x int32
			z struct{}
		}
		emit("struct{x int32;z struct{}}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.x), unsafe.Offsetof(v.z))
	}
	{
		var v struct {
			x int8
			z [0]int64
		}
		emit("struct{x int8;z [0]int64}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.x), unsafe.Offsetof(v.z))
	}
	{
		var v struct {
			p *int
			z [0]*int
		}
		emit("struct{p *int;z [0]*int}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.p), unsafe.Offsetof(v.z))
	}
	{
		var v struct {
			z struct{}
			x int64
		}
		emit("struct{z struct{};x int64}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.z), unsafe.Offsetof(v.x))
	}
	{
		var v struct{ z struct{} }
		emit("struct{z struct{}}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v), unsafe.Offsetof(v.z))
	}
	{
		var v struct {
			a struct{}
			b [0]int64
		}
		emit("struct{a struct{};b [0]int64}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.b))
	}
	{
		var v struct {
			x int8
			e Empty
			y int8
		}
		emit("struct{x int8;e Empty;y int8}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.x), unsafe.Offsetof(v.e), unsafe.Offsetof(v.y))
	}
	{
		var v struct {
			a  int8
			in struct {
				b int16
				c int8
			}
			d int8
		}
		emit("struct{a int8;in struct{b int16;c int8};d int8}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.in), unsafe.Offsetof(v.d))
	}
	{
		var v struct {
			a  bool
			in struct {
				x int64
				z struct{}
			}
			b bool
		}
		emit("struct{a bool;in struct{x int64;z struct{}};b bool}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.in), unsafe.Offsetof(v.b))
	}
	{
		var v Inner
		emit("Inner", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v), unsafe.Offsetof(v.A), unsafe.Offsetof(v.P))
	}
	{
		var v Small
		emit("Small", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v), unsafe.Offsetof(v.X), unsafe.Offsetof(v.Y))
	}
	{
		var v Node
		emit("Node", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v), unsafe.Offsetof(v.Next), unsafe.Offsetof(v.Val))
	}
	{
		var v struct {
			Inner
			x int
		}
		emit("struct{Inner;x int}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.Inner), unsafe.Offsetof(v.x))
	}
	{
		var v struct {
			x int8
			Inner
		}
		emit("struct{x int8;Inner}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.x), unsafe.Offsetof(v.Inner))
	}
	{
		var v struct {
			x int
			*Inner
		}
		emit("struct{x int;*Inner}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.x), unsafe.Offsetof(v.Inner))
	}
	{
		var v struct {
			Small
			*Node
			y int8
		}
		emit("struct{Small;*Node;y int8}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.Small), unsafe.Offsetof(v.Node), unsafe.Offsetof(v.y))
	}
	{
		var v struct {
			a int32
			b float64
			c uint8
			d uintptr
		}
		emit("struct{a int32;b float64;c uint8;d uintptr}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.b), unsafe.Offsetof(v.c), unsafe.Offsetof(v.d))
	}
	{
		var v struct {
			a int
			b int
			p *int
		}
		emit("struct{a int;b int;p *int}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.b), unsafe.Offsetof(v.p))
	}
	{
		var v struct {
			p *int
			a int
			q *int
			b int
		}
		emit("struct{p *int;a int;q *int;b int}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.p), unsafe.Offsetof(v.a), unsafe.Offsetof(v.q), unsafe.Offsetof(v.b))
	}
	{
		var v struct {
			a int
			s string
		}
		emit("struct{a int;s string}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.s))
	}
	{
		var v struct {
			s string
			n int
			e any
			b []byte
			m map[int]int
			k int
		}
		emit("struct{s string;n int;e any;b []byte;m map[int]int;k int}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.s), unsafe.Offsetof(v.n), unsafe.Offsetof(v.e), unsafe.Offsetof(v.b),
			unsafe.Offsetof(v.m), unsafe.Offsetof(v.k))
	}
	{
		var v struct {
			f func()
			c chan int
			u unsafe.Pointer
			x uintptr
		}
		emit("struct{f func();c chan int;u unsafe.Pointer;x uintptr}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.f), unsafe.Offsetof(v.c), unsafe.Offsetof(v.u), unsafe.Offsetof(v.x))
	}
	{
		var v struct {
			a bool
			i any
			b bool
		}
		emit("struct{a bool;i any;b bool}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.i), unsafe.Offsetof(v.b))
	}
	{
		var v struct {
			e error
			m interface{ M() }
		}
		emit("struct{e error;m interface{M()}}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.e), unsafe.Offsetof(v.m))
	}
	{
		var v struct {
			a [2]*int
			b int
		}
		emit("struct{a [2]*int;b int}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.b))
	}
	{
		var v struct {
			x   int
			arr [3]string
		}
		emit("struct{x int;arr [3]string}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.x), unsafe.Offsetof(v.arr))
	}
	{
		var v struct {
			p   *int
			big [100]byte
			q   *int
		}
		emit("struct{p *int;big [100]byte;q *int}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.p), unsafe.Offsetof(v.big), unsafe.Offsetof(v.q))
	}
	{
		var v struct {
			b byte
			n [2]struct {
				p *int
				x int
			}
			c byte
		}
		emit("struct{b byte;n [2]struct{p *int;x int};c byte}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.b), unsafe.Offsetof(v.n), unsafe.Offsetof(v.c))
	}
	{
		var v struct {
			a int16
			b [3]byte
			c int32
			d [0]int16
		}
		emit("struct{a int16;b [3]byte;c int32;d [0]int16}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.a), unsafe.Offsetof(v.b), unsafe.Offsetof(v.c), unsafe.Offsetof(v.d))
	}
	{
		var v struct {
			n  Node
			ip IntPtr
			s  MyString
			m  MyInt
		}
		emit("struct{n Node;ip IntPtr;s MyString;m MyInt}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.n), unsafe.Offsetof(v.ip), unsafe.Offsetof(v.s), unsafe.Offsetof(v.m))
	}
	{
		var v struct {
			x   int
			big [20000]*int
		}
		emit("struct{x int;big [20000]*int}", reflect.TypeOf(v), v, unsafe.Sizeof(v), unsafe.Alignof(v),
			unsafe.Offsetof(v.x), unsafe.Offsetof(v.big))
	}
}
