#!/usr/bin/env python3
"""Measure the size of real Go's pointer-bearing data segments (ELF ``.data`` + ``.bss``).

Go's pacer counts those two sections as the "globals" it scans each cycle (gctrace's
"N MB globals", the third work figure of gcpacertrace). gomem reproduces the figure in
``gomem/runtime/goglobals.py`` from the table this script writes to
``src/gomem/runtime/go_globals.json``:

- ``base``: the .data and .bss symbols of a program with an empty main (the runtime alone);
- ``packages``: for every standard package gomem supports, the .data and .bss symbols a
  program that imports it and uses it in a typical way (``USES`` below) has beyond the base.
  Go's linker keeps only the symbols a program reaches, so a bare ``import _`` would undercount
  (``import _ "fmt"`` adds 6,208 B, ``fmt.Println("x")`` 8,832 B); the uses are the package's
  everyday entry points, listed per package below, and recorded in the table;
- ``combinations``: programs importing several packages, with the measured figure and what
  each candidate model predicts for them (see ``MODELS``), so that the choice of model is
  checked each time the table is regenerated.

The model gomem uses ("union-layout"): a program's symbols are the union, by symbol name, of
the base's and its imported packages' symbols (a package's measurement already holds its own
dependencies, and two packages that share one, like fmt and log sharing os, share its
symbols); each section is then laid out as Go's linker lays it out (symbols by increasing
size, each aligned to 32 bytes halved while larger than its size) and its size is the end of
its last symbol.

Symbols are read with ``go tool nm -size -type`` and assigned to a section by address
(``readelf -SW`` gives each section's range); the measured figure of a program is the two
sections' sizes from readelf.

Usage:
    python tools/measure_go_globals.py              # measure, write the table
    python tools/measure_go_globals.py --goldens    # also (re)write the goldens of the test
                                                    # programs tests/runtime/goglobals/*.go
    python tools/measure_go_globals.py --check      # measure and compare, write nothing

Go is found via $GO, then ``go`` on PATH, then /usr/lib/go-1.23/bin/go; it must be go1.23.
Builds are for linux/amd64 (GOOS/GOARCH are set explicitly).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "gomem" / "runtime" / "go_globals.json"
GOLDEN_DIR = ROOT / "tests" / "runtime" / "goglobals"
SECTIONS = (".data", ".bss")

# Go's amd64 linker: a symbol without an explicit alignment is aligned to MAXALIGN halved
# while larger than its size (not below MINALIGN); sections start 32-aligned.
MAXALIGN = 32
MINALIGN = 1

# The typical use of each package: imports and the body of main (a program that only imports
# a package keeps little of it). Each use makes sure what it calls is reached (results go to
# a sink the linker cannot drop), and imports besides the package only packages it depends on
# itself: another package a program uses it imports, and gets that package's entry.
# a reader of one byte, for the io packages (without importing strings, which they do not)
READER = ("type oneByte struct{ done bool }\n"
          "func (r *oneByte) Read(p []byte) (int, error) {\n"
          "\tif r.done { return 0, io.EOF }\n\tr.done = true\n\tp[0] = 'a'\n\treturn 1, nil\n}\n")

USES: dict[str, tuple[list[str], str, str]] = {
    # path: (imports, declarations, main body)
    "fmt": (["fmt"], "", 'fmt.Println("x", 1, 2.5, true)\n'
            '\ts := fmt.Sprintf("%d %s %v %x", 1, "a", []int{1}, 7)\n'
            '\tfmt.Printf("%s\\n", s)\n\terr := fmt.Errorf("e: %w", nil)\n\t_ = err'),
    "os": (["os"], "", 'os.Stdout.WriteString("x\\n")\n\tif len(os.Args) > 5 { os.Exit(3) }\n'
           '\tb, err := os.ReadFile("/nonexistent")\n\t_, _ = b, err\n\tos.Stderr.Write([]byte(os.Getenv("HOME")))'),
    "strings": (["strings"], "", 'var sb strings.Builder\n\tsb.WriteString("a b c")\n'
                '\tparts := strings.Split(sb.String(), " ")\n\ts := strings.Join(parts, ",")\n'
                '\ts = strings.ToUpper(strings.TrimSpace(s)) + strings.Repeat("x", 3)\n'
                '\tif strings.Contains(s, "A") && strings.HasPrefix(s, "A") && len(strings.Fields(s)) > 0 {'
                ' println(strings.Index(s, "B"), strings.Replace(s, "a", "b", -1)) }'),
    "strconv": (["strconv"], "", 'n, err := strconv.Atoi("12")\n\ts := strconv.Itoa(n) + '
                'strconv.FormatFloat(1.5, \'g\', -1, 64) + strconv.Quote("q")\n'
                '\tf, _ := strconv.ParseFloat(s, 64)\n\tb, _ := strconv.ParseBool("true")\n'
                '\tprintln(s, f, b, err != nil, strconv.FormatInt(7, 2))'),
    "sort": (["sort"], "", 'a := []int{3, 1, 2}\n\tsort.Ints(a)\n\tss := []string{"b", "a"}\n'
             '\tsort.Strings(ss)\n\tsort.Slice(a, func(i, j int) bool { return a[i] > a[j] })\n'
             '\tprintln(sort.SearchInts(a, 2), sort.IsSorted(sort.IntSlice(a)))'),
    "sync": (["sync"], "", 'var mu sync.Mutex\n\tvar wg sync.WaitGroup\n\tvar once sync.Once\n'
             '\twg.Add(1)\n\tgo func() { mu.Lock(); once.Do(func() { println("once") }); mu.Unlock(); wg.Done() }()\n'
             '\twg.Wait()\n\tvar rw sync.RWMutex\n\trw.RLock()\n\trw.RUnlock()'),
    "time": (["time"], "", 't := time.Now()\n\ttime.Sleep(time.Millisecond)\n\td := time.Since(t)\n'
             '\tprintln(d.String(), d > time.Second)\n\ttm := time.NewTimer(time.Millisecond)\n\t<-tm.C\n'
             '\t<-time.After(time.Millisecond)'),
    "context": (["context", "time"], "", 'ctx, cancel := context.WithTimeout(context.Background(), time.Second)\n'
                '\tctx = context.WithValue(ctx, "k", 1)\n\tc2, cancel2 := context.WithCancel(ctx)\n\tcancel2()\n'
                '\t<-c2.Done()\n\tprintln(c2.Err().Error(), ctx.Value("k").(int))\n\tcancel()'),
    "math": (["math"], "", 'x := math.Sqrt(2) + math.Floor(1.5) + math.Pow(2, 3)\n'
             '\tprintln(x, math.Inf(1), math.MaxInt64, math.Abs(-x), math.IsNaN(x))'),
    "math/bits": (["math/bits"], "", 'println(bits.OnesCount(7), bits.LeadingZeros64(1), bits.Len(9))'),
    "math/rand": (["math/rand"], "", 'r := rand.New(rand.NewSource(1))\n\ta := []int{1, 2, 3}\n'
                  '\trand.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })\n'
                  '\tprintln(r.Intn(10), rand.Intn(10), rand.Float64(), rand.Perm(3)[0])'),
    # (on readers and writers of bufio's own dependencies: a program reading os.Stdin imports
    # os, whose symbols come with os's entry)
    "bufio": (["bufio", "bytes", "strings"], "",
              'sc := bufio.NewScanner(strings.NewReader("a\\nb\\n"))\n\tfor sc.Scan() { println(sc.Text()) }\n'
              '\tvar out bytes.Buffer\n\tw := bufio.NewWriter(&out)\n\tw.WriteString("x\\n")\n\tw.Flush()\n'
              '\tr := bufio.NewReader(strings.NewReader("c\\n"))\n\ts, err := r.ReadString(\'\\n\')\n'
              '\tprintln(s, err != nil, out.Len())'),
    "bytes": (["bytes"], "", 'var b bytes.Buffer\n\tb.WriteString("a,b")\n\tb.WriteByte(\'c\')\n'
              '\tparts := bytes.Split(b.Bytes(), []byte(","))\n'
              '\tprintln(len(parts), bytes.Contains(b.Bytes(), []byte("b")), bytes.Equal(parts[0], parts[1]), b.String())'),
    "errors": (["errors"], "type myErr struct{}\nfunc (myErr) Error() string { return \"m\" }\n",
               'e := errors.New("x")\n\tvar m myErr\n\tprintln(errors.Is(e, e), errors.As(e, &m), errors.Unwrap(e) == nil, e.Error())'),
    "unicode": (["unicode"], "", 'r := \'A\'\n\tprintln(unicode.IsUpper(r), unicode.IsLetter(r), unicode.IsDigit(r), '
                'unicode.IsSpace(r), unicode.ToLower(r), unicode.IsPunct(r))'),
    "unicode/utf8": (["unicode/utf8"], "", 's := "héllo"\n\tr, n := utf8.DecodeRuneInString(s)\n'
                     '\tb := utf8.AppendRune(nil, r)\n\tprintln(utf8.RuneCountInString(s), n, len(b), utf8.ValidString(s))'),
    "io": (["io"], READER, 'b, err := io.ReadAll(&oneByte{})\n'
           '\tn, _ := io.Copy(io.Discard, &oneByte{})\n\tio.WriteString(io.Discard, "y")\n'
           '\tprintln(len(b), err == io.EOF, n)'),
    "io/ioutil": (["io/ioutil", "io"], READER, 'b, err := ioutil.ReadAll(&oneByte{})\n'
                  '\tc, err2 := ioutil.ReadFile("/nonexistent")\n\tprintln(len(b), len(c), err == nil, err2 != nil)'),
    "container/heap": (["container/heap"],
                       "type ih []int\nfunc (h ih) Len() int { return len(h) }\n"
                       "func (h ih) Less(i, j int) bool { return h[i] < h[j] }\n"
                       "func (h ih) Swap(i, j int) { h[i], h[j] = h[j], h[i] }\n"
                       "func (h *ih) Push(x any) { *h = append(*h, x.(int)) }\n"
                       "func (h *ih) Pop() any { o := *h; n := len(o); x := o[n-1]; *h = o[:n-1]; return x }\n",
                       'h := &ih{3, 1}\n\theap.Init(h)\n\theap.Push(h, 2)\n\tprintln(heap.Pop(h).(int))'),
    "container/list": (["container/list"], "", 'l := list.New()\n\tl.PushBack(1)\n\tl.PushFront(2)\n'
                       '\tfor e := l.Front(); e != nil; e = e.Next() { println(e.Value.(int)) }\n\tl.Remove(l.Back())'),
    "container/ring": (["container/ring"], "", 'r := ring.New(3)\n\tfor i := 0; i < 3; i++ { r.Value = i; r = r.Next() }\n'
                       '\tr.Do(func(v any) { println(v.(int)) })\n\tprintln(r.Len())'),
    "path": (["path"], "", 'println(path.Join("a", "b"), path.Base("/a/b.c"), path.Ext("x.go"), '
             'path.Dir("/a/b"), path.Clean("a//b"), path.IsAbs("/a"))'),
    "path/filepath": (["path/filepath"], "", 'm, err := filepath.Match("*.go", "x.go")\n'
                      '\tprintln(filepath.Join("a", "b"), filepath.Base("/a/b.c"), filepath.Ext("x.go"), '
                      'filepath.Dir("/a/b"), filepath.Clean("a//b"), m, err == nil)'),
    "flag": (["flag"], "", 'n := flag.Int("n", 1, "count")\n\ts := flag.String("s", "", "name")\n'
             '\tb := flag.Bool("b", false, "flag")\n\tflag.Parse()\n\tprintln(*n, *s, *b, len(flag.Args()), flag.NArg())'),
    "log": (["log"], "", 'log.SetFlags(0)\n\tlog.SetPrefix("p: ")\n\tlog.Println("x", 1)\n\tlog.Printf("%d", 2)\n'
            '\tif len(log.Prefix()) > 10 { log.Fatal("no") }'),
    "runtime": (["runtime"], "", 'runtime.GC()\n\tvar ms runtime.MemStats\n\truntime.ReadMemStats(&ms)\n'
                '\truntime.Gosched()\n\tprintln(ms.HeapAlloc > 0, runtime.NumGoroutine(), runtime.GOMAXPROCS(0), runtime.NumCPU())'),
    "runtime/debug": (["runtime/debug"], "", 'old := debug.SetGCPercent(50)\n\tdebug.SetMemoryLimit(1 << 30)\n'
                      '\tdebug.FreeOSMemory()\n\tvar st debug.GCStats\n\tdebug.ReadGCStats(&st)\n'
                      '\tprintln(old, st.NumGC, len(debug.Stack()))'),
    "sync/atomic": (["sync/atomic"], "", 'var n int64\n\tatomic.AddInt64(&n, 1)\n\tvar c atomic.Int64\n\tc.Add(2)\n'
                    '\tvar v atomic.Value\n\tv.Store(1)\n\tprintln(atomic.LoadInt64(&n), c.Load(), v.Load().(int))'),
    "encoding": (["encoding"], "", 'var m encoding.TextMarshaler\n\tprintln(m == nil)'),
    "unsafe": (["unsafe"], "", 'var x int64\n\tprintln(unsafe.Sizeof(x))'),
    "runtime/pprof": (["runtime/pprof", "os"], "", 'f, _ := os.Create("/dev/null")\n\tpprof.WriteHeapProfile(f)\n'
                      '\tprintln(pprof.Lookup("heap").Count(), len(pprof.Profiles()))'),
    # (built, never run: the server programs only have to link what they would serve with)
    "net": (["net"], "", 'l, err := net.Listen("tcp", "127.0.0.1:0")\n\tif err == nil {\n'
            '\t\tc, _ := l.Accept()\n\t\tb := make([]byte, 4)\n\t\tc.Read(b)\n\t\tc.Write(b)\n\t\tc.Close()\n'
            '\t\tprintln(l.Addr().String())\n\t}'),
    "net/url": (["net/url"], "", 'v, err := url.ParseQuery("a=1&b=2")\n\tu := &url.URL{Path: "/x", RawQuery: "q=1"}\n'
                '\tprintln(v.Get("a"), err == nil, u.String(), u.Query().Get("q"), url.QueryEscape("a b"))'),
    "net/http": (["net/http"], "", 'http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {\n'
                 '\t\tw.Header().Set("X", "1")\n\t\tw.WriteHeader(http.StatusOK)\n\t\tw.Write([]byte(r.URL.Path + r.FormValue("q")))\n'
                 '\t\thttp.Error(w, "e", http.StatusNotFound)\n\t})\n'
                 '\tif len(http.StatusText(200)) > 100 {\n\t\tprintln(http.ListenAndServe("localhost:6060", nil))\n\t}'),
    "net/http/pprof": (["net/http", "net/http/pprof"], "", 'if len(http.StatusText(200)) > 100 {\n'
                       '\t\tprintln(http.ListenAndServe("localhost:6060", nil))\n\t}\n\t_ = pprof.Index'),
}

# programs that import several packages: how well each model adds packages up
COMBINATIONS: list[list[str]] = [
    ["fmt", "strings", "sort"],
    ["fmt", "time"],
    ["os", "bufio"],
    ["fmt", "os", "bufio", "strconv"],
    ["fmt", "sync", "time", "math/rand"],
    ["log", "flag", "path/filepath"],
    ["strings", "strconv", "unicode", "bytes"],
    ["fmt", "errors", "io", "container/list", "runtime/debug"],
]


def find_go() -> str:
    go = os.environ.get("GO") or shutil.which("go") or "/usr/lib/go-1.23/bin/go"
    out = subprocess.run([go, "version"], capture_output=True, text=True, check=True).stdout
    if "go1.23" not in out:
        sys.exit(f"measure_go_globals: need go1.23, found: {out.strip()}")
    return go


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod", GOOS="linux", GOARCH="amd64",
               CGO_ENABLED="1")  # (the default where a C compiler is installed; the external link needs it)
    return env


def program_source(packages: list[str]) -> str:
    """A main package using each package of ``packages`` as USES says."""
    imports: list[str] = []
    decls: list[str] = []
    bodies: list[str] = []
    for p in packages:
        imps, decl, body = USES[p]
        imports += [i for i in imps if i not in imports]
        if decl and decl not in decls:
            decls.append(decl)
        bodies.append("\t{\n\t" + body + "\n\t}")
    imp = "".join(f'\t"{i}"\n' for i in imports)
    return ("package main\n\n" + (f"import (\n{imp})\n\n" if imports else "") + "".join(decls)
            + "\nfunc main() {\n" + "\n".join(bodies) + "\n}\n")


def build_and_read(go: str, src: str) -> dict:
    """Build ``src`` (a main package) and read its .data/.bss: section sizes and symbols.

    Go's internal linker leaves file-local symbols (static temporaries such as the backing
    array of a statically initialised slice, ``pkg..stmp_N``) out of the ELF symbol table,
    though they take room in the sections; a second build linked externally (where they are
    listed) supplies them. The sections' sizes are the internal link's (the default)."""
    with tempfile.TemporaryDirectory(prefix="goglobals") as d:
        Path(d, "go.mod").write_text("module goglobals\n\ngo 1.23\n")
        Path(d, "main.go").write_text(src)
        exe, ext = str(Path(d, "prog")), str(Path(d, "prog-ext"))
        for out, flags in ((exe, []), (ext, ["-ldflags=-linkmode=external"])):
            r = subprocess.run([go, "build", "-trimpath", *flags, "-o", out, "."], cwd=d, env=go_env(),
                               capture_output=True, text=True)
            if r.returncode != 0:
                raise RuntimeError(f"go build failed:\n{r.stderr}\n--- source ---\n{src}")
        sections, symbols = read_binary(go, exe)
        _, ext_symbols = read_binary(go, ext)
    for s in SECTIONS:
        for name, size in ext_symbols[s].items():
            if ".." in name and name not in symbols[s]:
                symbols[s][name] = size
    for s in SECTIONS:  # the layout model must reproduce what Go's linker did
        got = layout_size(list(symbols[s].values()))
        if got != sections[s]:
            print(f"warning: the layout of {s}'s symbols gives {got} B, Go's section is {sections[s]} B"
                  f" (program:\n{src})", file=sys.stderr)
    return {"sections": sections, "symbols": symbols}


def read_binary(go: str, exe: str) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """An executable's .data and .bss: their sizes and their symbols (name -> size)."""
    ranges: dict[str, tuple[int, int]] = {}
    out = subprocess.run(["readelf", "-SW", exe], capture_output=True, text=True, check=True).stdout
    for m in re.finditer(r"\]\s+(\.\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", out):
        if m.group(1) in SECTIONS:
            ranges[m.group(1)] = (int(m.group(2), 16), int(m.group(3), 16))
    nm = subprocess.run([go, "tool", "nm", "-size", "-type", "-sort", "address", exe],
                        capture_output=True, text=True, check=True).stdout
    symbols: dict[str, dict[str, int]] = {s: {} for s in SECTIONS}
    for line in nm.splitlines():
        parts = line.split(None, 3)
        if len(parts) < 4 or parts[2] not in "DdBb":
            continue
        addr, size, name = int(parts[0], 16), int(parts[1]), parts[3].strip()
        for s, (start, length) in ranges.items():
            # (the end markers runtime.edata/ebss sit just past their section: left out)
            if start <= addr < start + length:
                symbols[s][name] = size
    return {s: ranges[s][1] for s in SECTIONS}, symbols


