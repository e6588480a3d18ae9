package main

const c = 1 << 100000000

func main() { println(c > 0) }
