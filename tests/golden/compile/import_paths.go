// The compiler alone judges import paths (go build rejects them first, in the go command's
// words): the type checker's rules for their characters, then the importer's.

package p

import ""
import "a b"
import `a\b`
import "\x7f"
import "\xff"
import "é!"
import "/abs"
import "unicode//utf8"
import "strings/"
import "main"
import "fmt"
import "fmt/../fmt"

var _ = fmt.Sprint
