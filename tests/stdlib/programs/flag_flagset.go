package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

type levelValue struct{ n int }

func (l *levelValue) String() string { return fmt.Sprint("level-", l.n) }
func (l *levelValue) Set(s string) error {
	if s == "bad" {
		return errors.New("bad level")
	}
	l.n = len(s)
	return nil
}

type panicky struct{ p *int }

func (v *panicky) String() string     { return fmt.Sprint(*v.p) }
func (v *panicky) Set(s string) error { return nil }

func newSet(name string, eh flag.ErrorHandling) (*flag.FlagSet, *strings.Builder) {
	fs := flag.NewFlagSet(name, eh)
	var out strings.Builder
	fs.SetOutput(&out)
	return fs, &out
}

func define(fs *flag.FlagSet) {
	fs.Bool("v", false, "verbose output")
	fs.Int("n", 3, "number of `items` to process")
	fs.Int64("big", -1<<40, "a big\nmultiline usage")
	fs.Uint("u", 0, "unsigned")
	fs.Uint64("u64", 7, "unsigned 64")
	fs.String("name", "world", "who to greet")
	fs.String("empty", "", "empty default")
	fs.Float64("ratio", 0.5, "a ratio")
	fs.Duration("timeout", 1500*time.Millisecond, "how long")
	fs.Duration("zero-d", 0, "zero duration")
	fs.Func("fn", "a func flag", func(s string) error {
		if s == "no" {
			return errors.New("func says no")
		}
		fmt.Println("fn called with", s)
		return nil
	})
	fs.BoolFunc("bf", "a bool func flag", func(s string) error {
		fmt.Println("bf called with", s)
		return nil
	})
	var l listValue
	fs.Var(&l, "list", "repeatable `item`")
	fs.Var(&levelValue{}, "level", "a level")
	fs.Bool("t", true, "true by default")
}

