package p

import x
import 42
import (
	"fmt" "os"
)

func f() { fmt.Println() }
