package p

//line other.go:100
var a int = "x"

/*line :200:5*/ var b int = "y"

func f() {
	var c string = 1 /*line third.go:7:1*/; var d bool = 2
	_, _ = c, d
}

//line :300
var e int = "z"
 //line not.go:1
var g int = "w"
