5:6: can inline get with cost 4
5:35: index bounds check elided
7:6: can inline user with cost 22
10:11: index bounds check elided
10:11: inlining call to get
