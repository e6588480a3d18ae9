// Without a package clause the compiler reads no further.

type T int

func f() { x := }
