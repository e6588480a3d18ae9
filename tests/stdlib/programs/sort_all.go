package main

import (
	"fmt"
	"math"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByName []Person

func (a ByName) Len() int           { return len(a) }
func (a ByName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByName) Less(i, j int) bool { return a[i].Name < a[j].Name }

type Grid [][2]int

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0, 100, -50}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 2), sort.SearchInts(ints, 3), sort.SearchInts(ints, 1000))
	sub := ints[2:6]
	sort.Sort(sort.Reverse(sort.IntSlice(sub)))
	fmt.Println(ints, sub, sort.IntsAreSorted(ints))
	sort.IntSlice(ints).Sort()
	fmt.Println(ints, sort.IntSlice(ints).Search(8), sort.IntSlice(ints).Len(), sort.IntSlice(ints).Less(0, 1))

	strs := []string{"pear", "apple", "Banana", "fig", "", "apple", "éclair", "Zed"}
	sort.Strings(strs)
	fmt.Printf("%q %v %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "b"))
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	sort.StringSlice(strs).Sort()
	fmt.Println(sort.StringSlice(strs).Search("fig"))

	fl := []float64{2.5, math.NaN(), -1, math.Inf(1), 3.14, 0, math.Inf(-1), math.NaN(), -0.0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 1), sort.SearchFloat64s(fl, math.NaN()))
	zs := []float64{0, math.Copysign(0, -1), 1, math.Copysign(0, -1), 0, -1, 0, math.Copysign(0, -1), 0.5, -0.5, 0, math.Copysign(0, -1), 2, 0, 0, math.Copysign(0, -1)}
	sort.Float64s(zs)
	fmt.Println(zs)
	fs := sort.Float64Slice{3, 1, math.NaN(), 2}
	sort.Sort(fs)
	fmt.Println(fs, fs.Search(2), fs.Less(0, 1), fs.Len())
	sort.Sort(sort.Reverse(fs))
	fmt.Println(fs)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Frank", 25}, {"Gina", 35}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	sort.Sort(ByName(people))
	fmt.Println(people, sort.IsSorted(ByName(people)))
	sort.Stable(sort.Reverse(ByName(people)))
	fmt.Println(people, sort.IsSorted(ByName(people)))
	byAge := func(i, j int) bool { return people[i].Age < people[j].Age }
	sort.Stable(ByName(people))
	fmt.Println(sort.SliceIsSorted(people, byAge))
	sort.SliceStable(people, byAge)
	fmt.Println(people, sort.SliceIsSorted(people, byAge))

	g := Grid{{3, 1}, {1, 2}, {2, 0}, {1, 1}}
	sort.Slice(g, func(i, j int) bool {
		if g[i][0] != g[j][0] {
			return g[i][0] < g[j][0]
		}
		return g[i][1] < g[j][1]
	})
	fmt.Println(g)
	bs := []byte("hello, world")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	fmt.Printf("%q\n", bs)
	part := people[1:4]
	sort.Slice(part, func(i, j int) bool { return part[i].Name > part[j].Name })
	fmt.Println(people)

	data := []int{1, 3, 5, 7, 9, 11}
	xs := []int{-1, 0, 1, 4, 11, 12}
	for k := 0; k < len(xs); k++ {
		x := xs[k]
		i := sort.Search(len(data), func(i int) bool { return data[i] >= x })
		j, found := sort.Find(len(data), func(i int) int { return x - data[i] })
		fmt.Println(x, i, j, found)
	}
	calls := 0
	sort.Search(1000, func(i int) bool { calls++; return i >= 777 })
	fmt.Println("calls", calls)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x []int
		sort.Slice(x, func(i, j int) bool { return false })
		sort.Slice(nil, func(i, j int) bool { return false })
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.IntSlice(data).Less(0, 10)
	}()

	// pointers to elements keep pointing at their slots: the values move, as in Go
	pp := []Person{{"c", 3}, {"a", 1}, {"b", 2}}
	first, last := &pp[0], &pp[2]
	sort.Slice(pp, func(i, j int) bool { return pp[i].Name < pp[j].Name })
	fmt.Println(*first, *last, pp)
	sort.SliceStable(pp, func(i, j int) bool { return pp[i].Age > pp[j].Age })
	fmt.Println(*first, *last, pp)
	gg := [][2]int{{3, 0}, {1, 0}, {2, 0}}
	row := &gg[0]
	sort.Slice(gg, func(i, j int) bool { return gg[i][0] < gg[j][0] })
	fmt.Println(row[0], gg)
	sort.SliceStable(gg, func(i, j int) bool { return gg[i][0] > gg[j][0] })
	fmt.Println(row[0], gg)
}
