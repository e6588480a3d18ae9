8:6: can inline adder with cost 17
9:9: can inline adder.func1 with cost 5
9:9: can inline main.adder.func4 with cost 5
9:9: can inline main.adder.func5 with cost 5
15:6: can inline fibGen with cost 26
17:9: can inline fibGen.func1 with cost 14
17:9: can inline main.fibGen.func6 with cost 14
24:6: can inline apply with cost 61
26:6: cannot inline main: unhandled op DEFER
27:14: inlining call to adder
28:13: inlining call to fmt.Println
28:17: inlining call to main.adder.func4
28:25: inlining call to main.adder.func4
29:16: inlining call to adder
30:13: inlining call to fmt.Println
30:19: inlining call to main.adder.func5
30:27: inlining call to main.adder.func4
31:15: inlining call to fibGen
33:12: inlining call to fmt.Print
33:16: inlining call to main.fibGen.func6
35:12: can inline main.func1 with cost 4
36:13: inlining call to fmt.Println
36:20: inlining call to main.func1
36:30: inlining call to apply
36:30: inlining call to main.func1
37:2: can inline main.func2 with cost 78
38:14: inlining call to fmt.Println
39:3: inlining call to fmt.Println
39:3: inlining call to main.func2
40:2: can inline main.deferwrap1 with cost 78
40:19: inlining call to fmt.Println
40:35: inlining call to main.adder.func4
41:2: can inline main.gowrap2 with cost 6
41:5: can inline main.func3 with cost 3
41:26: inlining call to main.func3
