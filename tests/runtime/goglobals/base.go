// The runtime alone: no imports, no package variables.
package main

func main() {
	println("base")
}
