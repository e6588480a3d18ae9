// More of the standard library: sort.Slice (the slice boxed into an interface, and the swapper
// closure reflectlite.Swapper makes), errors.Join, bufio's readers and writers, strings.Reader,
// bytes.Buffer made from a string.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
)

var m0, m1 runtime.MemStats

func begin() { runtime.ReadMemStats(&m0) }

func end(label string) {
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-22s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects +%d HeapAlloc +%d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		m1.HeapObjects-m0.HeapObjects, m1.HeapAlloc-m0.HeapAlloc)
}

type rec struct {
	name string
	n    int64
}

var (
	ints   = []int{5, 3, 8, 1, 9, 2, 7}
	words  = []string{"pear", "apple", "fig", "banana"}
	recs   = []rec{{"b", 2}, {"a", 1}, {"c", 3}}
	ptrs   = []*rec{&recs[0], &recs[1], &recs[2]}
	pairs  = [][2]int32{{3, 1}, {1, 2}, {2, 3}}
	one    = []int{1}
	e1     = errors.New("first")
	e2     = errors.New("second")
	esink  error
	rsink  *bufio.Reader
	wsink  *bufio.Writer
	srsink *strings.Reader
	bsink  *bytes.Buffer
)

func main() {
	begin()
	for i := 0; i < 100; i++ {
		sort.Slice(ints, func(a, b int) bool { return ints[a] < ints[b] })
	}
	end("sort.Slice []int")

	begin()
	for i := 0; i < 100; i++ {
		sort.Slice(words, func(a, b int) bool { return words[a] < words[b] })
	}
	end("sort.Slice []string")

	begin()
	for i := 0; i < 100; i++ {
		sort.Slice(ptrs, func(a, b int) bool { return ptrs[a].n < ptrs[b].n })
	}
	end("sort.Slice []*rec")

	begin()
	for i := 0; i < 100; i++ {
		sort.SliceStable(recs, func(a, b int) bool { return recs[a].n < recs[b].n })
	}
	end("SliceStable []rec")

	begin()
	for i := 0; i < 100; i++ {
		sort.Slice(pairs, func(a, b int) bool { return pairs[a][0] < pairs[b][0] })
	}
	end("sort.Slice [][2]int32")

	begin()
	for i := 0; i < 100; i++ {
		sort.Slice(one, func(a, b int) bool { return one[a] < one[b] })
	}
	end("sort.Slice 1 element")

	begin()
	for i := 0; i < 100; i++ {
		sort.Ints(ints)
		sort.Strings(words)
	}
	end("sort.Ints/Strings")

	begin()
	for i := 0; i < 100; i++ {
		esink = errors.Join(e1, nil, e2)
	}
	end("errors.Join x100")

	begin()
	for i := 0; i < 10; i++ {
		rsink = bufio.NewReader(os.Stdin)
		wsink = bufio.NewWriter(os.Stdout)
	}
	end("bufio Reader+Writer")

	begin()
	for i := 0; i < 100; i++ {
		srsink = strings.NewReader(words[0])
	}
	end("strings.NewReader")

	begin()
	for i := 0; i < 100; i++ {
		bsink = bytes.NewBufferString("twenty bytes string.")
	}
	end("NewBufferString")
}
