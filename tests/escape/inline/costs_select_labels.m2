7:6: can inline f01 with cost 18
15:6: can inline f02 with cost 17
22:6: can inline f03 with cost 28
33:6: can inline f04 with cost 12
34:6: can inline f05 with cost 8
43:6: cannot inline f06: function too complex: cost 82 exceeds budget 80
43:23: inlining call to fmt.Print
44:6: cannot inline f07: function too complex: cost 82 exceeds budget 80
44:31: inlining call to fmt.Print
45:6: can inline f08 with cost 7
50:6: can inline f09 with cost 12
56:6: can inline f10 with cost 14
