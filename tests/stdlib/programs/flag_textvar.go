package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type level int

func (l level) MarshalText() ([]byte, error) {
	return []byte(strings.Repeat("*", int(l))), nil
}

func (l *level) UnmarshalText(b []byte) error {
	if len(b) > 5 {
		return errors.New("too loud")
	}
	*l = level(len(b))
	return nil
}

type point struct{ x, y int }

func (p point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.x, p.y)), nil }
func (p *point) UnmarshalText(b []byte) error {
	parts := strings.Split(string(b), ",")
	if len(parts) != 2 {
		return errors.New("want x,y")
	}
	p.x, p.y = len(parts[0]), len(parts[1])
	return nil
}

// byValue unmarshals through a pointer it holds: TextVar still wants a pointer.
type byValue struct{ n *int }

func (b byValue) UnmarshalText(t []byte) error { *b.n = len(t); return nil }

// onlyIn can be set but not printed.
type onlyIn struct{ s string }

func (o *onlyIn) UnmarshalText(b []byte) error { o.s = string(b); return nil }
func (o onlyIn) MarshalText() ([]byte, error)   { return nil, errors.New("no") }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	fs := flag.NewFlagSet("text", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var lv level
	var pt point
	var oi onlyIn
	fs.TextVar(&lv, "level", level(2), "the `loudness`")
	fs.TextVar(&pt, "at", &point{3, 4}, "where")
	fs.TextVar(&oi, "in", onlyIn{"x"}, "write only")
	fmt.Println(lv, pt, oi)
	fs.PrintDefaults()
	fmt.Println(fs.Parse([]string{"-level", "abc", "-at=7,88", "-in", "hello"}))
	fmt.Println(lv, pt, oi, fs.Lookup("level").Value, fs.Lookup("at").Value.String())
	g := fs.Lookup("at").Value.(flag.Getter).Get()
	fmt.Printf("%T %v\n", g, g)
	fmt.Println(fs.Parse([]string{"-level", "abcdefgh"}))
	try("not a pointer", func() { fs.TextVar(byValue{new(int)}, "p2", pt, "") })
	try("mismatch", func() { fs.TextVar(&lv, "p3", pt, "") })
	var lv2 level
	flag.TextVar(&lv2, "lv", level(1), "top-level")
	fmt.Println(lv2, flag.Lookup("lv").DefValue)
}
