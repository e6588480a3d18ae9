package main

const (
	_ int64 = 1e1000000
	_ int32 = -1.23456789e100000
	_ int64 = 1e-10000
	_ int8  = 0.5e-400
)

func main() {}
