"""Real Go's inlining facts for gomem's standard packages (generated: do not edit).

Regenerate with `python tools/regen_inline_std.py` (runs go build -a -gcflags=-m=2 on them).
FACTS: one exported function or method a line: gc's name at a call site, its inlining cost
(- when gc does not inline it), then the calls gc inlines inside its body (every level).
INTRINSICS: import path + name of the functions compiled to instructions on amd64.
PACKAGES: import path -> package name."""

PACKAGES = {
    'bufio': 'bufio',
    'bytes': 'bytes',
    'container/heap': 'heap',
    'container/list': 'list',
    'container/ring': 'ring',
    'context': 'context',
    'encoding': 'encoding',
    'errors': 'errors',
    'flag': 'flag',
    'fmt': 'fmt',
    'io': 'io',
    'io/ioutil': 'ioutil',
    'log': 'log',
    'math': 'math',
    'math/bits': 'bits',
    'math/rand': 'rand',
    'os': 'os',
    'path': 'path',
    'path/filepath': 'filepath',
    'runtime': 'runtime',
    'sort': 'sort',
    'strconv': 'strconv',
    'strings': 'strings',
    'sync': 'sync',
    'sync/atomic': 'atomic',
    'time': 'time',
    'unicode': 'unicode',
    'unicode/utf8': 'utf8',
}

INTRINSICS = frozenset({
    'math.Ceil',
    'math.FMA',
    'math.Floor',
    'math.RoundToEven',
    'math.Trunc',
    'math.sqrt',
    'math/bits.Add',
    'math/bits.Add64',
    'math/bits.Div',
    'math/bits.Div64',
    'math/bits.Len',
    'math/bits.Len16',
    'math/bits.Len32',
    'math/bits.Len64',
    'math/bits.Len8',
    'math/bits.Mul',
    'math/bits.Mul64',
    'math/bits.OnesCount',
    'math/bits.OnesCount16',
    'math/bits.OnesCount32',
    'math/bits.OnesCount64',
    'math/bits.RotateLeft',
    'math/bits.RotateLeft16',
    'math/bits.RotateLeft32',
    'math/bits.RotateLeft64',
    'math/bits.RotateLeft8',
    'math/bits.Sub',
    'math/bits.Sub64',
    'math/bits.TrailingZeros16',
    'math/bits.TrailingZeros32',
    'math/bits.TrailingZeros64',
    'math/bits.TrailingZeros8',
    'runtime.KeepAlive',
    'runtime.getcallerpc',
    'runtime.getcallersp',
    'runtime.getclosureptr',
    'runtime.slicebytetostringtmp',
    'sync.runtime_LoadAcquintptr',
    'sync.runtime_StoreReluintptr',
    'sync/atomic.AddInt32',
    'sync/atomic.AddInt64',
    'sync/atomic.AddUint32',
    'sync/atomic.AddUint64',
    'sync/atomic.AddUintptr',
    'sync/atomic.CompareAndSwapInt32',
    'sync/atomic.CompareAndSwapInt64',
    'sync/atomic.CompareAndSwapUint32',
    'sync/atomic.CompareAndSwapUint64',
    'sync/atomic.CompareAndSwapUintptr',
    'sync/atomic.LoadInt32',
    'sync/atomic.LoadInt64',
    'sync/atomic.LoadPointer',
    'sync/atomic.LoadUint32',
    'sync/atomic.LoadUint64',
    'sync/atomic.LoadUintptr',
    'sync/atomic.StoreInt32',
    'sync/atomic.StoreInt64',
    'sync/atomic.StoreUint32',
    'sync/atomic.StoreUint64',
    'sync/atomic.StoreUintptr',
    'sync/atomic.SwapInt32',
    'sync/atomic.SwapInt64',
    'sync/atomic.SwapUint32',
    'sync/atomic.SwapUint64',
    'sync/atomic.SwapUintptr',
})

