5:6: can inline (*T).Inc with cost 4
6:6: can inline T.Get with cost 3
10:6: can inline small with cost 2
12:6: cannot inline a1: unhandled op DEFER
13:7: can inline a1.func1 with cost 6
13:25: inlining call to small
14:3: inlining call to a1.func1
14:3: inlining call to small
15:11: inlining call to small
16:2: can inline a1.deferwrap1 with cost 6
16:13: inlining call to (*T).Inc
17:7: can inline a1.func2 with cost 6
17:25: inlining call to small
21:6: can inline a2 with cost 10
21:29: inlining call to small
21:39: inlining call to small
23:6: cannot inline a3: unhandled op GO
23:21: can inline a3.func1 with cost 3
24:6: cannot inline a4: unhandled op DEFER
24:13: can inline a4.deferwrap1 with cost 3
25:6: can inline a5 with cost 10
26:6: can inline a6 with cost 3
27:6: can inline a7 with cost 3
28:6: can inline a8 with cost 3
29:6: can inline a9 with cost 4
30:6: can inline a10 with cost 4
31:6: can inline a11 with cost 12
31:35: inlining call to small
31:47: inlining call to small
32:6: can inline a12 with cost 6
32:33: inlining call to T.Get
33:6: can inline a13 with cost 7
33:34: inlining call to T.Get
34:6: can inline a14 with cost 11
34:28: inlining call to (*T).Inc
35:6: can inline a15 with cost 5
36:6: can inline a16 with cost 5
37:6: can inline a17 with cost 4
38:6: can inline a18 with cost 6
38:17: inlining call to d30
39:6: can inline d30 with cost 3
40:6: can inline a19 with cost 6
41:6: can inline a20 with cost 7
42:6: can inline a21 with cost 9