def symbol_align(size: int) -> int:
    align = MAXALIGN
    while align > size and align > MINALIGN:
        align >>= 1
    return align


def layout_size(sizes: list[int]) -> int:
    """A section's size as Go's linker lays out symbols of these sizes."""
    end = 0
    for size in sorted(sizes):
        a = symbol_align(size)
        end = (end + a - 1) // a * a + size
    return end


def total(measured: dict) -> int:
    return sum(measured["sections"].values())


def is_program_symbol(name: str) -> bool:
    """The program's own symbols (main's variables and static temporaries), which depend on
    the use written here, not on the package."""
    return name.startswith("main.")


def delta_symbols(prog: dict, base: dict) -> dict[str, dict[str, int]]:
    return {s: {n: z for n, z in prog["symbols"][s].items()
                if n not in base["symbols"][s] and not is_program_symbol(n)} for s in SECTIONS}


# candidate models: (table, packages) -> predicted data+bss
def model_sum_of_deltas(table: dict, packages: list[str]) -> int:
    return table["base"]["total"] + sum(table["packages"][p]["delta_bytes"] for p in packages)


def model_union_sum(table: dict, packages: list[str]) -> int:
    seen: dict[str, dict[str, int]] = {s: dict(table["base"]["symbols"][s]) for s in SECTIONS}
    for p in packages:
        for s in SECTIONS:
            seen[s].update(table["packages"][p]["symbols"][s])
    return table["base"]["total"] + sum(
        z for s in SECTIONS for n, z in seen[s].items() if n not in table["base"]["symbols"][s])


