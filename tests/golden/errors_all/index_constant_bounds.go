package main

// Constant indices and slice bounds checked at compile time, as gc checks them.

func main() {
	var grid [8]int
	const word = "gopher"
	var row []int
	n := 2
	_ = grid[8]
	_ = grid[-2]
	_ = grid[2:9]
	_ = grid[8:8]
	_ = grid[5:3]
	_ = grid[1:4:3]
	_ = grid[4:n:2]
	_ = grid[1<<70]
	_ = row[3:1]
	_ = row[-1:]
	_ = word[7:]
	_ = word[6:]
	_ = word[4:2]
	p := &grid
	_ = p[3:10]
}
