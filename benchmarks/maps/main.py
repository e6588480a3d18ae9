"""maps: map-heavy workload. Inserts, lookups, deletes and iteration over
int-keyed dicts, word counting with str keys, string keys built with str(),
and tuple keys (a random walk counting visited points).
Every checksum is independent of dict iteration order."""

import sys

MODULUS = 1000000007

SYLLABLES = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
    "be", "da", "fe", "go", "hu", "ji", "po", "qu",
]  # fmt: skip


class Rand:
    """Park-Miller "minimal standard" generator."""

    __slots__ = ("state",)

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = self.state * 48271 % 2147483647
        return self.state

    def intn(self, n):
        return self.next() % n


def int_map(r, n):
    key_range = n // 2 + 1
    m = {}
    for i in range(n):
        k = r.intn(key_range)
        m[k] = m.get(k, 0) + i % 100 + 1
    size = len(m)

    hits = total_sum = 0
    for k in range(0, 2 * key_range, 2):
        v = m.get(k)
        if v is not None:
            hits += 1
            total_sum += v

    for k in range(0, key_range, 3):
        m.pop(k, None)
    for _ in range(n // 4):
        k = key_range + r.intn(key_range)
        m[k] = m.get(k, 0) + 1

    total = 0
    for k, v in m.items():
        total = (total + k * v) % MODULUS
    print(f"int map: size={size} hits={hits} sum={total_sum} final={len(m)} total={total}")


def word_count(r, n):
    counts = {}
    letters = 0
    ns = len(SYLLABLES)
    for _ in range(n):
        w = SYLLABLES[r.intn(ns)] + SYLLABLES[r.intn(ns)]
        if r.intn(4) == 0:
            w += SYLLABLES[r.intn(ns)]
        counts[w] = counts.get(w, 0) + 1
        letters += len(w)

    freqs = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    print(f"words: total={n} distinct={len(counts)} letters={letters}")
    for w, c in freqs[:5]:
        print(f"  {w} {c}")

    # Remove the rare words, then look every syllable pair up.
    for w in [w for w, c in counts.items() if c < 3]:
        del counts[w]
    found = weight = 0
    for a in SYLLABLES:
        for b in SYLLABLES:
            c = counts.get(a + b)
            if c is not None:
                found += 1
                weight += c
    print(f"words: kept={len(counts)} pairs={found} weight={weight}")


def string_keys(r, n):
    index = {}
    for i in range(n // 2):
        index["id" + str(i * 7)] = i
    hits = total = 0
    for _ in range(n):
        v = index.get("id" + str(r.intn(n * 4)))
        if v is not None:
            hits += 1
            total += v
    print(f"string keys: size={len(index)} hits={hits} sum={total}")


def random_walk(r, n):
    visits = {}
    x = y = 0
    for _ in range(n):
        d = r.intn(4)
        if d == 0:
            x += 1
        elif d == 1:
            x -= 1
        elif d == 2:
            y += 1
        else:
            y -= 1
        p = (x, y)
        visits[p] = visits.get(p, 0) + 1
    most, at = 0, (0, 0)
    checksum = 0
    for q, c in visits.items():
        if c > most or (c == most and q < at):
            most, at = c, q
        checksum = (checksum + (q[0] + 1000003) * (q[1] + 1000033) % MODULUS * c) % MODULUS
    print(f"walk: end=({x},{y}) distinct={len(visits)} most={most} at ({at[0]},{at[1]}) checksum={checksum}")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    r = Rand(42)
    int_map(r, n)
    word_count(r, n)
    string_keys(r, n)
    random_walk(r, n)


if __name__ == "__main__":
    main()
