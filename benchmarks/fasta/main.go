// fasta: generate DNA sequences (Computer Language Benchmarks Game "fasta"
// algorithm): one by repeating a fixed sequence, two by weighted random
// selection with a linear congruential generator. Instead of printing the
// sequences it prints a summary: lengths, letter counts, first/last lines.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

const (
	IM        = 139968
	IA        = 3877
	IC        = 29573
	lineWidth = 60
)

var alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type Acid struct {
	c byte
	p float64
}

var iub = []Acid{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homoSapiens = []Acid{
	{'a', 0.3029549426680},
	{'c', 0.1979883004921},
	{'g', 0.1975473066391},
	{'t', 0.3015094502008},
}

var last = 42

func random(max float64) float64 {
	last = (last*IA + IC) % IM
	return max * float64(last) / IM
}

// cumulative turns probabilities into cumulative probabilities, in place.
func cumulative(genes []Acid) {
	p := 0.0
	for i := range genes {
		p += genes[i].p
		genes[i].p = p
	}
}

func repeatFasta(s string, n int) string {
	var sb strings.Builder
	ss := s + s
	pos := 0
	for n > 0 {
		line := lineWidth
		if n < line {
			line = n
		}
		sb.WriteString(ss[pos : pos+line])
		sb.WriteByte('\n')
		pos += line
		if pos > len(s) {
			pos -= len(s)
		}
		n -= line
	}
	return sb.String()
}

func randomFasta(genes []Acid, n int) string {
	buf := make([]byte, 0, n+n/lineWidth+1)
	col := 0
	for i := 0; i < n; i++ {
		r := random(1.0)
		c := genes[len(genes)-1].c
		for _, g := range genes {
			if r < g.p {
				c = g.c
				break
			}
		}
		buf = append(buf, c)
		col++
		if col == lineWidth {
			buf = append(buf, '\n')
			col = 0
		}
	}
	if col > 0 {
		buf = append(buf, '\n')
	}
	return string(buf)
}

func summarize(header, seq string, alphabet string) {
	lines := strings.Split(strings.TrimSuffix(seq, "\n"), "\n")
	fmt.Printf(">%s\n", header)
	fmt.Printf("  bytes=%d lines=%d\n", len(seq), len(lines))
	var sb strings.Builder
	for i := 0; i < len(alphabet); i++ {
		if i > 0 {
			sb.WriteString(" ")
		}
		c := alphabet[i : i+1]
		sb.WriteString(c + ":" + strconv.Itoa(strings.Count(seq, c)))
	}
	fmt.Printf("  counts %s\n", sb.String())
	fmt.Printf("  first %s\n", lines[0])
	fmt.Printf("  last  %s\n", lines[len(lines)-1])
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
	cumulative(iub)
	cumulative(homoSapiens)

	summarize("ONE Homo sapiens alu", repeatFasta(alu, 2*n), "ACGT")
	summarize("TWO IUB ambiguity codes", randomFasta(iub, 3*n), "acgtBDHKMNRSVWY")
	summarize("THREE Homo sapiens frequency", randomFasta(homoSapiens, 5*n), "acgt")
}
