// Dot imports: the exported names of the package join the file's scope.

package p

import . "strings"
import . "unicode/utf8"
import (
	"fmt"
	. "os"
)

var _ int = ToUpper("x")
var _ = Args
var fmt = 1
