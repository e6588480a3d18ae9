package main

// An interface's own methods need unique non-blank names; methods that come through
// embedding may repeat only with identical signatures.

type M interface{ m() }
type M32 interface{ m() int32 }
type M64 interface{ m() int64 }

type Ok1 interface{ m(); M }
type Ok2 interface{ M; M; M }
type Ok3 interface{ Ok1; Ok2 }

type D1 interface{ m(); m() }
type D2 interface{ M32; m() }
type D3 interface{ m(); M32 }
type D4 interface{ M32; M64 }
type B1 interface{ _() }
type B2 interface {
	n()
	_()
}

func main() {}
