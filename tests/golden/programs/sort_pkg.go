package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	strs := []string{"pear", "apple", "Banana", "fig", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)

	fl := []float64{2.5, -1, 3.14, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)

	byName := make([]Person, len(people))
	copy(byName, people)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println(byName)

	p2 := []Person{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Sort(ByAge(p2))
	fmt.Println(p2)
	sort.Sort(sort.Reverse(ByAge(p2)))
	fmt.Println(p2)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	// binary search
	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, target := range []int{7, 4, 0, 12} {
		i := sort.SearchInts(sorted, target)
		found := i < len(sorted) && sorted[i] == target
		fmt.Println(target, i, found)
	}
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println("first >= 6 at", idx)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	j, ok := sort.Find(len(sorted), func(i int) int { return 9 - sorted[i] })
	fmt.Println(j, ok)

	// stable sort by multiple keys
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Age > people[j].Age }))
}
