"""binarytrees: allocate and walk many short-lived binary trees
(Computer Language Benchmarks Game algorithm, single-threaded)."""

import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def bottom_up_tree(depth):
    if depth <= 0:
        return Node()
    return Node(bottom_up_tree(depth - 1), bottom_up_tree(depth - 1))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    min_depth = 4
    max_depth = max(min_depth + 2, n)

    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {bottom_up_tree(stretch_depth).check()}")

    long_lived = bottom_up_tree(max_depth)

    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += bottom_up_tree(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")

    print(f"long lived tree of depth {max_depth}\t check: {long_lived.check()}")


if __name__ == "__main__":
    main()
