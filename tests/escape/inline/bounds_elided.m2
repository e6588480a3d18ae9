12:6: cannot inline b01: function too complex: cost 83 exceeds budget 80
13:11: index bounds check elided
15:10: index bounds check elided
16:10: index bounds check elided
18:10: index bounds check elided
20:11: index bounds check elided
21:11: index bounds check elided
22:10: index bounds check elided
24:18: index bounds check elided
