package main

const h8 = 0x1p2147483646

var x = 3
var a = []int{x: 1}
var b = []int{1.5: 1}
var c = []int{h8: 1}
var d = []int{1 << 70: 1}
var e = []int{"a": 1}
var f = [2]int{5: 1}
var g = 1 << 1.5
var h = 1 << h8
var i = 1 << -1.0
var j = 1 << 1e100
var k = []int{-1: 1, 2, 2: 3}

func main() {}
