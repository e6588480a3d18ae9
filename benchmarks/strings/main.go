// strings: string-heavy workload. strings.Builder, concatenation,
// strconv.Itoa/Atoi, strings.Split/Join/Fields/Contains/Index/Count/Replace,
// byte-level loops and string reversal.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

const modulus = 1000000007

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
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
	n := problemSize(800000)

	// 1. Build a comma separated table with a Builder: 10 numbers per line.
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strconv.Itoa(i * 7919 % 100003))
		if i%10 == 9 {
			sb.WriteByte('\n')
		} else {
			sb.WriteByte(',')
		}
	}
	text := sb.String()

	// 2. Parse it back.
	lines := strings.Split(text, "\n")
	total, fields := 0, 0
	for _, line := range lines {
		if line == "" {
			continue
		}
		for _, f := range strings.Split(line, ",") {
			if f == "" {
				continue
			}
			v, err := strconv.Atoi(f)
			if err != nil {
				fmt.Println("bad field", f)
				return
			}
			total += v
			fields++
		}
	}
	fmt.Printf("table: bytes=%d lines=%d fields=%d total=%d\n", len(text), len(lines), fields, total)

	// 3. Join, search, count, replace.
	joined := strings.Join(lines, "|")
	fmt.Printf("search: len=%d bars=%d index=%d last=%d contains=%t/%t\n",
		len(joined), strings.Count(joined, "|"), strings.Index(joined, "99999"),
		strings.LastIndex(joined, ",1234,"), strings.Contains(joined, ",7919,"), strings.Contains(joined, ",,"))
	replaced := strings.ReplaceAll(joined, ",", ", ")
	head := joined
	if len(head) > 40 {
		head = head[:40]
	}
	upper := strings.ToUpper("row " + strings.Replace(head, "|", " row ", -1))
	fmt.Printf("replace: len=%d upper=%s\n", len(replaced), upper)

	// 4. Concatenation with + and prefix/suffix tests.
	matched, keyBytes := 0, 0
	for i := 0; i < n; i++ {
		key := "user-" + strconv.Itoa(i%1000) + "-" + strconv.Itoa(i/1000)
		if strings.HasPrefix(key, "user-99") && strings.HasSuffix(key, "7") {
			matched++
		}
		keyBytes += len(key)
	}
	fmt.Printf("keys: matched=%d bytes=%d\n", matched, keyBytes)

	// 5. Byte-level loop: digit sum and a rolling hash of the whole table.
	digitSum, hash := 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= '0' && c <= '9' {
			digitSum += int(c - '0')
		}
		hash = (hash*31 + int(c)) % modulus
	}
	fmt.Printf("bytes: digits=%d hash=%d\n", digitSum, hash)

	// 6. Words: Fields, reversal, palindromes, and a growing string.
	words := strings.Fields(strings.ReplaceAll(text, ",", " "))
	palindromes, longest := 0, ""
	for _, w := range words {
		if len(w) > 1 && w == reverse(w) {
			palindromes++
			if len(w) > len(longest) || (len(w) == len(longest) && w > longest) {
				longest = w
			}
		}
	}
	acc := ""
	for i := 0; i < len(words) && len(acc) < 5000; i += 97 {
		acc += words[i][:1]
	}
	tail := acc
	if len(tail) > 20 {
		tail = tail[len(tail)-20:]
	}
	fmt.Printf("words: count=%d palindromes=%d longest=%s acc=%d/%s\n",
		len(words), palindromes, longest, len(acc), tail)
}
