package main

func bad() {
	x := 
}

func f() {
L1:
	for {
		break L1
	}
L2:
	goto L3
	break L4
L5:
	for {
		continue L5
	}
	func() {
	L6:
		goto L2
	}()
L2:
	_ = 1
	break L7
L7:
	for {
	}
_:
	goto _
}
