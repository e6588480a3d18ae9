package p

type M interface{ M() }
type M0 struct{ p *int }

func (M0) M() {}

type M2 struct{ p *int }

func (*M2) M() {}

var sink interface{}

func e01(x interface{}) { v1 := x.(M0); sink = v1 }
func e02(x M) { v1, ok := x.(*M2); sink = *v1; _ = ok }
func e03(x interface{}) { var v int; *(&v) = x.(int) }
func e04(y interface{}) { var v int; var ok bool; *(&v), *(&ok) = y.(int) }
func e05(v M0) { var x M = v; _ = x }
func e06(v M0) { var x interface{} = v; sink = x }
func e07(x M) { v1 := x.(M0); _ = v1 }
func e08(x interface{}) { v, ok := x.(int); _, _ = v, ok }
func e09(x interface{}) { v, ok := x.(M); _, _ = v, ok }
func e10(x interface{}) { sink = x.(M0) }
func e11(x interface{}) { v := x.(M); _ = v }
