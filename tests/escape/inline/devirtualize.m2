8:6: can inline T.M with cost 3
12:6: can inline (*P).M with cost 3
17:6: can inline mk with cost 5
19:6: can inline mk2 with cost 14
26:6: cannot inline use: function too complex: cost 561 exceeds budget 80
27:9: inlining call to mk
28:10: inlining call to mk2
34:12: devirtualizing x.M to T
34:12: inlining call to T.M
34:28: devirtualizing s.M to T
34:28: inlining call to T.M
34:36: devirtualizing p.M to *P
34:36: inlining call to (*P).M
34:44: partially devirtualizing e.M to Emb
34:52: devirtualizing o.M to Outer
34:52: inlining call to T.M
34:60: devirtualizing j.M to T
34:60: inlining call to T.M
