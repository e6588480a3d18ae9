package main

type Block [8192]int64

func sizes(n int) {
	var onStack [1 << 20]int64
	var tooBig [2 << 20]int64
	b1 := new(Block)
	b2 := &[8193]int64{}
	s1 := make([]int64, 8192)
	s2 := make([]int64, 8193)
	s3 := make([]int64, n)
	s4 := make([]int64, 0, 16)
	const k = 100
	s5 := make([]int64, k)
	println(len(onStack), len(tooBig), b1[0], b2[0], len(s1), len(s2), len(s3), len(s4), len(s5))
}

func main() {
	sizes(3)
}
