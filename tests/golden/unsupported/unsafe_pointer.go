package main

import (
	"fmt"
	"unsafe"
)

// Valid Go 1.23, but outside gomem's subset: package unsafe.

type Header struct {
	A int32
	B int64
}

func main() {
	f := 1.0
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	fmt.Println(unsafe.Sizeof(Header{}), unsafe.Alignof(int64(0)), unsafe.Offsetof(Header{}.B))
}
