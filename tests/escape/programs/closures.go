package main

var hook func() int

func capture(n int) int {
	big := [20]int{}
	small := 7
	count := 0
	f := func() int {
		count++
		return big[0] + small + count + n
	}
	return f() + f()
}

func install(n int) {
	hook = func() int { return n }
}

func run(ch chan int, vals []int) {
	total := 0
	for _, v := range vals {
		go func() { ch <- v }()
	}
	defer func() { println(total) }()
	for i := range vals {
		defer println(i)
		total += <-ch
	}
}

func loopAddr() *int {
	var q *int
	for k := 0; k < 3; k++ {
		q = &k
	}
	return q
}

func main() {
	ch := make(chan int, 2)
	println(capture(1))
	install(2)
	run(ch, []int{1, 2})
	println(*loopAddr())
}
