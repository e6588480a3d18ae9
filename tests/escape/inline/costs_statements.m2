9:6: can inline (*T).PM with cost 3
15:6: cannot inline ext: marked go:noinline
17:6: can inline d01 with cost 20
17:25: can inline d01.func1 with cost 2
17:48: inlining call to d01.func1
18:6: cannot inline d02: unhandled op DEFER
18:14: can inline d02.deferwrap1 with cost 77
18:31: inlining call to fmt.Println
19:6: cannot inline d03: unhandled op DEFER
19:25: can inline d03.func1 with cost 3
20:6: can inline d04 with cost 12
20:31: inlining call to (*T).PM
21:6: can inline d05 with cost 14
26:6: can inline d06 with cost 8
35:6: can inline d07 with cost 12
44:6: can inline d08 with cost 78
44:25: inlining call to fmt.Println
45:6: can inline d09 with cost 25
46:7: can inline d09.func1 with cost 2
47:10: inlining call to d09.func1
49:6: can inline d10 with cost 18
49:19: can inline d10.func1 with cost 2
50:6: can inline d11 with cost 8
56:6: can inline d12 with cost 17
64:6: can inline d13 with cost 9
65:6: can inline d14 with cost 3
66:6: can inline d15 with cost 3
68:6: can inline d16 with cost 2
69:6: can inline d17 with cost 4
70:6: can inline d18 with cost 4
71:6: can inline d19 with cost 14
72:6: can inline d20 with cost 13
73:6: can inline d21 with cost 13
74:6: can inline d22 with cost 15
75:6: can inline d23 with cost 3
76:6: can inline d24 with cost 19
76:27: inlining call to d23
77:6: can inline d25 with cost 9
77:24: inlining call to d23
78:6: can inline d26 with cost 16
79:6: can inline d27 with cost 15
80:6: can inline d28 with cost 8
81:6: can inline d29 with cost 2
82:6: can inline d30 with cost 3
83:6: can inline d31 with cost 10
83:28: inlining call to d30
84:6: can inline d32 with cost 7
84:35: inlining call to d30
85:6: can inline d33 with cost 66
86:6: can inline d34 with cost 8
87:6: can inline d35 with cost 8
88:6: can inline d36 with cost 3
89:6: can inline d37 with cost 3
90:6: can inline d38 with cost 3
91:6: can inline d39 with cost 12
92:6: cannot inline d40: unhandled op DEFER
