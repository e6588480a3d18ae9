package main

import "fmt"
import fmt "os"
import init "strings"
import "bufio"
import "unicode/utf8"
import u8 "unicode/utf8"

var main = 1

const init = 2

type _ struct{ sync.Mutex }
type _ interface{ bytes.Buffer }

func (bufio.Reader) M() {}
func (x *nope.T) N()    {}

var _ = bufio
var _ undefinedpkg.T
