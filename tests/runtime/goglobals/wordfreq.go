// bufio, os, strings, sort, strconv and fmt: a word count.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

var counts = map[string]int{}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		for _, w := range strings.Fields(strings.ToLower(sc.Text())) {
			counts[w]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, k := range keys {
		fmt.Fprintln(w, k+" "+strconv.Itoa(counts[k]))
	}
}
