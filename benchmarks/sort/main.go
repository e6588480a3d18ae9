// sort: sorting-heavy workload. A hand-written heapsort, sort.Ints,
// sort.SearchInts, sort.Strings, sort.Slice with a multi-key closure
// comparator on structs, and sort.SliceStable.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

const modulus = 1000000007

// Park-Miller "minimal standard" generator; products stay below 2^47.
type Rand struct {
	state int
}

func (r *Rand) Intn(n int) int {
	r.state = r.state * 48271 % 2147483647
	return r.state % n
}

func siftDown(a []int, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && a[child] < a[child+1] {
			child++
		}
		if a[root] >= a[child] {
			return
		}
		a[root], a[child] = a[child], a[root]
		root = child
	}
}

func heapSort(a []int) {
	for i := len(a)/2 - 1; i >= 0; i-- {
		siftDown(a, i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
}

type Person struct {
	id    int
	name  string
	age   int
	score int
}

func orderChecksum(people []Person) int {
	sum := 0
	for i, p := range people {
		sum = (sum + (i+1)*(p.id+7)) % modulus
	}
	return sum
}

func problemSize(def int) int {
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad size:", os.Args[1])
			os.Exit(2)
		}
		return n
	}
	return def
}

func main() {
	n := problemSize(250000)
	r := &Rand{state: 2024}

	// 1. Integers: hand-written heapsort against sort.Ints.
	a := make([]int, n)
	for i := range a {
		a[i] = r.Intn(1000000)
	}
	b := make([]int, n)
	copy(b, a)
	heapSort(a)
	sort.Ints(b)
	same := true
	sum := 0
	for i := range a {
		if a[i] != b[i] {
			same = false
		}
		sum = (sum + a[i]*(i%1000+1)) % modulus
	}
	if n > 0 {
		fmt.Printf("ints: n=%d same=%t min=%d median=%d max=%d sum=%d\n", n, same, a[0], a[n/2], a[n-1], sum)
	}

	// 2. Binary search.
	found, idxSum := 0, 0
	for i := 0; i < n; i++ {
		q := r.Intn(1000000)
		idx := sort.SearchInts(a, q)
		if idx < n && a[idx] == q {
			found++
		}
		idxSum += idx
	}
	fmt.Printf("search: found=%d idxsum=%d\n", found, idxSum)

	// 3. Strings.
	m := n/4 + 1
	keys := make([]string, m)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(r.Intn(m*2))
	}
	sort.Strings(keys)
	distinct := 0
	for i, k := range keys {
		if i == 0 || k != keys[i-1] {
			distinct++
		}
	}
	fmt.Printf("strings: n=%d distinct=%d first=%s last=%s\n", m, distinct, keys[0], keys[m-1])

	// 4. Structs with a multi-key comparator (a total order, so the
	// unstable sort gives a unique answer), then a stable sort by one key.
	people := make([]Person, m)
	for i := range people {
		people[i] = Person{
			id:    i,
			name:  "p" + strconv.Itoa(r.Intn(m)),
			age:   18 + r.Intn(60),
			score: r.Intn(1000),
		}
	}
	sort.Slice(people, func(i, j int) bool {
		p, q := people[i], people[j]
		if p.age != q.age {
			return p.age < q.age
		}
		if p.score != q.score {
			return p.score > q.score
		}
		if p.name != q.name {
			return p.name < q.name
		}
		return p.id < q.id
	})
	fmt.Printf("people: first=%s/%d/%d last=%s/%d/%d order=%d\n",
		people[0].name, people[0].age, people[0].score,
		people[m-1].name, people[m-1].age, people[m-1].score, orderChecksum(people))

	sort.SliceStable(people, func(i, j int) bool {
		return people[i].score/100 < people[j].score/100
	})
	fmt.Printf("stable: first=%s/%d/%d last=%s/%d/%d order=%d\n",
		people[0].name, people[0].age, people[0].score,
		people[m-1].name, people[m-1].age, people[m-1].score, orderChecksum(people))
}
