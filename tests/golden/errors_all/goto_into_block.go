package main

func main() {
	goto L1
	{
	L1:
		println("in block")
	}
	goto L2
	x := 1
	y := 2
	_, _ = x, y
L2:
	for i := 0; i < 1; i++ {
	L3:
		println(i)
	}
	goto L3
	if true {
	} else if false {
	L4:
	}
	goto L4
	switch {
	case true:
	L5:
	}
	goto L5
}
