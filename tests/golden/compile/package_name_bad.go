package %

func f() { x := }
