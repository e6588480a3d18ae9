package main

// Less common API of strconv, sort, errors, sync and sync/atomic.

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	for _, s := range []string{`"abc"rest`, "`raw`x", `'a'`, `"unterminated`, `"\q"`, "", `"\u00e9\x41"z`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %q %v\n", s, p, err)
	}
	for _, s := range []string{`\n`, `\x41z`, `\u263a`, `\'`, `"`, `\"`, `\400`, `\8`, "é"} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Println(v, mb, tail, err)
	}
	fmt.Println(strconv.QuoteToGraphic("\u00a0\t☺\x00"), strconv.QuoteRuneToGraphic('\u2028'), strconv.CanBackquote("a`b"), strconv.CanBackquote("héllo\t"), strconv.IsGraphic('\u00a0'), strconv.IsPrint('\u00a0'))
	b := strconv.AppendQuoteToGraphic([]byte("x:"), "\u3000")
	b = strconv.AppendQuoteRuneToGraphic(b, '\t')
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 1.5, 'e', -1, 32)
	b = strconv.AppendUint(b, 255, 16)
	fmt.Println(string(b))
	_, err := strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange, errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	fmt.Println(strconv.IntSize)

	xs := []int{1, 3, 5, 7, 9}
	i, found := sort.Find(len(xs), func(i int) int { return 5 - xs[i] })
	fmt.Println(i, found)
	i, found = sort.Find(len(xs), func(i int) int { return 4 - xs[i] })
	fmt.Println(i, found)
	fs := sort.Float64Slice{3, 1, 2}
	fs.Sort()
	fmt.Println(fs, fs.Search(2), sort.SearchFloat64s(fs, 2.5), fs.Len(), fs.Less(0, 1))
	ss := sort.StringSlice{"b", "a"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss, sort.IsSorted(ss), sort.StringsAreSorted(ss), sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] < xs[j] }))

	fmt.Println(errors.ErrUnsupported, errors.Join(nil, nil) == nil, errors.Join(errors.New("a"), errors.New("b")))

	var m sync.Map
	m.Store("a", 1)
	v, loaded := m.LoadOrStore("a", 2)
	fmt.Println(v, loaded)
	prev, loaded := m.Swap("a", 3)
	fmt.Println(prev, loaded, m.CompareAndSwap("a", 3, 4), m.CompareAndDelete("a", 5))
	v, loaded = m.LoadAndDelete("a")
	fmt.Println(v, loaded)
	m.Store("b", 1)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)

	var i32 atomic.Int32
	i32.Store(6)
	fmt.Println(i32.And(3), i32.Load(), i32.Or(8), i32.Load())
	var u64 atomic.Uint64
	fmt.Println(u64.Add(5), u64.Swap(1), u64.CompareAndSwap(1, 2), u64.Load())
	var x uint32 = 12
	old := atomic.AndUint32(&x, 4)
	fmt.Println(old, x)
	old = atomic.OrUint32(&x, 1)
	fmt.Println(old, x)
	var av atomic.Value
	fmt.Println(av.Load(), av.CompareAndSwap(nil, 1), av.Swap(2), av.Load())
	var bb atomic.Bool
	fmt.Println(bb.Swap(true), bb.CompareAndSwap(true, false), bb.Load())
	var up atomic.Uintptr
	fmt.Println(up.Add(3), up.And(1), up.Load())
	f := sync.OnceFunc(func() { fmt.Println("once") })
	f()
	f()
	g := sync.OnceValue(func() int { return 7 })
	fmt.Println(g(), g())
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	l := rw.RLocker()
	_ = l
	c := sync.NewCond(&sync.Mutex{})
	c.Broadcast()
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
}
