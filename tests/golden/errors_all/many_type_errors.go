package main

func main() {
	var v0 int = "s0"
	_ = v0
	var v1 int = "s1"
	_ = v1
	var v2 int = "s2"
	_ = v2
	var v3 int = "s3"
	_ = v3
	var v4 int = "s4"
	_ = v4
	var v5 int = "s5"
	_ = v5
	var v6 int = "s6"
	_ = v6
	var v7 int = "s7"
	_ = v7
	var v8 int = "s8"
	_ = v8
	var v9 int = "s9"
	_ = v9
	var v10 int = "s10"
	_ = v10
	var v11 int = "s11"
	_ = v11
}
