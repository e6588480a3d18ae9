18:6: can inline s01 with cost 16
18:52: inlining call to bytes.(*Buffer).String
19:6: can inline s02 with cost 24
19:61: inlining call to strings.HasPrefix
19:61: inlining call to stringslite.HasPrefix
20:6: cannot inline s03: function too complex: cost 147 exceeds budget 80
20:44: inlining call to sync.(*Mutex).Lock
20:62: inlining call to sync.(*Mutex).Unlock
21:6: can inline s04 with cost 8
22:6: can inline s05 with cost 5
23:6: can inline s06 with cost 78
23:48: inlining call to fmt.Println
24:6: can inline s07 with cost 65
25:6: can inline s08 with cost 61
26:6: can inline s09 with cost 73
26:44: inlining call to atomic.(*Uint32).Load
26:44: inlining call to sync.(*Once).Do
27:6: can inline s10 with cost 11
27:59: inlining call to bytes.NewBuffer
28:6: can inline s11 with cost 61
29:6: can inline s12 with cost 51
29:50: inlining call to abi.NoEscape
29:50: inlining call to strings.(*Builder).WriteString
29:50: inlining call to strings.(*Builder).copyCheck
29:69: inlining call to strings.(*Builder).Len
30:6: can inline s13 with cost 8
30:62: inlining call to bits.TrailingZeros
31:6: can inline s14 with cost 47
31:56: inlining call to utf8.RuneLen
32:6: can inline s15 with cost 62
