"""fasta: generate DNA sequences (Computer Language Benchmarks Game "fasta"
algorithm): one by repeating a fixed sequence, two by weighted random
selection with a linear congruential generator. Instead of printing the
sequences it prints a summary: lengths, letter counts, first/last lines."""

import sys

IM = 139968
IA = 3877
IC = 29573
LINE_WIDTH = 60

ALU = (
    "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
    "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
    "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
    "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
    "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
    "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
    "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"
)

IUB = [
    ("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27),
    ("B", 0.02), ("D", 0.02), ("H", 0.02), ("K", 0.02),
    ("M", 0.02), ("N", 0.02), ("R", 0.02), ("S", 0.02),
    ("V", 0.02), ("W", 0.02), ("Y", 0.02),
]  # fmt: skip

HOMO_SAPIENS = [
    ("a", 0.3029549426680),
    ("c", 0.1979883004921),
    ("g", 0.1975473066391),
    ("t", 0.3015094502008),
]


class Random:
    __slots__ = ("last",)

    def __init__(self, seed):
        self.last = seed

    def next(self, max_value):
        self.last = (self.last * IA + IC) % IM
        return max_value * self.last / IM


def cumulative(genes):
    """Return the table with cumulative probabilities (a plain running sum)."""
    out = []
    p = 0.0
    for c, prob in genes:
        p += prob
        out.append((c, p))
    return out


def repeat_fasta(s, n):
    lines = []
    ss = s + s
    pos = 0
    while n > 0:
        line = min(LINE_WIDTH, n)
        lines.append(ss[pos : pos + line])
        pos += line
        if pos > len(s):
            pos -= len(s)
        n -= line
    lines.append("")
    return "\n".join(lines)


def random_fasta(rng, genes, n):
    default = genes[-1][0]
    chars = []
    for _ in range(n):
        r = rng.next(1.0)
        for c, p in genes:
            if r < p:
                chars.append(c)
                break
        else:
            chars.append(default)
    seq = "".join(chars)
    lines = [seq[i : i + LINE_WIDTH] for i in range(0, n, LINE_WIDTH)]
    lines.append("")
    return "\n".join(lines)


def summarize(header, seq, alphabet):
    lines = seq.removesuffix("\n").split("\n")
    print(f">{header}")
    print(f"  bytes={len(seq)} lines={len(lines)}")
    print("  counts " + " ".join(f"{c}:{seq.count(c)}" for c in alphabet))
    print(f"  first {lines[0]}")
    print(f"  last  {lines[-1]}")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    rng = Random(42)
    iub = cumulative(IUB)
    homo_sapiens = cumulative(HOMO_SAPIENS)

    summarize("ONE Homo sapiens alu", repeat_fasta(ALU, 2 * n), "ACGT")
    summarize("TWO IUB ambiguity codes", random_fasta(rng, iub, 3 * n), "acgtBDHKMNRSVWY")
    summarize("THREE Homo sapiens frequency", random_fasta(rng, homo_sapiens, 5 * n), "acgt")


if __name__ == "__main__":
    main()