def model_union_layout(table: dict, packages: list[str]) -> int:
    tot = 0
    for s in SECTIONS:
        syms = dict(table["base"]["symbols"][s])
        for p in packages:
            syms.update(table["packages"][p]["symbols"][s])
        tot += layout_size(list(syms.values()))
    return tot


MODELS = {"sum-of-deltas": model_sum_of_deltas, "union-sum": model_union_sum,
          "union-layout": model_union_layout}


def measure(go: str, jobs: int) -> dict:
    base = build_and_read(go, "package main\n\nfunc main() {}\n")
    version = subprocess.run([go, "version"], capture_output=True, text=True, check=True).stdout.split()[2]
    table: dict = {
        "go_version": version, "goos": "linux", "goarch": "amd64",
        "how": ("tools/measure_go_globals.py: go build -trimpath (CGO_ENABLED=1, the default with a C compiler; no package here uses cgo) of small programs; "
                "section sizes from readelf -SW, symbols from go tool nm -size -type assigned to "
                ".data/.bss by address. base = empty main. packages[p].symbols = the .data/.bss "
                "symbols of a program using p as packages[p].use does, minus the base's and the "
                "program's own (main.*). Model: union-layout (see the tool's docstring)."),
        "maxalign": MAXALIGN,
        "base": {"sections": base["sections"], "total": total(base), "symbols": base["symbols"]},
        "packages": {},
        "combinations": [],
    }
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        singles = dict(zip(USES, ex.map(lambda p: build_and_read(go, program_source([p])), USES)))
        combos = list(ex.map(lambda ps: build_and_read(go, program_source(ps)), COMBINATIONS))
    for p, prog in singles.items():
        imps, decl, body = USES[p]
        table["packages"][p] = {
            "use": {"imports": imps, "main": body.replace("\n\t", "\n").split("\n"), "decls": decl},
            "sections": prog["sections"], "delta_bytes": total(prog) - total(base),
            "symbols": delta_symbols(prog, base),
        }
    for ps, prog in zip(COMBINATIONS, combos):
        got = total(prog)
        table["combinations"].append({
            "packages": ps, "measured": got,
            "predicted": {name: model(table, ps) for name, model in MODELS.items()},
        })
    return table


