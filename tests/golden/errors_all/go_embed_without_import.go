package main

//go:embed go_embed_without_import.go
var src string

//go:embed go_embed_without_import.go
func f() {}

func main() {
	//go:embed go_embed_without_import.go
	var s string
	_, _ = s, src
}
