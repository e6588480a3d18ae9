// maps: map-heavy workload. Inserts, lookups, deletes and iteration over
// map[int]int, word counting with map[string]int, string keys built with
// strconv, and struct keys (a random walk counting visited points).
// Every checksum is independent of map iteration order.
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

func (r *Rand) Next() int {
	r.state = r.state * 48271 % 2147483647
	return r.state
}

func (r *Rand) Intn(n int) int {
	return r.Next() % n
}

var syllables = []string{
	"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
	"be", "da", "fe", "go", "hu", "ji", "po", "qu",
}

func intMap(r *Rand, n int) {
	keyRange := n/2 + 1
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		k := r.Intn(keyRange)
		m[k] += i%100 + 1
	}
	size := len(m)

	hits, sum := 0, 0
	for k := 0; k < 2*keyRange; k += 2 {
		if v, ok := m[k]; ok {
			hits++
			sum += v
		}
	}

	for k := 0; k < keyRange; k += 3 {
		delete(m, k)
	}
	for i := 0; i < n/4; i++ {
		m[keyRange+r.Intn(keyRange)]++
	}

	total := 0
	for k, v := range m {
		total = (total + k*v) % modulus
	}
	fmt.Printf("int map: size=%d hits=%d sum=%d final=%d total=%d\n", size, hits, sum, len(m), total)
}

func wordCount(r *Rand, n int) {
	counts := make(map[string]int)
	letters := 0
	for i := 0; i < n; i++ {
		w := syllables[r.Intn(len(syllables))] + syllables[r.Intn(len(syllables))]
		if r.Intn(4) == 0 {
			w += syllables[r.Intn(len(syllables))]
		}
		counts[w]++
		letters += len(w)
	}

	type wordFreq struct {
		word  string
		count int
	}
	freqs := make([]wordFreq, 0, len(counts))
	for w, c := range counts {
		freqs = append(freqs, wordFreq{w, c})
	}
	sort.Slice(freqs, func(i, j int) bool {
		if freqs[i].count != freqs[j].count {
			return freqs[i].count > freqs[j].count
		}
		return freqs[i].word < freqs[j].word
	})
	fmt.Printf("words: total=%d distinct=%d letters=%d\n", n, len(counts), letters)
	top := freqs
	if len(top) > 5 {
		top = top[:5]
	}
	for _, f := range top {
		fmt.Printf("  %s %d\n", f.word, f.count)
	}

	// Remove the rare words, then look every syllable pair up.
	for w, c := range counts {
		if c < 3 {
			delete(counts, w)
		}
	}
	found, weight := 0, 0
	for _, a := range syllables {
		for _, b := range syllables {
			if c, ok := counts[a+b]; ok {
				found++
				weight += c
			}
		}
	}
	fmt.Printf("words: kept=%d pairs=%d weight=%d\n", len(counts), found, weight)
}

func stringKeys(r *Rand, n int) {
	index := make(map[string]int)
	for i := 0; i < n/2; i++ {
		index["id"+strconv.Itoa(i*7)] = i
	}
	hits, sum := 0, 0
	for i := 0; i < n; i++ {
		key := "id" + strconv.Itoa(r.Intn(n*4))
		if v, ok := index[key]; ok {
			hits++
			sum += v
		}
	}
	fmt.Printf("string keys: size=%d hits=%d sum=%d\n", len(index), hits, sum)
}

type Point struct {
	x, y int
}

func randomWalk(r *Rand, n int) {
	visits := make(map[Point]int)
	p := Point{0, 0}
	for i := 0; i < n; i++ {
		switch r.Intn(4) {
		case 0:
			p.x++
		case 1:
			p.x--
		case 2:
			p.y++
		default:
			p.y--
		}
		visits[p]++
	}
	most, at := 0, Point{}
	checksum := 0
	for q, c := range visits {
		if c > most || (c == most && (q.x < at.x || (q.x == at.x && q.y < at.y))) {
			most, at = c, q
		}
		checksum = (checksum + (q.x+1000003)*(q.y+1000033)%modulus*c) % modulus
	}
	fmt.Printf("walk: end=(%d,%d) distinct=%d most=%d at (%d,%d) checksum=%d\n",
		p.x, p.y, len(visits), most, at.x, at.y, checksum)
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
	n := problemSize(600000)
	r := &Rand{state: 42}
	intMap(r, n)
	wordCount(r, n)
	stringKeys(r, n)
	randomWalk(r, n)
}
