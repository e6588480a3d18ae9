"""alloc: allocation throughput. Each round creates one object of each of six
kinds and stores it into a ring of 1024 slots, as main.go does."""

import sys

RING_SIZE = 1024


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Pair:
    __slots__ = ("next", "v")

    def __init__(self, next, v):
        self.next = next
        self.v = v


class Rec:
    __slots__ = ("a", "b", "c", "d", "e", "f")

    def __init__(self, a, b, c, d, e, f):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f


class Node:
    __slots__ = ("left", "right", "key", "name")

    def __init__(self, left, right, key, name):
        self.left = left
        self.right = right
        self.key = key
        self.name = name


class Box:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    names = ["a", "bb", "ccc"]
    points = [None] * RING_SIZE
    pairs = [None] * RING_SIZE
    recs = [None] * RING_SIZE
    nodes = [None] * RING_SIZE
    smalls = [None] * RING_SIZE
    bufs = [None] * RING_SIZE
    prev = None
    last = None
    for i in range(n):
        slot = i & (RING_SIZE - 1)
        k = i
        points[slot] = Point(k, k + 1)
        if slot == 0:
            prev = None
            last = None
        prev = Pair(prev, k)
        pairs[slot] = prev
        recs[slot] = Rec(k, k, k, k, k, k)
        last = Node(last, None, k, names[i % 3])
        nodes[slot] = last
        p = Box(0)
        p.v = i
        smalls[slot] = p
        b = [0] * 16
        b[slot & 15] = k
        bufs[slot] = b
    total = 0
    for i in range(RING_SIZE):
        total += points[i].x + pairs[i].v + recs[i].f + nodes[i].key + smalls[i].v + bufs[i][i & 15]
    print("objects:", 6 * n)
    print("checksum:", total)


main()
