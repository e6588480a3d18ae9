// A program that keeps allocating garbage (byte slices, maps, strings, linked structs) while
// keeping a few MB live, and prints its process's resident set size as it goes: with the
// collector's automatic cycles, the heap model's and the process's memory stay flat.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

type node struct {
	next *node
	val  int
	name string
	data []int
}

type item struct {
	buf   []byte
	m     map[string]*node
	list  *node
	label string
}

const live = 16 // items kept alive at any time (a ring)

var ring [live]*item

func vmRSS() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return -1
}

func makeItem(i int) *item {
	it := &item{buf: make([]byte, 1<<20), m: make(map[string]*node)}
	var head *node
	for j := 0; j < 100; j++ {
		head = &node{next: head, val: j, name: "n" + strconv.Itoa(i+j), data: make([]int, 8)}
		if j%4 == 0 {
			it.m[head.name] = head
		}
	}
	it.list = head
	it.label = fmt.Sprintf("item-%d-%s", i, head.name)
	it.buf[i%len(it.buf)] = byte(i)
	return it
}

func main() {
	rounds, _ := strconv.Atoi(os.Args[1])
	checkpoints := 5
	sum := 0
	for i := 0; i < rounds; i++ {
		it := makeItem(i)
		sum += len(it.label) + int(it.buf[i%len(it.buf)]) + it.list.val
		ring[i%live] = it
		if (i+1)%(rounds/checkpoints) == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Printf("round %d rss_kb %d total_alloc %d heap_sys %d heap_alloc %d num_gc %d\n",
				i+1, vmRSS(), ms.TotalAlloc, ms.HeapSys, ms.HeapAlloc, ms.NumGC)
		}
	}
	fmt.Println("sum", sum)
}
