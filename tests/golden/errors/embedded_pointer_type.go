package main

type I interface{ M() }
type PI *I

type S struct {
	PI
}

func main() { var s S; _ = s }