def report(table: dict) -> None:
    print(f"{table['go_version']} {table['goos']}/{table['goarch']}: base {table['base']['total']} B "
          f"(.data {table['base']['sections']['.data']}, .bss {table['base']['sections']['.bss']})")
    for p, e in table["packages"].items():
        pred = model_union_layout(table, [p])
        print(f"  {p:16} +{e['delta_bytes']:7d} B  (union-layout {pred - table['base']['total']:+d})")
    worst = {name: 0.0 for name in MODELS}
    for c in table["combinations"]:
        row = "  ".join(f"{n} {v - c['measured']:+6d}" for n, v in c["predicted"].items())
        print(f"  {'+'.join(c['packages']):40} {c['measured']:7d}  {row}")
        for n, v in c["predicted"].items():
            worst[n] = max(worst[n], abs(v - c["measured"]) / c["measured"])
    print("  worst relative error: " + ", ".join(f"{n} {w:.3%}" for n, w in worst.items()))


def write_goldens(go: str, jobs: int) -> None:
    """tests/runtime/goglobals/NAME.go -> golden.json {NAME: {.data, .bss, total}}."""
    progs = sorted(GOLDEN_DIR.glob("*.go"))
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        results = list(ex.map(lambda p: build_and_read(go, p.read_text()), progs))
    golden = {p.stem: {**r["sections"], "total": total(r),
                       "main_symbols": {s: {n: z for n, z in r["symbols"][s].items() if is_program_symbol(n)}
                                        for s in SECTIONS}}
              for p, r in zip(progs, results)}
    (GOLDEN_DIR / "golden.json").write_text(json.dumps(golden, indent=1, sort_keys=True) + "\n")
    for name, g in golden.items():
        print(f"  {name:24} .data {g['.data']:6d}  .bss {g['.bss']:7d}  total {g['total']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--goldens", action="store_true", help="also write tests/runtime/goglobals/golden.json")
    ap.add_argument("--check", action="store_true", help="measure and report, write nothing")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    go = find_go()
    table = measure(go, args.jobs)
    report(table)
    if not args.check:
        TABLE.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n")
        print(f"wrote {TABLE.relative_to(ROOT)}")
        if args.goldens:
            write_goldens(go, args.jobs)


if __name__ == "__main__":
    main()