func show(fs *flag.FlagSet) {
	fmt.Println("parsed:", fs.Parsed(), "NFlag:", fs.NFlag(), "NArg:", fs.NArg(), "args:", fs.Args(), fs.Arg(0), fs.Arg(-1), fs.Arg(99))
	fs.Visit(func(f *flag.Flag) { fmt.Printf("  set %s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })
}

func parse(args ...string) {
	fs, out := newSet("tool", flag.ContinueOnError)
	define(fs)
	err := fs.Parse(args)
	fmt.Printf("Parse(%q) -> %v\n", args, err)
	if out.Len() > 0 {
		fmt.Printf("output:\n%s", out.String())
	}
	show(fs)
}

func main() {
	parse()
	parse("-v", "-n", "10", "--name=gopher", "-ratio", "2.5e3", "-timeout=2m3s", "rest", "-x")
	parse("-v=false", "-t=0", "-u", "0x1F", "-u64", "0777", "-big", "-0b101", "--", "-n", "5")
	parse("-list", "a", "-list=b", "-level", "xyz", "-fn", "hi", "-bf", "-bf=yes", "-")
	parse("-n", "abc")
	parse("-n", "99999999999999999999")
	parse("-u", "-1")
	parse("-ratio", "1e999")
	parse("-v=maybe")
	parse("-timeout", "soon")
	parse("-level=bad")
	parse("-fn", "no")
	parse("-nosuch")
	parse("-n")
	parse("---x")
	parse("-=x")
	parse("-h")
	parse("--help", "more")
	parse("-name", "")
	parse("x", "-v")

	fs, out := newSet("", flag.ContinueOnError)
	define(fs)
	fs.PrintDefaults()
	fmt.Print(out.String())
	out.Reset()
	fs.Usage()
	fmt.Println(strings.SplitN(out.String(), "\n", 2)[0])

	// Set, Lookup, VisitAll, Getter
	fs2, _ := newSet("set", flag.ContinueOnError)
	define(fs2)
	fmt.Println(fs2.Set("n", "42"), fs2.Set("n", "x"), fs2.Set("name", "z"), fs2.NFlag())
	fmt.Println(fs2.Lookup("n").Value, fs2.Lookup("missing") == nil)
	fs2.VisitAll(func(f *flag.Flag) {
		if g, ok := f.Value.(flag.Getter); ok {
			fmt.Printf("%s %T %v|", f.Name, g.Get(), g.Get())
		} else {
			fmt.Printf("%s (no Get)|", f.Name)
		}
	})
	fmt.Println()
	for _, name := range []string{"v", "n", "name", "timeout", "list", "fn", "bf"} {
		n, u := flag.UnquoteUsage(fs2.Lookup(name))
		fmt.Printf("%q %q\n", n, u)
	}
	fmt.Println(fs2.Name(), fs2.ErrorHandling() == flag.ContinueOnError, fs2.Output() != nil)
	fs2.Init("renamed", flag.PanicOnError)
	fmt.Println(fs2.Name(), fs2.ErrorHandling())

	// Var variants write through the pointers they are given
	fs3, out3 := newSet("vars", flag.ContinueOnError)
	var (
		b   bool
		i   int
		i64 int64
		u   uint
		u64 uint64
		s   string
		f   float64
		d   time.Duration
	)
	fs3.BoolVar(&b, "b", true, "")
	fs3.IntVar(&i, "i", 1, "")
	fs3.Int64Var(&i64, "i64", 2, "")
	fs3.UintVar(&u, "u", 3, "")
	fs3.Uint64Var(&u64, "u64", 4, "")
	fs3.StringVar(&s, "s", "five", "")
	fs3.Float64Var(&f, "f", 6.5, "")
	fs3.DurationVar(&d, "d", time.Second, "")
	fmt.Println(b, i, i64, u, u64, s, f, d)
	fs3.Parse([]string{"-b=false", "-i=-9", "-i64=9223372036854775807", "-u=18446744073709551615", "-u64=1", "-s=", "-f=-0", "-d=1h"})
	fmt.Println(b, i, i64, u, u64, s, f, d)
	fs3.PrintDefaults()
	fmt.Print(out3.String())

	// the redefinition and bad-name panics print their message first
	for _, name := range []string{"i", "-dash", "a=b"} {
		func() {
			defer func() { fmt.Printf("recovered: %v\n", recover()) }()
			fs3.Int(name, 0, "")
		}()
	}
	fmt.Print(out3.String()[strings.LastIndex(out3.String(), "-f=-0")+1:])

	// a Value whose String panics on its zero value
	fs4, out4 := newSet("zero", flag.ContinueOnError)
	x := 5
	fs4.Var(&panicky{&x}, "p", "panics on zero")
	fs4.PrintDefaults()
	fmt.Print(out4.String())

	// a custom Usage
	fs5, _ := newSet("custom", flag.ContinueOnError)
	fs5.Usage = func() { fmt.Println("custom usage called") }
	fmt.Println(fs5.Parse([]string{"-zzz"}))
	fs5.Usage = nil
	var sb strings.Builder
	fs5.SetOutput(&sb)
	fmt.Println(fs5.Parse([]string{"-h"}), sb.String())

	// the command line
	os.Args = []string{"prog", "-w", "3", "file1", "file2"}
	w := flag.Int("w", 1, "width")
	fmt.Println(flag.Parsed(), *w)
	flag.Parse()
	fmt.Println(flag.Parsed(), *w, flag.Args(), flag.NArg(), flag.Arg(1), flag.NFlag(), flag.Lookup("w").Value)
	flag.Visit(func(f *flag.Flag) { fmt.Println("visit", f.Name) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("visitall", f.Name) })
	fmt.Println(flag.Set("w", "8"), *w, flag.CommandLine.ErrorHandling())
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Usage()
	flag.PrintDefaults()
	flag.Usage = func() { fmt.Println("my usage") }
	flag.CommandLine.Parse([]string{"-q"})
	fmt.Println("not reached")
}
