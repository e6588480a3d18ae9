"""sort: sorting-heavy workload. A hand-written heapsort, list.sort,
bisect, sorting strings, sorting records with a multi-key key function, and
a stable sort by one key."""

import bisect
import sys

MODULUS = 1000000007


class Rand:
    """Park-Miller "minimal standard" generator."""

    __slots__ = ("state",)

    def __init__(self, seed):
        self.state = seed

    def intn(self, n):
        self.state = self.state * 48271 % 2147483647
        return self.state % n


def sift_down(a, root, end):
    while True:
        child = 2 * root + 1
        if child >= end:
            return
        if child + 1 < end and a[child] < a[child + 1]:
            child += 1
        if a[root] >= a[child]:
            return
        a[root], a[child] = a[child], a[root]
        root = child


def heap_sort(a):
    for i in range(len(a) // 2 - 1, -1, -1):
        sift_down(a, i, len(a))
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end)


class Person:
    __slots__ = ("id", "name", "age", "score")

    def __init__(self, id, name, age, score):
        self.id = id
        self.name = name
        self.age = age
        self.score = score


def order_checksum(people):
    s = 0
    for i, p in enumerate(people):
        s = (s + (i + 1) * (p.id + 7)) % MODULUS
    return s


def describe(p):
    return f"{p.name}/{p.age}/{p.score}"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    r = Rand(2024)

    # 1. Integers: hand-written heapsort against list.sort.
    a = [r.intn(1000000) for _ in range(n)]
    b = a[:]
    heap_sort(a)
    b.sort()
    same = a == b
    total = 0
    for i, x in enumerate(a):
        total = (total + x * (i % 1000 + 1)) % MODULUS
    if n > 0:
        print(
            f"ints: n={n} same={'true' if same else 'false'} min={a[0]} "
            f"median={a[n // 2]} max={a[-1]} sum={total}"
        )

    # 2. Binary search.
    found = idx_sum = 0
    for _ in range(n):
        q = r.intn(1000000)
        idx = bisect.bisect_left(a, q)
        if idx < n and a[idx] == q:
            found += 1
        idx_sum += idx
    print(f"search: found={found} idxsum={idx_sum}")

    # 3. Strings.
    m = n // 4 + 1
    keys = ["k" + str(r.intn(m * 2)) for _ in range(m)]
    keys.sort()
    distinct = 0
    for i, k in enumerate(keys):
        if i == 0 or k != keys[i - 1]:
            distinct += 1
    print(f"strings: n={m} distinct={distinct} first={keys[0]} last={keys[-1]}")

    # 4. Records with a multi-key sort, then a stable sort by one key.
    people = []
    for i in range(m):
        name = "p" + str(r.intn(m))
        age = 18 + r.intn(60)
        score = r.intn(1000)
        people.append(Person(i, name, age, score))
    people.sort(key=lambda p: (p.age, -p.score, p.name, p.id))
    print(f"people: first={describe(people[0])} last={describe(people[-1])} order={order_checksum(people)}")

    people.sort(key=lambda p: p.score // 100)
    print(f"stable: first={describe(people[0])} last={describe(people[-1])} order={order_checksum(people)}")


if __name__ == "__main__":
    main()
