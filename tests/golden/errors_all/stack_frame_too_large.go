package main

type large struct {
	b [1500000000]byte
}

type Big = [400e6]byte

var z [10 << 20]byte

func (x large) method() int {
	return 5
}

func byValue(x large) int {
	return 5
}

func results() (x large, i int) {
	return
}

func rangeCopy(x *[1<<30 + 1e6]byte) byte {
	for _, b := range *x {
		return b
	}
	return 0
}

func rangeNoCopy(x *[1<<30 + 1e6]byte) byte {
	for i := range *x {
		return byte(i)
	}
	return 0
}

func underLimit(x *[1<<30 - 1e6]byte) byte {
	for _, b := range *x {
		return b
	}
	return 0
}

func heapVar() {
	xs := [3000 * 2000][33]int{}
	for i := range xs {
		_ = i
	}
}

func manyVars() {
	var x1, x2, x3, x4, x5, x6, x7, x8, x9, x10 [10 << 20]byte
	var y1, y2, y3, y4, y5, y6, y7, y8, y9, y10 [10 << 20]byte
	var w1, w2, w3, w4, w5, w6, w7, w8, w9, w10 [10 << 20]byte
	var v1, v2, v3, v4, v5, v6, v7, v8, v9, v10 [10 << 20]byte
	var u1, u2, u3, u4, u5, u6, u7, u8, u9, u10 [10 << 20]byte
	var t1, t2, t3, t4, t5, t6, t7, t8, t9, t10 [10 << 20]byte
	var s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 [10 << 20]byte
	var r1, r2, r3, r4, r5, r6, r7, r8, r9, r10 [10 << 20]byte
	var q1, q2, q3, q4, q5, q6, q7, q8, q9, q10 [10 << 20]byte
	var p1, p2, p3, p4, p5, p6, p7, p8, p9, p10 [10 << 20]byte
	var o1, o2, o3, o4, o5 [10 << 20]byte
	z, z, z, z, z, z, z, z, z, z = x1, x2, x3, x4, x5, x6, x7, x8, x9, x10
	z, z, z, z, z, z, z, z, z, z = y1, y2, y3, y4, y5, y6, y7, y8, y9, y10
	z, z, z, z, z, z, z, z, z, z = w1, w2, w3, w4, w5, w6, w7, w8, w9, w10
	z, z, z, z, z, z, z, z, z, z = v1, v2, v3, v4, v5, v6, v7, v8, v9, v10
	z, z, z, z, z, z, z, z, z, z = u1, u2, u3, u4, u5, u6, u7, u8, u9, u10
	z, z, z, z, z, z, z, z, z, z = t1, t2, t3, t4, t5, t6, t7, t8, t9, t10
	z, z, z, z, z, z, z, z, z, z = s1, s2, s3, s4, s5, s6, s7, s8, s9, s10
	z, z, z, z, z, z, z, z, z, z = r1, r2, r3, r4, r5, r6, r7, r8, r9, r10
	z, z, z, z, z, z, z, z, z, z = q1, q2, q3, q4, q5, q6, q7, q8, q9, q10
	z, z, z, z, z, z, z, z, z, z = p1, p2, p3, p4, p5, p6, p7, p8, p9, p10
	z, z, z, z, z = o1, o2, o3, o4, o5
}

func callArgs() {
	g(h(), h())
}

func g(a, b Big) {}

func h() (b Big) { return }

func main() {
	f := func() {
		var a, b, c [1 << 30]byte
		_, _ = a, b
		_ = c
	}
	f()
}
