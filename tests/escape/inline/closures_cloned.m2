8:6: can inline adder with cost 17
9:9: can inline adder.func1 with cost 5
9:9: can inline main.adder.func5 with cost 5
9:9: can inline main.adder.func6 with cost 5
15:6: can inline fibGen with cost 26
17:9: can inline fibGen.func1 with cost 14
17:9: can inline main.fibGen.func7 with cost 14
24:6: can inline apply with cost 61
26:6: can inline compose with cost 17
27:9: can inline main.compose.func8 with cost 14
27:9: cannot inline compose.func1: function too complex: cost 120 exceeds budget 80
30:6: cannot inline main: unhandled op DEFER
31:14: inlining call to adder
32:13: inlining call to fmt.Println
32:17: inlining call to main.adder.func5
32:25: inlining call to main.adder.func5
33:16: inlining call to adder
34:13: inlining call to fmt.Println
34:19: inlining call to main.adder.func6
34:27: inlining call to main.adder.func5
35:15: inlining call to fibGen
37:12: inlining call to fmt.Print
37:16: inlining call to main.fibGen.func7
39:12: can inline main.func1 with cost 4
40:13: inlining call to fmt.Println
40:20: inlining call to main.func1
40:30: inlining call to apply
40:30: inlining call to main.func1
41:12: can inline main.func2 with cost 4
42:13: inlining call to fmt.Println
42:21: inlining call to compose
42:37: inlining call to main.compose.func8
42:37: inlining call to main.func1
42:37: inlining call to main.func2
43:2: can inline main.func3 with cost 78
44:14: inlining call to fmt.Println
45:3: inlining call to fmt.Println
45:3: inlining call to main.func3
46:2: can inline main.deferwrap1 with cost 78
46:19: inlining call to fmt.Println
46:35: inlining call to main.adder.func5
47:2: can inline main.gowrap2 with cost 6
47:5: can inline main.func4 with cost 3
47:26: inlining call to main.func4
