package main

var a = [2]int{1, 2, 3}
var b = [...]int{1: 1, 1: 2}
var c = []string{3: "a", "b", 4: "c"}
var d = [1]int{0: 1, 2}

func main() {}