FACTS = """\
atomic.(*Bool).CompareAndSwap 22 atomic.b32 atomic.b32
atomic.(*Bool).Load 6
atomic.(*Bool).Store 12 atomic.b32
atomic.(*Bool).Swap 15 atomic.b32
atomic.(*Int32).Add 5
atomic.(*Int32).And 62
atomic.(*Int32).CompareAndSwap 6
atomic.(*Int32).Load 4
atomic.(*Int32).Or 62
atomic.(*Int32).Store 4
atomic.(*Int32).Swap 5
atomic.(*Int64).Add 5
atomic.(*Int64).And 62
atomic.(*Int64).CompareAndSwap 6
atomic.(*Int64).Load 4
atomic.(*Int64).Or 62
atomic.(*Int64).Store 4
atomic.(*Int64).Swap 5
atomic.(*Uint32).Add 5
atomic.(*Uint32).And 62
atomic.(*Uint32).CompareAndSwap 6
atomic.(*Uint32).Load 4
atomic.(*Uint32).Or 62
atomic.(*Uint32).Store 4
atomic.(*Uint32).Swap 5
atomic.(*Uint64).Add 5
atomic.(*Uint64).And 62
atomic.(*Uint64).CompareAndSwap 6
atomic.(*Uint64).Load 4
atomic.(*Uint64).Or 62
atomic.(*Uint64).Store 4
atomic.(*Uint64).Swap 5
atomic.(*Uintptr).Add 5
atomic.(*Uintptr).And 62
atomic.(*Uintptr).CompareAndSwap 6
atomic.(*Uintptr).Load 4
atomic.(*Uintptr).Or 62
atomic.(*Uintptr).Store 4
atomic.(*Uintptr).Swap 5
atomic.(*Value).CompareAndSwap -
atomic.(*Value).Load 47
atomic.(*Value).Store -
atomic.(*Value).Swap -
atomic.AddInt32 -
atomic.AddInt64 -
atomic.AddUint32 -
atomic.AddUint64 -
atomic.AddUintptr -
atomic.AndInt32 -
atomic.AndInt64 -
atomic.AndUint32 -
atomic.AndUint64 -
atomic.AndUintptr -
atomic.CompareAndSwapInt32 -
atomic.CompareAndSwapInt64 -
atomic.CompareAndSwapPointer -
atomic.CompareAndSwapUint32 -
atomic.CompareAndSwapUint64 -
atomic.CompareAndSwapUintptr -
atomic.LoadInt32 -
atomic.LoadInt64 -
atomic.LoadPointer -
atomic.LoadUint32 -
atomic.LoadUint64 -
atomic.LoadUintptr -
atomic.OrInt32 -
atomic.OrInt64 -
atomic.OrUint32 -
atomic.OrUint64 -
atomic.OrUintptr -
atomic.StoreInt32 -
atomic.StoreInt64 -
atomic.StorePointer -
atomic.StoreUint32 -
atomic.StoreUint64 -
atomic.StoreUintptr -
atomic.SwapInt32 -
atomic.SwapInt64 -
atomic.SwapPointer -
atomic.SwapUint32 -
atomic.SwapUint64 -
atomic.SwapUintptr -
bits.Add 15
bits.Add32 23
bits.Add64 21
bits.Div 15
bits.Div32 36
bits.Div64 - bits.LeadingZeros64
bits.LeadingZeros 6
bits.LeadingZeros16 6
bits.LeadingZeros32 6
bits.LeadingZeros64 6
bits.LeadingZeros8 6
bits.Len 4
bits.Len16 17
bits.Len32 27
bits.Len64 37
bits.Len8 5
bits.Mul 14
bits.Mul32 19
bits.Mul64 -
bits.OnesCount 4
bits.OnesCount16 13
bits.OnesCount32 29
bits.OnesCount64 51
bits.OnesCount8 5
bits.Rem 20 bits.Rem64
bits.Rem32 12
bits.Rem64 14
bits.Reverse 47 bits.Reverse64
bits.Reverse16 16
bits.Reverse32 43
bits.Reverse64 43
bits.Reverse8 4
bits.ReverseBytes 4
bits.ReverseBytes16 8
bits.ReverseBytes32 21
bits.ReverseBytes64 34
bits.RotateLeft 5
bits.RotateLeft16 18
bits.RotateLeft32 18
bits.RotateLeft64 18
bits.RotateLeft8 18
bits.Sub 15
bits.Sub32 23
bits.Sub64 23
bits.TrailingZeros 4
bits.TrailingZeros16 19
bits.TrailingZeros32 18
bits.TrailingZeros64 18
bits.TrailingZeros8 5
bufio.(*Reader).Buffered 6
bufio.(*Reader).Discard - bufio.(*Reader).Buffered bufio.(*Reader).Buffered bufio.(*Reader).readErr
bufio.(*Reader).Peek - bufio.(*Reader).readErr
bufio.(*Reader).Read - bufio.(*Reader).Buffered bufio.(*Reader).readErr bufio.(*Reader).readErr bufio.(*Reader).readErr bufio.(*Reader).readErr
bufio.(*Reader).ReadByte - bufio.(*Reader).readErr
bufio.(*Reader).ReadBytes -
bufio.(*Reader).ReadLine -
bufio.(*Reader).ReadRune - utf8.FullRune bufio.(*Reader).readErr
bufio.(*Reader).ReadSlice - bytes.IndexByte bufio.(*Reader).readErr bufio.(*Reader).Buffered
bufio.(*Reader).ReadString - strings.(*Builder).Write strings.(*Builder).Write strings.(*Builder).String strings.(*Builder).copyCheck strings.(*Builder).copyCheck abi.NoEscape abi.NoEscape
bufio.(*Reader).Reset 33 bufio.(*Reader).reset
bufio.(*Reader).Size 4
bufio.(*Reader).UnreadByte 49
bufio.(*Reader).UnreadRune 28
bufio.(*Reader).WriteTo - errors.New bufio.(*Reader).readErr
bufio.(*Scanner).Buffer 18
bufio.(*Scanner).Bytes 3
bufio.(*Scanner).Err 10
bufio.(*Scanner).Scan - bufio.(*Scanner).setErr bufio.(*Scanner).advance bufio.(*Scanner).setErr bufio.(*Scanner).setErr bufio.(*Scanner).setErr bufio.(*Scanner).setErr bufio.(*Scanner).setErr bufio.(*Scanner).setErr
bufio.(*Scanner).Split 10
bufio.(*Scanner).Text 4 errors.New
bufio.(*Writer).Available 7
bufio.(*Writer).AvailableBuffer 8
bufio.(*Writer).Buffered 3
bufio.(*Writer).Flush -
bufio.(*Writer).ReadFrom - bufio.(*Writer).Available bufio.(*Writer).Buffered bufio.(*Writer).Available
bufio.(*Writer).Reset 28
bufio.(*Writer).Size 4
bufio.(*Writer).Write - bufio.(*Writer).Available bufio.(*Writer).Buffered
bufio.(*Writer).WriteByte - bufio.(*Writer).Available
bufio.(*Writer).WriteRune - bufio.(*Writer).Available bufio.(*Writer).Available
bufio.(*Writer).WriteString - bufio.(*Writer).Available bufio.(*Writer).Buffered bufio.(*Writer).Buffered
bufio.NewReadWriter 7
bufio.NewReader 54 bufio.NewReaderSize bufio.(*Reader).reset
bufio.NewReaderSize 49 bufio.(*Reader).reset
bufio.NewScanner 9
bufio.NewWriter 43 bufio.NewWriterSize
bufio.NewWriterSize 38
bufio.ScanBytes 18
bufio.ScanLines - bytes.IndexByte bufio.dropCR bufio.dropCR
bufio.ScanRunes - utf8.FullRune
bufio.ScanWords - bufio.isSpace bufio.isSpace
bytes.(*Buffer).Available 8
bytes.(*Buffer).AvailableBuffer 7
bytes.(*Buffer).Bytes 6
bytes.(*Buffer).Cap 4
bytes.(*Buffer).Grow 78
bytes.(*Buffer).Len 7
bytes.(*Buffer).Next 51 bytes.(*Buffer).Len
bytes.(*Buffer).Read 66 bytes.(*Buffer).empty bytes.(*Buffer).Reset
bytes.(*Buffer).ReadByte 50 bytes.(*Buffer).empty bytes.(*Buffer).Reset
bytes.(*Buffer).ReadBytes 73
bytes.(*Buffer).ReadFrom -
bytes.(*Buffer).ReadRune - bytes.(*Buffer).empty bytes.(*Buffer).Reset
bytes.(*Buffer).ReadString 69
bytes.(*Buffer).Reset 15
bytes.(*Buffer).String 13
bytes.(*Buffer).Truncate 55 bytes.(*Buffer).Reset bytes.(*Buffer).Len
bytes.(*Buffer).UnreadByte 22
bytes.(*Buffer).UnreadRune 34 errors.New errors.New
bytes.(*Buffer).Write - bytes.(*Buffer).tryGrowByReslice
bytes.(*Buffer).WriteByte - bytes.(*Buffer).tryGrowByReslice
bytes.(*Buffer).WriteRune - bytes.(*Buffer).tryGrowByReslice utf8.AppendRune
bytes.(*Buffer).WriteString - bytes.(*Buffer).tryGrowByReslice
bytes.(*Buffer).WriteTo - bytes.(*Buffer).Len bytes.(*Buffer).Reset
bytes.(*Reader).Len 16
bytes.(*Reader).Read 28
bytes.(*Reader).ReadAt 41 errors.New
bytes.(*Reader).ReadByte 30
bytes.(*Reader).ReadRune -
bytes.(*Reader).Reset 10
bytes.(*Reader).Seek 66 errors.New errors.New
bytes.(*Reader).Size 4
bytes.(*Reader).UnreadByte 25 errors.New
bytes.(*Reader).UnreadRune 41 errors.New errors.New
bytes.(*Reader).WriteTo -
bytes.Clone 11
bytes.Compare 62
bytes.Contains 64
bytes.ContainsAny 64
bytes.ContainsFunc 70 bytes.IndexFunc
bytes.ContainsRune 64
bytes.Count -
bytes.Cut -
bytes.CutPrefix 36 bytes.HasPrefix bytes.Equal
bytes.CutSuffix 41 bytes.HasSuffix bytes.Equal
bytes.Equal 6
bytes.EqualFold -
bytes.Fields -
bytes.FieldsFunc -
bytes.HasPrefix 21 bytes.Equal
bytes.HasSuffix 23 bytes.Equal
bytes.Index - bytes.IndexByte bytes.Equal bytes.IndexByte bytes.Equal bytealg.Cutover bytes.IndexByte bytes.Equal
bytes.IndexAny - bytes.makeASCIISet bytes.(*asciiSet).contains
bytes.IndexByte 62
bytes.IndexFunc 63
bytes.IndexRune - bytes.IndexByte utf8.ValidRune
bytes.Join -
bytes.LastIndex - bytealg.LastIndexByte bytes.Equal
bytes.LastIndexAny - bytes.makeASCIISet bytes.(*asciiSet).contains
bytes.LastIndexByte 30 bytealg.LastIndexByte
bytes.LastIndexFunc 63
bytes.Map - utf8.AppendRune
bytes.NewBuffer 5
bytes.NewBufferString 6
bytes.NewReader 9
bytes.Repeat -
bytes.Replace -
bytes.ReplaceAll 64
bytes.Runes -
bytes.Split 64
bytes.SplitAfter 65
bytes.SplitAfterN 65
bytes.SplitN 64
bytes.Title -
bytes.ToLower -
bytes.ToLowerSpecial 64
bytes.ToTitle 62
bytes.ToTitleSpecial 64
bytes.ToUpper -
bytes.ToUpperSpecial 64
bytes.ToValidUTF8 -
bytes.Trim - bytes.trimRightByte bytes.trimLeftByte bytes.makeASCIISet bytes.trimRightASCII bytes.trimLeftASCII bytes.(*asciiSet).contains bytes.(*asciiSet).contains
bytes.TrimFunc - bytes.TrimLeftFunc
bytes.TrimLeft - bytes.trimLeftByte bytes.makeASCIISet bytes.trimLeftASCII bytes.(*asciiSet).contains
bytes.TrimLeftFunc 76
bytes.TrimPrefix 33 bytes.HasPrefix bytes.Equal
bytes.TrimRight - bytes.trimRightByte bytes.makeASCIISet bytes.trimRightASCII bytes.(*asciiSet).contains
bytes.TrimRightFunc -
bytes.TrimSpace -
bytes.TrimSuffix 38 bytes.HasSuffix bytes.Equal
context.AfterFunc -
context.Background 3
context.Cause - sync.(*Mutex).Lock
context.TODO 3
context.WithCancel - context.withCancel
context.WithCancelCause - context.withCancel
context.WithDeadline 72
context.WithDeadlineCause -
context.WithTimeout - context.WithDeadline
context.WithTimeoutCause -
context.WithValue - reflectlite.TypeOf abi.TypeOf reflectlite.toType abi.NoEscape reflectlite.toRType
context.WithoutCancel 12
errors.As - reflectlite.ValueOf reflectlite.Value.Type abi.(*Type).Kind reflectlite.Value.IsNil reflectlite.unpackEface reflectlite.Value.typ reflectlite.toRType reflectlite.flag.kind reflectlite.flag.kind abi.(*Type).Kind abi.(*Type).IfaceIndir abi.NoEscape
errors.Is - reflectlite.TypeOf abi.TypeOf reflectlite.toType abi.NoEscape reflectlite.toRType
errors.Join 54
errors.New 6
errors.Unwrap 79
filepath.Abs - filepath.abs
filepath.Base 61
filepath.Clean 61
filepath.Dir 61
filepath.EvalSymlinks - filepath.evalSymlinks
filepath.Ext 42 filepathlite.Ext filepathlite.IsPathSeparator
filepath.FromSlash 6 filepathlite.FromSlash
filepath.Glob 71
filepath.HasPrefix 24 strings.HasPrefix stringslite.HasPrefix
filepath.IsAbs 23 filepathlite.IsAbs stringslite.HasPrefix
filepath.IsLocal 69 filepathlite.IsLocal filepathlite.isLocal
filepath.Join 61
filepath.Localize 70
filepath.Match - strings.Contains strings.Index
filepath.Rel - filepath.VolumeName filepath.VolumeName filepath.Clean filepath.Clean filepath.sameWord filepathlite.VolumeNameLen filepath.sameWord errors.New filepath.sameWord errors.New filepathlite.VolumeName filepathlite.VolumeName filepathlite.volumeNameLen filepathlite.volumeNameLen filepathlite.FromSlash filepathlite.volumeNameLen filepathlite.FromSlash
filepath.Split 70 filepathlite.Split filepathlite.VolumeName filepathlite.IsPathSeparator filepathlite.volumeNameLen filepathlite.FromSlash
filepath.SplitList 80 filepath.splitList strings.Split
filepath.ToSlash 6 filepathlite.ToSlash
filepath.VolumeName 16 filepathlite.VolumeName filepathlite.volumeNameLen filepathlite.FromSlash
filepath.Walk -
filepath.WalkDir - fs.FileInfoToDirEntry
flag.(*FlagSet).Arg 17
flag.(*FlagSet).Args 3
flag.(*FlagSet).Bool - flag.(*FlagSet).BoolVar flag.newBoolValue
flag.(*FlagSet).BoolFunc 63
flag.(*FlagSet).BoolVar 72 flag.newBoolValue
flag.(*FlagSet).Duration - flag.(*FlagSet).DurationVar flag.newDurationValue
flag.(*FlagSet).DurationVar 72 flag.newDurationValue
flag.(*FlagSet).ErrorHandling 3
flag.(*FlagSet).Float64 - flag.(*FlagSet).Float64Var flag.newFloat64Value
flag.(*FlagSet).Float64Var 72 flag.newFloat64Value
flag.(*FlagSet).Func 63
flag.(*FlagSet).Init 8
flag.(*FlagSet).Int - flag.(*FlagSet).IntVar flag.newIntValue
flag.(*FlagSet).Int64 - flag.(*FlagSet).Int64Var flag.newInt64Value
flag.(*FlagSet).Int64Var 72 flag.newInt64Value
flag.(*FlagSet).IntVar 72 flag.newIntValue
flag.(*FlagSet).Lookup 5
flag.(*FlagSet).NArg 4
flag.(*FlagSet).NFlag 4
flag.(*FlagSet).Name 3
flag.(*FlagSet).Output 11
flag.(*FlagSet).Parse -
flag.(*FlagSet).Parsed 3
flag.(*FlagSet).PrintDefaults -
flag.(*FlagSet).Set 62
flag.(*FlagSet).SetOutput 4
flag.(*FlagSet).String - flag.(*FlagSet).StringVar flag.newStringValue
flag.(*FlagSet).StringVar 72 flag.newStringValue
flag.(*FlagSet).TextVar -
flag.(*FlagSet).Uint - flag.(*FlagSet).UintVar flag.newUintValue
flag.(*FlagSet).Uint64 - flag.(*FlagSet).Uint64Var flag.newUint64Value
flag.(*FlagSet).Uint64Var 72 flag.newUint64Value
flag.(*FlagSet).UintVar 72 flag.newUintValue
flag.(*FlagSet).Var - strings.HasPrefix strings.Contains stringslite.HasPrefix strings.Index
flag.(*FlagSet).Visit -
flag.(*FlagSet).VisitAll -
flag.Arg 21 flag.(*FlagSet).Arg
flag.Args 3
flag.Bool 63
flag.BoolFunc 68 flag.(*FlagSet).BoolFunc
flag.BoolVar 72 flag.newBoolValue
flag.Duration 63
flag.DurationVar 72 flag.newDurationValue
flag.Float64 63
flag.Float64Var 72 flag.newFloat64Value
flag.Func 68 flag.(*FlagSet).Func
flag.Int 63
flag.Int64 63
flag.Int64Var 72 flag.newInt64Value
flag.IntVar 72 flag.newIntValue
flag.Lookup 5
flag.NArg 4
flag.NFlag 4
flag.NewFlagSet 18
flag.Parse 62
flag.Parsed 6 flag.NewFlagSet flag.(*FlagSet).Parsed
flag.PrintDefaults 59
flag.Set 62
flag.String 63
flag.StringVar 72 flag.newStringValue
flag.TextVar -
flag.Uint 63
flag.Uint64 63
flag.Uint64Var 72 flag.newUint64Value
flag.UintVar 72 flag.newUintValue
flag.UnquoteUsage -
flag.Var 62
flag.Visit 60
flag.VisitAll 60
fmt.Append -
fmt.Appendf -
fmt.Appendln -
fmt.Errorf - errors.New slices.Sort[go.shape.[]int,go.shape.int]
fmt.FormatString - utf8.AppendRune
fmt.Fprint -
fmt.Fprintf -
fmt.Fprintln -
fmt.Fscan -
fmt.Fscanf -
fmt.Fscanln -
fmt.Print 72
fmt.Printf 73
fmt.Println 72
fmt.Scan 72
fmt.Scanf 73
fmt.Scanln 72
fmt.Sprint -
fmt.Sprintf -
fmt.Sprintln -
fmt.Sscan 73
fmt.Sscanf 74
fmt.Sscanln 73
heap.Fix -
heap.Init -
heap.Pop -
heap.Push -
heap.Remove -
io.(*LimitedReader).Read -
io.(*OffsetWriter).Seek 36
io.(*OffsetWriter).Write 72
io.(*OffsetWriter).WriteAt -
io.(*PipeReader).Close 65 io.(*PipeReader).CloseWithError
io.(*PipeReader).CloseWithError 61
io.(*PipeReader).Read 70
io.(*PipeWriter).Close 68 io.(*PipeWriter).CloseWithError
io.(*PipeWriter).CloseWithError 64
io.(*PipeWriter).Write 73
io.(*SectionReader).Outer 7
io.(*SectionReader).Read - errors.New errors.New
io.(*SectionReader).ReadAt - io.(*SectionReader).Size
io.(*SectionReader).Seek 42
io.(*SectionReader).Size 6
io.Copy 72
io.CopyBuffer -
io.CopyN - io.LimitReader io.Copy
io.LimitReader 8
io.MultiReader 16
io.MultiWriter 46
io.NewOffsetWriter 9
io.NewSectionReader 31
io.NopCloser 23
io.Pipe 22
io.ReadAll -
io.ReadAtLeast -
io.ReadFull 73
io.TeeReader 8
io.WriteString -
ioutil.NopCloser 27 io.NopCloser
ioutil.ReadAll 70
ioutil.ReadDir - os.Open os.(*File).Close
ioutil.ReadFile 70
ioutil.TempDir 71
ioutil.TempFile 71
ioutil.WriteFile 63
list.(*Element).Next 22
list.(*Element).Prev 22
list.(*List).Back 11
list.(*List).Front 11
list.(*List).Init 16
list.(*List).InsertAfter 49 list.(*List).insertValue list.(*List).insert
list.(*List).InsertBefore 50 list.(*List).insertValue list.(*List).insert
list.(*List).Len 3
list.(*List).MoveAfter 55 list.(*List).move
list.(*List).MoveBefore 56 list.(*List).move
list.(*List).MoveToBack 54 list.(*List).move
list.(*List).MoveToFront 52 list.(*List).move
list.(*List).PushBack 70 list.(*List).lazyInit list.(*List).insertValue list.(*List).Init list.(*List).insert
list.(*List).PushBackList - list.(*List).lazyInit list.(*List).Len list.(*List).Front list.(*Element).Next list.(*List).insertValue list.(*List).Init list.(*List).insert
list.(*List).PushFront 68 list.(*List).lazyInit list.(*List).insertValue list.(*List).Init list.(*List).insert
list.(*List).PushFrontList - list.(*List).lazyInit list.(*List).Len list.(*List).Back list.(*Element).Prev list.(*List).insertValue list.(*List).Init list.(*List).insert
list.(*List).Remove 39 list.(*List).remove
list.New 19 list.(*List).Init
log.(*Logger).Fatal -
log.(*Logger).Fatalf -
log.(*Logger).Fatalln -
log.(*Logger).Flags 10 atomic.(*Int32).Load
log.(*Logger).Output -
log.(*Logger).Panic -
log.(*Logger).Panicf -
log.(*Logger).Panicln -
log.(*Logger).Prefix 23 atomic.(*Pointer[go.shape.string]).Load
log.(*Logger).Print 77
log.(*Logger).Printf 77
log.(*Logger).Println 77
log.(*Logger).SetFlags 10 atomic.(*Int32).Store
log.(*Logger).SetOutput - sync.(*Mutex).Lock
log.(*Logger).SetPrefix 69 atomic.(*Pointer[go.shape.string]).Store
log.(*Logger).Writer - sync.(*Mutex).Lock
log.Default 2
log.Fatal -
log.Fatalf -
log.Fatalln -
log.Flags 13 log.(*Logger).Flags atomic.(*Int32).Load
log.New - log.(*Logger).SetPrefix log.(*Logger).SetFlags atomic.(*Pointer[go.shape.string]).Store atomic.(*Int32).Store
log.Output 64
log.Panic -
log.Panicf -
log.Panicln -
log.Prefix 26 log.(*Logger).Prefix atomic.(*Pointer[go.shape.string]).Load
log.Print 77
log.Printf 77
log.Println 77
log.SetFlags 13 log.(*Logger).SetFlags atomic.(*Int32).Store
log.SetOutput 60
log.SetPrefix 72 log.(*Logger).SetPrefix atomic.(*Pointer[go.shape.string]).Store
log.Writer 60
math.Abs 14 math.Float64bits math.Float64frombits
math.Acos 71 math.acos math.Asin
math.Acosh 61
math.Asin 61
math.Asinh 61
math.Atan 61
math.Atan2 62
math.Atanh 61
math.Cbrt 61
math.Ceil 61
math.Copysign 23 math.Float64bits math.Float64bits math.Float64frombits
math.Cos 61
math.Cosh 61
math.Dim 15
math.Erf 61
math.Erfc 61
math.Erfcinv 63
math.Erfinv - math.IsNaN math.Inf math.NaN math.Log math.Sqrt math.Float64frombits math.Float64frombits
math.Exp 61
math.Exp2 61
math.Expm1 61
math.FMA - math.Float64bits math.Float64bits math.Float64bits math.split math.split math.split math.shl math.lz math.shl math.nonzero math.Float64frombits math.nonzero math.zero math.nonzero math.Float64frombits bits.LeadingZeros64 bits.LeadingZeros64 bits.LeadingZeros64 bits.LeadingZeros64 bits.LeadingZeros64
math.Float32bits 3
math.Float32frombits 3
math.Float64bits 3
math.Float64frombits 3
math.Floor 61
math.Frexp 70
math.Gamma - math.IsInf math.IsNaN math.NaN math.IsInf math.Inf math.Signbit math.Inf math.Inf math.Abs math.Sin math.Inf math.Abs math.IsInf math.Inf math.Float64frombits math.Float64frombits math.Float64bits math.Float64frombits math.Float64frombits math.Float64bits math.Float64frombits math.Float64frombits math.Float64bits math.Float64frombits math.Float64frombits
math.Hypot 62
math.Ilogb - math.IsNaN math.IsInf math.ilogb math.normalize math.Float64bits math.Abs math.Float64bits math.Float64frombits
math.Inf 21 math.Float64frombits
math.IsInf 16
math.IsNaN 4
math.J0 - math.IsNaN math.IsInf math.Abs math.Cos math.Sqrt math.Sqrt math.Float64bits math.Float64frombits
math.J1 - math.IsNaN math.IsInf math.Cos math.Sqrt math.Sqrt
math.Jn - math.IsNaN math.IsInf math.Sqrt math.Abs math.Log math.Float64bits math.Float64frombits
math.Ldexp 62
math.Lgamma - math.IsNaN math.IsInf math.Inf math.Log math.Inf math.Inf math.Abs math.Log math.Log math.Log math.Log math.Log math.Float64frombits math.Float64frombits math.Float64frombits math.Float64bits math.Float64frombits
math.Log 61
math.Log10 71 math.log10 math.Log
math.Log1p 61
math.Log2 61
math.Logb - math.Inf math.IsInf math.Inf math.IsNaN math.ilogb math.Float64frombits math.Float64frombits math.normalize math.Float64bits math.Abs math.Float64bits math.Float64frombits
math.Max 62
math.Min 62
math.Mod 62
math.Modf 70
math.NaN 7 math.Float64frombits
math.Nextafter - math.IsNaN math.IsNaN math.NaN math.Float64frombits math.Copysign math.Float64bits math.Float64frombits math.Float64bits math.Float64frombits math.Float64frombits math.Float64bits math.Float64bits math.Float64frombits
math.Nextafter32 - math.IsNaN math.IsNaN math.NaN math.Float32frombits math.Copysign math.Float32bits math.Float32frombits math.Float32bits math.Float32frombits math.Float64frombits math.Float64bits math.Float64bits math.Float64frombits
math.Pow 62
math.Pow10 77 math.Inf math.Float64frombits
math.Remainder 62
math.Round 57 math.Float64bits math.Float64frombits
math.RoundToEven 71 math.Float64bits math.Float64frombits
math.Signbit 11 math.Float64bits
math.Sin 61
math.Sincos - math.IsNaN math.IsInf math.NaN math.NaN math.Float64frombits math.Float64frombits
math.Sinh 61
math.Sqrt 4
math.Tan 61
math.Tanh 61
math.Trunc 61
math.Y0 - math.IsNaN math.NaN math.IsInf math.Inf math.Cos math.Sqrt math.Sqrt math.Log math.Log math.Float64frombits math.Float64frombits
math.Y1 - math.IsNaN math.NaN math.IsInf math.Inf math.Cos math.Sqrt math.Sqrt math.Log math.Float64frombits math.Float64frombits
math.Yn - math.IsNaN math.NaN math.IsInf math.Inf math.Inf math.Sqrt math.IsInf math.Float64frombits math.Float64frombits math.Float64frombits
os.(*File).Chdir - os.(*File).checkValid
os.(*File).Chmod 61
os.(*File).Chown - os.(*File).checkValid
os.(*File).Close 67
os.(*File).Fd 78
os.(*File).Name 4
os.(*File).Read - os.(*File).checkValid os.(*File).read
os.(*File).ReadAt - os.(*File).checkValid errors.New os.(*File).pread
os.(*File).ReadDir -
os.(*File).ReadFrom - os.(*File).checkValid
os.(*File).Readdir -
os.(*File).Readdirnames -
os.(*File).Seek - os.(*File).checkValid
os.(*File).SetDeadline 61
os.(*File).SetReadDeadline 61
os.(*File).SetWriteDeadline 61
os.(*File).Stat -
os.(*File).Sync - os.(*File).checkValid
os.(*File).SyscallConn 42 os.(*File).checkValid os.newRawConn
os.(*File).Truncate - os.(*File).checkValid
os.(*File).Write - errors.New os.(*File).checkValid os.(*File).write os.epipecheck
os.(*File).WriteAt - os.(*File).checkValid errors.New os.(*File).pwrite
os.(*File).WriteString 79
os.(*File).WriteTo - os.(*File).checkValid
os.(*LinkError).Error 72
os.(*LinkError).Unwrap 3
os.(*Process).Kill 68 os.(*Process).kill os.(*Process).Signal
os.(*Process).Release 60
os.(*Process).Signal 61
os.(*Process).Wait 69
os.(*ProcessState).ExitCode 29 syscall.WaitStatus.ExitStatus syscall.WaitStatus.Exited
os.(*ProcessState).Exited 13 os.(*ProcessState).exited syscall.WaitStatus.Exited
os.(*ProcessState).Pid 3
os.(*ProcessState).String - os.(*ProcessState).Sys syscall.WaitStatus.Exited syscall.WaitStatus.ExitStatus syscall.WaitStatus.Signaled syscall.WaitStatus.Signal syscall.WaitStatus.Stopped syscall.WaitStatus.StopSignal syscall.WaitStatus.StopSignal syscall.WaitStatus.TrapCause syscall.WaitStatus.TrapCause syscall.WaitStatus.Continued syscall.WaitStatus.CoreDump os.(*ProcessState).sys syscall.WaitStatus.Exited syscall.WaitStatus.Signaled syscall.WaitStatus.Stopped syscall.WaitStatus.Stopped syscall.WaitStatus.StopSignal syscall.WaitStatus.StopSignal syscall.WaitStatus.Signaled syscall.WaitStatus.Stopped syscall.WaitStatus.Stopped
os.(*ProcessState).Success 28 os.(*ProcessState).success syscall.WaitStatus.ExitStatus syscall.WaitStatus.Exited
os.(*ProcessState).Sys 7 os.(*ProcessState).sys
os.(*ProcessState).SysUsage 7 os.(*ProcessState).sysUsage
os.(*ProcessState).SystemTime 21 os.(*ProcessState).systemTime syscall.(*Timeval).Nano
os.(*ProcessState).UserTime 21 os.(*ProcessState).userTime syscall.(*Timeval).Nano
os.(*SyscallError).Error 66
os.(*SyscallError).Timeout 77
os.(*SyscallError).Unwrap 3
os.Chdir - testlog.Logger atomic.(*Value).Load
os.Chmod 62
os.Chown -
os.Chtimes -
os.Clearenv 59
os.CopyFS 78
os.Create 72
os.CreateTemp - errors.New os.TempDir os.joinPath os.IsExist os.tempDir os.IsPathSeparator
os.DirFS 3
os.Environ 60
os.Executable 69
os.Exit -
os.Expand -
os.ExpandEnv 62
os.FindProcess 70
os.Getegid 76 syscall.Getegid
os.Getenv -
os.Geteuid 76 syscall.Geteuid
os.Getgid 76 syscall.Getgid
os.Getgroups - os.NewSyscallError
os.Getpagesize 60
os.Getpid 76 syscall.Getpid
os.Getppid 76 syscall.Getppid
os.Getuid 76 syscall.Getuid
os.Getwd - os.SameFile os.NewSyscallError os.sameFile
os.Hostname 69
os.IsExist 62
os.IsNotExist 62
os.IsPathSeparator 4
os.IsPermission 62
os.IsTimeout - os.underlyingError
os.Lchown -
os.Link -
os.LookupEnv -
os.Lstat -
os.Mkdir - os.fixLongPath
os.MkdirAll - os.IsPathSeparator os.IsPathSeparator filepathlite.VolumeName filepathlite.volumeNameLen filepathlite.FromSlash
os.MkdirTemp - os.TempDir os.joinPath os.IsExist os.IsNotExist os.IsNotExist os.tempDir os.IsPathSeparator
os.NewFile - unix.HasNonblockFlag
os.NewSyscallError 14
os.Open 72
os.OpenFile -
os.Pipe - os.NewSyscallError
os.ReadDir -
os.ReadFile - os.Open
os.Readlink 70
os.Remove -
os.RemoveAll 61
os.Rename 62
os.SameFile 55 os.sameFile
os.Setenv - os.NewSyscallError
os.StartProcess -
os.Stat -
os.Symlink -
os.TempDir 76 os.tempDir
os.Truncate -
os.Unsetenv 61
os.UserCacheDir - errors.New
os.UserConfigDir - errors.New
os.UserHomeDir - errors.New
os.WriteFile - os.(*File).Close
path.Base - bytealg.LastIndexByteString
path.Clean - path.(*lazybuf).append path.(*lazybuf).index path.(*lazybuf).append path.(*lazybuf).append path.(*lazybuf).append path.(*lazybuf).append path.(*lazybuf).append path.(*lazybuf).string
path.Dir - path.Split bytealg.LastIndexByteString
path.Ext 33
path.IsAbs 11
path.Join -
path.Match -
path.Split 44 bytealg.LastIndexByteString
rand.(*Rand).ExpFloat64 - rand.(*Rand).Uint32 rand.(*Rand).Float64 math.Log rand.(*Rand).Float64 math.Exp rand.(*Rand).Int63 rand.(*Rand).Int63 rand.(*Rand).Int63
rand.(*Rand).Float32 - rand.(*Rand).Float64 rand.(*Rand).Int63
rand.(*Rand).Float64 79 rand.(*Rand).Int63
rand.(*Rand).Int 76 rand.(*Rand).Int63
rand.(*Rand).Int31 68 rand.(*Rand).Int63
rand.(*Rand).Int31n - rand.(*Rand).Int31 rand.(*Rand).Int31 rand.(*Rand).Int31 rand.(*Rand).Int63 rand.(*Rand).Int63 rand.(*Rand).Int63
rand.(*Rand).Int63 62
rand.(*Rand).Int63n - rand.(*Rand).Int63 rand.(*Rand).Int63 rand.(*Rand).Int63
rand.(*Rand).Intn -
rand.(*Rand).NormFloat64 - rand.(*Rand).Uint32 rand.absInt32 rand.(*Rand).Float64 math.Log rand.(*Rand).Float64 math.Log rand.(*Rand).Float64 math.Exp rand.(*Rand).Int63 rand.(*Rand).Int63 rand.(*Rand).Int63 rand.(*Rand).Int63
rand.(*Rand).Perm -
rand.(*Rand).Read -
rand.(*Rand).Seed -
rand.(*Rand).Shuffle -
rand.(*Rand).Uint32 68 rand.(*Rand).Int63
rand.(*Rand).Uint64 - rand.(*Rand).Int63 rand.(*Rand).Int63
rand.(*Zipf).Uint64 - rand.(*Rand).Float64 math.Log math.Exp rand.(*Rand).Int63
rand.ExpFloat64 -
rand.Float32 -
rand.Float64 - rand.(*Rand).Float64 rand.(*Rand).Int63
rand.Int - rand.(*Rand).Int rand.(*Rand).Int63
rand.Int31 - rand.(*Rand).Int31 rand.(*Rand).Int63
rand.Int31n -
rand.Int63 - rand.(*Rand).Int63
rand.Int63n -
rand.Intn -
rand.New 18
rand.NewSource 73 rand.newSource
rand.NewZipf - math.Log math.Exp math.Log math.Exp
rand.NormFloat64 -
rand.Perm -
rand.Read -
rand.Seed - rand.New
rand.Shuffle -
rand.Uint32 - rand.(*Rand).Uint32 rand.(*Rand).Int63
rand.Uint64 -
ring.(*Ring).Do - ring.(*Ring).Next ring.(*Ring).init
ring.(*Ring).Len 52 ring.(*Ring).Next ring.(*Ring).init
ring.(*Ring).Link 76 ring.(*Ring).Next ring.(*Ring).Prev ring.(*Ring).init ring.(*Ring).init
ring.(*Ring).Move 51 ring.(*Ring).init
ring.(*Ring).Next 21 ring.(*Ring).init
ring.(*Ring).Prev 21 ring.(*Ring).init
ring.(*Ring).Unlink - ring.(*Ring).Move ring.(*Ring).Link ring.(*Ring).init ring.(*Ring).Next ring.(*Ring).Prev ring.(*Ring).init ring.(*Ring).init
ring.New 49
runtime.(*Frames).Next - runtime.funcInfo.valid runtime.funcInfo._Func runtime.(*inlineUnwinder).srcFunc runtime.(*inlineUnwinder).isInlined runtime.inlineFrame.valid runtime.(*inlineUnwinder).srcFunc runtime.elideWrapperCalling runtime.srcFunc.name runtime.funcNameForPrint runtime.funcInfo.valid runtime.funcInfo.srcFunc runtime.funcInfo.srcFunc runtime.funcInfo.valid runtime.funcInfo.valid
runtime.(*Func).Entry - runtime.(*Func).raw runtime.(*_func).isInlined runtime.(*_func).funcInfo runtime.funcInfo.entry
runtime.(*Func).FileLine - runtime.(*Func).raw runtime.(*_func).isInlined runtime.(*Func).funcInfo runtime.(*Func).raw runtime.(*_func).funcInfo
runtime.(*Func).Name - runtime.(*Func).raw runtime.(*_func).isInlined runtime.funcNameForPrint runtime.(*Func).funcInfo runtime.funcname runtime.funcNameForPrint runtime.(*Func).raw runtime.(*_func).funcInfo runtime.funcInfo.valid
runtime.(*MemProfileRecord).InUseBytes 6
runtime.(*MemProfileRecord).InUseObjects 6
runtime.(*MemProfileRecord).Stack 26
runtime.(*PanicNilError).Error 2
runtime.(*PanicNilError).RuntimeError 0
runtime.(*Pinner).Pin - runtime.acquirem runtime.puintptr.ptr runtime.releasem
runtime.(*Pinner).Unpin - runtime.acquirem runtime.puintptr.ptr runtime.releasem
runtime.(*StackRecord).Stack 22
runtime.(*TypeAssertionError).Error - runtime.toRType runtime.toRType runtime.toRType runtime.toRType runtime.toRType
runtime.(*TypeAssertionError).RuntimeError 0
runtime.BlockProfile -
runtime.Breakpoint 59
runtime.CPUProfile 3
runtime.Caller - runtime.CallersFrames
runtime.Callers 69
runtime.CallersFrames 18
runtime.FuncForPC - runtime.funcInfo.valid runtime.(*inlineUnwinder).isInlined runtime.funcInfo._Func runtime.(*inlineUnwinder).srcFunc runtime.(*inlineUnwinder).fileLine runtime.funcInfo.entry runtime.srcFunc.name runtime.funcInfo.srcFunc runtime.funcInfo.valid
runtime.GC - atomic.(*Uint32).Load atomic.(*Uint32).Load runtime.Gosched atomic.(*Uint32).Load runtime.isSweepDone runtime.Gosched runtime.acquirem atomic.(*Uint32).Load runtime.releasem runtime.checkTimeouts runtime.(*activeSweep).isDone runtime.checkTimeouts atomic.(*Uint32).Load
runtime.GOMAXPROCS - runtime.lock runtime.unlock runtime.getLockRank runtime.lockWithRank runtime.unlockWithRank
runtime.GOROOT 72
runtime.Goexit -
runtime.GoroutineProfile - runtime.goroutineProfileInternal
runtime.Gosched 62 runtime.checkTimeouts
runtime.KeepAlive -
runtime.LockOSThread - runtime.dolockOSThread runtime.(*guintptr).set runtime.(*muintptr).set
runtime.MemProfile -
runtime.MutexProfile -
runtime.NumCPU 3
runtime.NumCgoCall 32
runtime.NumGoroutine 46 runtime.gcount atomic.(*Int32).Load
runtime.ReadMemStats -
runtime.ReadTrace -
runtime.SetBlockProfileRate -
runtime.SetCPUProfileRate - runtime.lock runtime.unlock runtime.nanotime runtime.unlock runtime.getLockRank runtime.lockWithRank runtime.unlockWithRank runtime.unlockWithRank
runtime.SetCgoTraceback -
runtime.SetFinalizer - runtime.efaceOf runtime.toRType runtime.inUserArenaChunk runtime.isGoPointerWithoutSpan runtime.spanClass.noscan runtime.heapBitsInSpan runtime.spanClass.sizeclass abi.(*Type).Pointers runtime.efaceOf runtime.spanOf runtime.arenaIndex runtime.arenaIdx.l2 runtime.arenaIdx.l1 runtime.arenaIdx.l2
runtime.SetMutexProfileFraction 21
runtime.Stack -
runtime.StartTrace - runtime.traceEnabled runtime.traceShuttingDown runtime.semacquire runtime.semrelease runtime.semacquire runtime.traceNextGen atomic.(*Uintptr).Store atomic.(*Uintptr).Store runtime.lock runtime.offAddr.addr atomic.(*Int32).Load atomic.(*Uintptr).Store atomic.(*Int32).Load runtime.traceAcquire runtime.traceLocker.writer runtime.puintptr.ptr runtime.traceWriter.end runtime.traceRelease runtime.unlock runtime.semrelease atomic.(*Bool).Load runtime.getLockRank runtime.lockWithRank runtime.traceEnabled atomic.(*Uintptr).Add runtime.releasem runtime.unlockWithRank atomic.(*Uint8).Load
runtime.StopTrace 60
runtime.ThreadCreateProfile -
runtime.UnlockOSThread 48 runtime.dounlockOSThread
runtime.Version 2
sort.Find -
sort.Float64Slice.Len 3
sort.Float64Slice.Less 29 sort.isNaN sort.isNaN
sort.Float64Slice.Search - sort.SearchFloat64s
sort.Float64Slice.Sort 61
sort.Float64Slice.Swap 13
sort.Float64s 60
sort.Float64sAreSorted 73 sort.float64sAreSortedImpl slices.IsSorted[go.shape.[]float64,go.shape.float64] cmp.Less[go.shape.float64] cmp.isNaN[go.shape.float64] cmp.isNaN[go.shape.float64]
sort.IntSlice.Len 3
sort.IntSlice.Less 8
sort.IntSlice.Search - sort.SearchInts
sort.IntSlice.Sort 61
sort.IntSlice.Swap 13
sort.Ints 60
sort.IntsAreSorted 73 sort.intsAreSortedImpl slices.IsSorted[go.shape.[]int,go.shape.int] cmp.Less[go.shape.int] cmp.isNaN[go.shape.int] cmp.isNaN[go.shape.int]
sort.IsSorted -
sort.Reverse 6
sort.Search -
sort.SearchFloat64s 78
sort.SearchInts 78
sort.SearchStrings 78
sort.Slice - reflectlite.ValueOf reflectlite.unpackEface abi.(*Type).Kind abi.(*Type).IfaceIndir
sort.SliceIsSorted - reflectlite.ValueOf reflectlite.unpackEface abi.(*Type).Kind abi.(*Type).IfaceIndir
sort.SliceStable - reflectlite.ValueOf reflectlite.unpackEface abi.(*Type).Kind abi.(*Type).IfaceIndir
sort.Sort -
sort.Stable -
sort.StringSlice.Len 3
sort.StringSlice.Less 8
sort.StringSlice.Search - sort.SearchStrings
sort.StringSlice.Sort 61
sort.StringSlice.Swap 13
sort.Strings 60
sort.StringsAreSorted 73 sort.stringsAreSortedImpl slices.IsSorted[go.shape.[]string,go.shape.string] cmp.Less[go.shape.string] cmp.isNaN[go.shape.string] cmp.isNaN[go.shape.string]
strconv.(*NumError).Error - strconv.Quote strconv.quoteWith
strconv.(*NumError).Unwrap 3
strconv.AppendBool 10
strconv.AppendFloat 65
strconv.AppendInt - strconv.small
strconv.AppendQuote 65
strconv.AppendQuoteRune 65
strconv.AppendQuoteRuneToASCII 65
strconv.AppendQuoteRuneToGraphic 65
strconv.AppendQuoteToASCII 65
strconv.AppendQuoteToGraphic 65
strconv.AppendUint - strconv.small
strconv.Atoi - strconv.syntaxError strconv.syntaxError stringslite.Clone stringslite.Clone
strconv.CanBackquote -
strconv.FormatBool 6
strconv.FormatComplex - strconv.FormatFloat strconv.FormatFloat
strconv.FormatFloat 72
strconv.FormatInt - strconv.small
strconv.FormatUint - strconv.small
strconv.IsGraphic - strconv.isInGraphicList strconv.bsearch[go.shape.[]uint16,go.shape.uint16]
strconv.IsPrint - strconv.bsearch[go.shape.[]uint16,go.shape.uint16] strconv.bsearch[go.shape.[]uint16,go.shape.uint16] strconv.bsearch[go.shape.[]uint32,go.shape.uint32] strconv.bsearch[go.shape.[]uint16,go.shape.uint16]
strconv.Itoa 62
strconv.ParseBool 65 strconv.syntaxError stringslite.Clone
strconv.ParseComplex - strconv.convErr strconv.syntaxError strconv.convErr strconv.syntaxError stringslite.Clone stringslite.Clone stringslite.Clone stringslite.Clone
strconv.ParseFloat - strconv.syntaxError stringslite.Clone
strconv.ParseInt - strconv.syntaxError stringslite.Clone strconv.rangeError strconv.rangeError stringslite.Clone stringslite.Clone stringslite.Clone
strconv.ParseUint - strconv.syntaxError strconv.lower strconv.lower strconv.lower strconv.lower strconv.lower strconv.lower strconv.syntaxError strconv.syntaxError strconv.rangeError strconv.rangeError strconv.syntaxError stringslite.Clone stringslite.Clone stringslite.Clone stringslite.Clone stringslite.Clone stringslite.Clone
strconv.Quote 80 strconv.quoteWith
strconv.QuoteRune 73 strconv.quoteRuneWith
strconv.QuoteRuneToASCII 73 strconv.quoteRuneWith
strconv.QuoteRuneToGraphic 73 strconv.quoteRuneWith
strconv.QuoteToASCII 80 strconv.quoteWith
strconv.QuoteToGraphic 80 strconv.quoteWith
strconv.QuotedPrefix 72
strconv.Unquote -
strconv.UnquoteChar - strconv.unhex utf8.ValidRune
strings.(*Builder).Cap 4
strings.(*Builder).Grow - strings.(*Builder).copyCheck abi.NoEscape
strings.(*Builder).Len 4
strings.(*Builder).Reset 8
strings.(*Builder).String 8
strings.(*Builder).Write 41 strings.(*Builder).copyCheck abi.NoEscape
strings.(*Builder).WriteByte 39 strings.(*Builder).copyCheck abi.NoEscape
strings.(*Builder).WriteRune - strings.(*Builder).copyCheck utf8.AppendRune abi.NoEscape
strings.(*Builder).WriteString 41 strings.(*Builder).copyCheck abi.NoEscape
strings.(*Reader).Len 16
strings.(*Reader).Read 28
strings.(*Reader).ReadAt 41 errors.New
strings.(*Reader).ReadByte 30
strings.(*Reader).ReadRune -
strings.(*Reader).Reset 10
strings.(*Reader).Seek 66 errors.New errors.New
strings.(*Reader).Size 4
strings.(*Reader).UnreadByte 25 errors.New
strings.(*Reader).UnreadRune 41 errors.New errors.New
strings.(*Reader).WriteTo -
strings.(*Replacer).Replace - sync.(*Once).Do atomic.(*Uint32).Load
strings.(*Replacer).WriteString - sync.(*Once).Do atomic.(*Uint32).Load
strings.Clone 29 stringslite.Clone
strings.Compare 67 bytealg.CompareString
strings.Contains 69 strings.Index
strings.ContainsAny 64
strings.ContainsFunc 64
strings.ContainsRune 64
strings.Count - strings.Index
strings.Cut 75
strings.CutPrefix 43 stringslite.CutPrefix stringslite.HasPrefix
strings.CutSuffix 48 stringslite.CutSuffix stringslite.HasSuffix
strings.EqualFold -
strings.Fields -
strings.FieldsFunc -
strings.HasPrefix 19 stringslite.HasPrefix
strings.HasSuffix 21 stringslite.HasSuffix
strings.Index 62
strings.IndexAny - strings.makeASCIISet strings.(*asciiSet).contains
strings.IndexByte 67 stringslite.IndexByte
strings.IndexFunc - strings.indexFunc
strings.IndexRune - strings.IndexByte utf8.ValidRune strings.Index stringslite.IndexByte
strings.Join - strings.(*Builder).WriteString strings.(*Builder).WriteString strings.(*Builder).WriteString strings.(*Builder).String strings.(*Builder).copyCheck strings.(*Builder).copyCheck strings.(*Builder).copyCheck abi.NoEscape abi.NoEscape abi.NoEscape
strings.LastIndex - bytealg.LastIndexByteString bytealg.HashStrRev[go.shape.string]
strings.LastIndexAny - strings.makeASCIISet strings.(*asciiSet).contains
strings.LastIndexByte 30 bytealg.LastIndexByteString
strings.LastIndexFunc 63
strings.Map - utf8.RuneLen strings.(*Builder).WriteString strings.(*Builder).Cap strings.(*Builder).WriteByte strings.(*Builder).String strings.(*Builder).copyCheck strings.(*Builder).copyCheck abi.NoEscape abi.NoEscape
strings.NewReader 9
strings.NewReplacer 17
strings.Repeat - strings.HasPrefix strings.HasPrefix strings.HasPrefix strings.HasPrefix strings.HasPrefix strings.(*Builder).WriteString strings.(*Builder).Len strings.(*Builder).Len strings.(*Builder).Len strings.(*Builder).Len strings.(*Builder).String strings.(*Builder).WriteString strings.(*Builder).String stringslite.HasPrefix stringslite.HasPrefix stringslite.HasPrefix stringslite.HasPrefix stringslite.HasPrefix strings.(*Builder).copyCheck strings.(*Builder).copyCheck abi.NoEscape abi.NoEscape
strings.Replace - strings.Index strings.(*Builder).WriteString strings.(*Builder).WriteString strings.(*Builder).WriteString strings.(*Builder).String strings.(*Builder).copyCheck strings.(*Builder).copyCheck strings.(*Builder).copyCheck abi.NoEscape abi.NoEscape abi.NoEscape
strings.ReplaceAll 64
strings.Split 64
strings.SplitAfter 65
strings.SplitAfterN 65
strings.SplitN 64
strings.Title -
strings.ToLower - strings.(*Builder).WriteString strings.(*Builder).WriteByte strings.(*Builder).WriteString strings.(*Builder).String strings.(*Builder).copyCheck strings.(*Builder).copyCheck strings.(*Builder).copyCheck abi.NoEscape abi.NoEscape abi.NoEscape
strings.ToLowerSpecial 64
strings.ToTitle 62
strings.ToTitleSpecial 64
strings.ToUpper - strings.(*Builder).WriteString strings.(*Builder).WriteByte strings.(*Builder).WriteString strings.(*Builder).String strings.(*Builder).copyCheck strings.(*Builder).copyCheck strings.(*Builder).copyCheck abi.NoEscape abi.NoEscape abi.NoEscape
strings.ToUpperSpecial 64
strings.ToValidUTF8 - strings.(*Builder).WriteString strings.(*Builder).Cap strings.(*Builder).WriteByte strings.(*Builder).WriteString strings.(*Builder).WriteString strings.(*Builder).String strings.(*Builder).copyCheck strings.(*Builder).copyCheck strings.(*Builder).copyCheck strings.(*Builder).copyCheck abi.NoEscape abi.NoEscape abi.NoEscape abi.NoEscape
strings.Trim - strings.trimRightByte strings.trimLeftByte strings.makeASCIISet strings.trimRightASCII strings.trimLeftASCII strings.(*asciiSet).contains strings.(*asciiSet).contains
strings.TrimFunc -
strings.TrimLeft - strings.trimLeftByte strings.makeASCIISet strings.trimLeftASCII strings.(*asciiSet).contains
strings.TrimLeftFunc - strings.indexFunc
strings.TrimPrefix 31 stringslite.TrimPrefix stringslite.HasPrefix
strings.TrimRight - strings.trimRightByte strings.makeASCIISet strings.trimRightASCII strings.(*asciiSet).contains
strings.TrimRightFunc -
strings.TrimSpace -
strings.TrimSuffix 36 stringslite.TrimSuffix stringslite.HasSuffix
sync.(*Cond).Broadcast - sync.(*copyChecker).check
sync.(*Cond).Signal - sync.(*copyChecker).check
sync.(*Cond).Wait - sync.(*copyChecker).check
sync.(*Map).Clear - sync.(*Map).loadReadOnly sync.(*Mutex).Lock
sync.(*Map).CompareAndDelete - sync.(*Map).loadReadOnly sync.(*Mutex).Lock sync.(*Map).loadReadOnly sync.(*Mutex).Unlock
sync.(*Map).CompareAndSwap - sync.(*Map).loadReadOnly sync.(*Mutex).Lock
sync.(*Map).Delete 60
sync.(*Map).Load - sync.(*Map).loadReadOnly sync.(*Mutex).Lock sync.(*Map).loadReadOnly sync.(*Mutex).Unlock sync.(*entry).load
sync.(*Map).LoadAndDelete - sync.(*Map).loadReadOnly sync.(*Mutex).Lock sync.(*Map).loadReadOnly sync.(*Mutex).Unlock
sync.(*Map).LoadOrStore - sync.(*Map).loadReadOnly sync.(*Mutex).Lock sync.(*Map).loadReadOnly sync.(*entry).unexpungeLocked sync.newEntry sync.(*Mutex).Unlock
sync.(*Map).Range - sync.(*Map).loadReadOnly sync.(*Mutex).Lock sync.(*Map).loadReadOnly sync.(*Mutex).Unlock sync.(*entry).load
sync.(*Map).Store 64
sync.(*Map).Swap - sync.(*Map).loadReadOnly sync.(*Mutex).Lock sync.(*Map).loadReadOnly sync.(*entry).unexpungeLocked sync.(*entry).swapLocked sync.(*entry).swapLocked sync.newEntry sync.(*Mutex).Unlock
sync.(*Mutex).Lock 66
sync.(*Mutex).TryLock 27
sync.(*Mutex).Unlock 72
sync.(*Once).Do 69 atomic.(*Uint32).Load
sync.(*Pool).Get -
sync.(*Pool).Put -
sync.(*RWMutex).Lock - sync.(*Mutex).Lock atomic.(*Int32).Add atomic.(*Int32).Add
sync.(*RWMutex).RLock 77 atomic.(*Int32).Add
sync.(*RWMutex).RLocker 3
sync.(*RWMutex).RUnlock 78 atomic.(*Int32).Add
sync.(*RWMutex).TryLock - sync.(*Mutex).TryLock atomic.(*Int32).CompareAndSwap sync.(*Mutex).Unlock
sync.(*RWMutex).TryRLock 36 atomic.(*Int32).Load atomic.(*Int32).CompareAndSwap
sync.(*RWMutex).Unlock - atomic.(*Int32).Add race.Enable sync.(*Mutex).Unlock
sync.(*WaitGroup).Add - atomic.(*Uint64).Add atomic.(*Uint64).Load atomic.(*Uint64).Store
sync.(*WaitGroup).Done 60
sync.(*WaitGroup).Wait - atomic.(*Uint64).Load atomic.(*Uint64).CompareAndSwap atomic.(*Uint64).Load
sync.NewCond 5
sync.OnceFunc 49
time.(*Location).String 61
time.(*ParseError).Error -
time.(*Ticker).Reset -
time.(*Ticker).Stop 65
time.(*Time).GobDecode 61
time.(*Time).UnmarshalBinary - errors.New errors.New errors.New time.(*Time).setLoc time.(*Time).unixSec time.(*Time).setLoc time.(*Time).setLoc time.(*Time).stripMono time.(*Time).sec time.(*Time).stripMono time.(*Time).stripMono time.(*Time).sec time.(*Time).sec time.(*Time).sec
time.(*Time).UnmarshalJSON - errors.New
time.(*Time).UnmarshalText 70
time.(*Timer).Reset -
time.(*Timer).Stop 68
time.After 62
time.AfterFunc -
time.Date - time.norm time.norm time.norm time.norm time.norm time.daysSinceEpoch time.isLeap time.unixTime time.(*Time).setLoc time.(*Time).stripMono time.(*Time).sec
time.Duration.Abs 17
time.Duration.Hours 22
time.Duration.Microseconds 4
time.Duration.Milliseconds 4
time.Duration.Minutes 22
time.Duration.Nanoseconds 2
time.Duration.Round - time.lessThanHalf time.lessThanHalf
time.Duration.Seconds 22
time.Duration.String 75
time.Duration.Truncate 12
time.FixedZone -
time.LoadLocation - time.containsDotDot
time.LoadLocationFromTZData - time.(*dataIO).read time.(*dataIO).read time.(*dataIO).big4 time.(*dataIO).read time.(*dataIO).big4 time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read time.(*dataIO).rest time.(*dataIO).big4 time.(*dataIO).byte time.(*dataIO).byte time.byteString time.(*dataIO).big4 time.findZone time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read time.(*dataIO).read
time.Month.String 77 time.fmtInt
time.NewTicker -
time.NewTimer -
time.Now -
time.Parse -
time.ParseDuration - errors.New errors.New time.leadingInt[go.shape.string] errors.New time.leadingFraction errors.New errors.New errors.New errors.New errors.New errors.New errors.New
time.ParseInLocation -
time.Since - time.subMono
time.Sleep - godebug.New
time.Tick 68
time.Time.Add - time.(*Time).nsec time.(*Time).stripMono time.(*Time).sec
time.Time.AddDate - time.Time.Date time.(*Time).nsec time.Time.Location
time.Time.After - time.(*Time).sec time.(*Time).sec time.(*Time).nsec time.(*Time).nsec
time.Time.AppendFormat -
time.Time.Before - time.(*Time).sec time.(*Time).sec time.(*Time).nsec time.(*Time).nsec
time.Time.Clock - time.absClock
time.Time.Compare - time.(*Time).sec time.(*Time).sec time.(*Time).nsec time.(*Time).nsec
time.Time.Date 66
time.Time.Day 69
time.Time.Equal - time.(*Time).sec time.(*Time).sec time.(*Time).nsec time.(*Time).nsec
time.Time.Format -
time.Time.GoString - time.absClock time.Time.Nanosecond time.Time.Location time.(*Time).nsec
time.Time.GobEncode 69
time.Time.Hour 65
time.Time.ISOWeek - time.absWeekday
time.Time.In 63 time.(*Time).setLoc time.(*Time).stripMono time.(*Time).sec
time.Time.IsDST - time.Time.Unix time.(*Time).unixSec time.(*Time).sec
time.Time.IsZero 38 time.(*Time).sec time.(*Time).nsec
time.Time.Local 56 time.(*Time).setLoc time.(*Time).stripMono time.(*Time).sec
time.Time.Location 15
time.Time.MarshalBinary - time.Time.Location errors.New time.(*Time).sec time.(*Time).nsec
time.Time.MarshalJSON - errors.New
time.Time.MarshalText - errors.New
time.Time.Minute 65
time.Time.Month 69
time.Time.Nanosecond 11 time.(*Time).nsec
time.Time.Round - time.(*Time).stripMono time.lessThanHalf time.(*Time).sec
time.Time.Second 63
time.Time.String -
time.Time.Sub - time.subMono time.(*Time).sec time.(*Time).sec time.(*Time).nsec time.(*Time).nsec
time.Time.Truncate - time.(*Time).stripMono time.(*Time).sec
time.Time.UTC 57 time.(*Time).setLoc time.(*Time).stripMono time.(*Time).sec
time.Time.Unix 29 time.(*Time).unixSec time.(*Time).sec
time.Time.UnixMicro 44 time.(*Time).unixSec time.(*Time).nsec time.(*Time).sec
time.Time.UnixMilli 44 time.(*Time).unixSec time.(*Time).nsec time.(*Time).sec
time.Time.UnixNano 42 time.(*Time).unixSec time.(*Time).nsec time.(*Time).sec
time.Time.Weekday 76 time.absWeekday
time.Time.Year 69
time.Time.YearDay 71
time.Time.Zone - time.(*Time).unixSec time.(*Time).sec
time.Time.ZoneBounds - time.(*Time).unixSec time.unixTime time.(*Time).setLoc time.unixTime time.(*Time).setLoc time.(*Time).sec time.(*Time).stripMono time.(*Time).stripMono time.(*Time).sec time.(*Time).sec
time.Unix 50 time.unixTime
time.UnixMicro 61 time.Unix time.unixTime
time.UnixMilli 61 time.Unix time.unixTime
time.Until - time.subMono
time.Weekday.String 75 time.fmtInt
unicode.In 72
unicode.Is -
unicode.IsControl 16
unicode.IsDigit 74
unicode.IsGraphic - unicode.In
unicode.IsLetter 76
unicode.IsLower 76
unicode.IsMark 62
unicode.IsNumber 76
unicode.IsOneOf 72
unicode.IsPrint - unicode.In
unicode.IsPunct 76
unicode.IsSpace -
unicode.IsSymbol 76
unicode.IsTitle 68
unicode.IsUpper 76
unicode.SimpleFold -
unicode.SpecialCase.ToLower -
unicode.SpecialCase.ToTitle -
unicode.SpecialCase.ToUpper -
unicode.To 67
unicode.ToLower - unicode.To
unicode.ToTitle - unicode.To
unicode.ToUpper - unicode.To
utf8.AppendRune 72
utf8.DecodeLastRune - utf8.RuneStart
utf8.DecodeLastRuneInString - utf8.RuneStart
utf8.DecodeRune -
utf8.DecodeRuneInString -
utf8.EncodeRune -
utf8.FullRune 79
utf8.FullRuneInString 79
utf8.RuneCount -
utf8.RuneCountInString -
utf8.RuneLen 43
utf8.RuneStart 6
utf8.Valid -
utf8.ValidRune 23
utf8.ValidString -
"""
