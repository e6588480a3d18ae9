// The common competitive-programming shapes over piped stdin (bufio_stdin.stdin):
// bufio.NewReader(os.Stdin) for a header, a Scanner over that same Reader for the rest
// (lines, then words, growing from a tiny buffer up to a line longer than MaxScanTokenSize:
// ErrTooLong), and bufio.NewWriter(os.Stdout) with a deferred Flush.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	header, err := in.ReadString('\n')
	if err != nil {
		fmt.Fprintln(os.Stderr, "no header:", err)
		os.Exit(1)
	}
	n, _ := strconv.Atoi(strings.TrimSpace(header))
	fmt.Fprintf(out, "expecting %d numbers\n", n)

	r, _, _ := in.ReadRune()
	in.UnreadRune()
	fmt.Fprintf(out, "next rune %q, buffered %v\n", r, in.Buffered() > 0)

	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 16), bufio.MaxScanTokenSize)
	sum := 0
	for i := 0; i < n && sc.Scan(); i++ {
		v, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Fprintln(out, "bad number:", err)
			continue
		}
		sum += v
	}
	fmt.Fprintln(out, "sum:", sum)

	counts := map[string]int{}
	lines := 0
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			counts[strings.ToLower(strings.Trim(w, ".,;:!?\"'"))]++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(out, "scan error:", err)
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Fprintf(out, "%d lines, %d distinct words\n", lines, len(words))
	for _, w := range words[:10] {
		fmt.Fprintf(out, "%-8s %d\n", w, counts[w])
	}
	fmt.Fprintln(out, sc.Scan(), sc.Err())
}
