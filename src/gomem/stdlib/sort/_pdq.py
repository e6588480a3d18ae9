"""The unstable sort of sort.Sort and sort.Slice: pattern-defeating quicksort (O. Peters,
"Pattern-defeating Quicksort", 2021), with the parameters and choices of Go 1.23's variant, so
that less and swap are called in the same order as Go calls them. An unstable sort leaves
elements that compare equal in an order that depends on exactly those calls, so this is what
makes gomem's results equal Go's.

``pdqsort(less, swap, n)`` sorts the n elements behind ``less(i, j)`` and ``swap(i, j)``.

The method, for a range [lo, hi) of the data:

- at most 12 elements: straight insertion sort;
- a pivot is chosen among three samples at the quarters of the range (from 50 elements on,
  each sample is itself the median of three neighbours: Tukey's ninther); how many exchanges
  these three-element sorts needed tells whether the samples were all ascending (none) or all
  descending (every one: the range is reversed first);
- when the samples were ascending and the previous step split evenly without moving anything,
  the range is probably sorted: a partial insertion sort is tried, giving up after 5
  misplaced elements;
- the element just before the range (if any) is a pivot of an enclosing step, so it is no
  greater than anything in the range; when it is not less than the new pivot either, the
  range holds many copies of that value: those are gathered at the front and dropped;
- otherwise the range is partitioned around the pivot (noting whether no element had to
  move); the smaller side is sorted recursively and the larger one by the same loop;
- a badly unbalanced split (the smaller side under 1/8 of the range) makes the next step first
  exchange three elements near the middle with pseudo-random ones (a xorshift generator
  seeded with the range's length), and uses up one of log2(n)+1 allowed bad splits; when none
  are left, the range is heapsorted, bounding the worst case at O(n log n).
"""

from __future__ import annotations

from typing import Callable

Less = Callable[[int, int], bool]
Swap = Callable[[int, int], None]

_SMALL = 12  # ranges up to this size are insertion-sorted
_NINTHER_FROM = 50  # from this size on, the pivot samples are medians of three neighbours
_ALL_EXCHANGES = 12  # exchanges the four three-element sorts make on descending samples
_GIVE_UP_AFTER = 5  # misplaced elements the partial insertion sort fixes at most
_SHIFT_FROM = 50  # smaller ranges are not worth the partial insertion sort's shifting
_WORD = (1 << 64) - 1


def pdqsort(less: Less, swap: Swap, n: int) -> None:
    """sort.Sort / sort.Slice on n elements."""

    def insertion_sort(lo: int, hi: int) -> None:
        for i in range(lo + 1, hi):
            j = i
            while j > lo and less(j, j - 1):
                swap(j, j - 1)
                j -= 1

    def heapsort(lo: int, hi: int) -> None:
        size = hi - lo

        def sink(node: int, end: int) -> None:
            # move the value at heap position node down while a child is greater
            while True:
                child = 2 * node + 1
                if child >= end:
                    return
                if child + 1 < end and less(lo + child, lo + child + 1):
                    child += 1
                if not less(lo + node, lo + child):
                    return
                swap(lo + node, lo + child)
                node = child

        for node in range((size - 1) // 2, -1, -1):
            sink(node, size)
        for end in range(size - 1, -1, -1):
            swap(lo, lo + end)
            sink(0, end)

    def median3(x: int, y: int, z: int) -> tuple[int, int]:
        """The index of the middle value of x, y, z, and how many exchanges ordering the
        three indices took."""
        moved = 0
        if less(y, x):
            x, y = y, x
            moved += 1
        if less(z, y):
            y, z = z, y
            moved += 1
        if less(y, x):
            x, y = y, x
            moved += 1
        return y, moved

    def pick_pivot(lo: int, hi: int) -> tuple[int, int]:
        """(pivot index, exchanges made while choosing it)."""
        size = hi - lo
        quarter = size // 4
        x, y, z = lo + quarter, lo + 2 * quarter, lo + 3 * quarter
        moved = 0
        if size >= 8:
            if size >= _NINTHER_FROM:
                x, m1 = median3(x - 1, x, x + 1)
                y, m2 = median3(y - 1, y, y + 1)
                z, m3 = median3(z - 1, z, z + 1)
                moved = m1 + m2 + m3
            y, m = median3(x, y, z)
            moved += m
        return y, moved

    def flip(lo: int, hi: int) -> None:
        i, j = lo, hi - 1
        while i < j:
            swap(i, j)
            i += 1
            j -= 1

    def nearly_sorted(lo: int, hi: int) -> bool:
        """Try to finish [lo, hi) by fixing a few misplaced elements; True when sorted."""
        i = lo + 1
        for _ in range(_GIVE_UP_AFTER):
            while i < hi and not less(i, i - 1):
                i += 1
            if i == hi:
                return True
            if hi - lo < _SHIFT_FROM:
                return False
            swap(i, i - 1)
            # the smaller of the two goes left as far as it must (the bound is the data's
            # start, not lo, as in Go) and the greater right
            if i - lo >= 2:
                j = i - 1
                while j >= 1 and less(j, j - 1):
                    swap(j, j - 1)
                    j -= 1
            if hi - i >= 2:
                j = i + 1
                while j < hi and less(j, j - 1):
                    swap(j, j - 1)
                    j += 1
        return False

    def scramble(lo: int, hi: int) -> None:
        """Exchange three elements around the middle with pseudo-random ones."""
        size = hi - lo
        if size < 8:
            return
        state = size
        mask = (1 << size.bit_length()) - 1
        centre = lo + (size // 4) * 2 - 1
        for k in range(3):
            state ^= (state << 13) & _WORD
            state ^= state >> 17
            state ^= (state << 5) & _WORD
            other = state & mask
            if other >= size:
                other -= size
            swap(centre + k, lo + other)

    def split(lo: int, hi: int, p: int) -> tuple[int, bool]:
        """Partition [lo, hi) around the value at p: less than it to the left, the rest to
        the right, the pivot between. Returns its final index and whether no element other
        than the pivot had to move."""
        swap(lo, p)
        i, j = lo + 1, hi - 1
        untouched = True
        while True:
            while i <= j and less(i, lo):
                i += 1
            while i <= j and not less(j, lo):
                j -= 1
            if i > j:
                break
            swap(i, j)
            i += 1
            j -= 1
            untouched = False
        swap(j, lo)
        return j, untouched

    def split_equal(lo: int, hi: int, p: int) -> int:
        """Gather the elements equal to the value at p (none is less) at the front of
        [lo, hi); returns where the greater ones start."""
        swap(lo, p)
        i, j = lo + 1, hi - 1
        while True:
            while i <= j and not less(lo, i):
                i += 1
            while i <= j and less(lo, j):
                j -= 1
            if i > j:
                return i
            swap(i, j)
            i += 1
            j -= 1

    def sort_range(lo: int, hi: int, bad_allowed: int) -> None:
        balanced = True
        untouched = True
        while True:
            size = hi - lo
            if size <= _SMALL:
                insertion_sort(lo, hi)
                return
            if bad_allowed == 0:
                heapsort(lo, hi)
                return
            if not balanced:
                scramble(lo, hi)
                bad_allowed -= 1
            p, moved = pick_pivot(lo, hi)
            ascending = moved == 0
            if moved == _ALL_EXCHANGES:
                flip(lo, hi)
                p = lo + hi - 1 - p
                ascending = True
            if balanced and untouched and ascending and nearly_sorted(lo, hi):
                return
            if lo > 0 and not less(lo - 1, p):
                lo = split_equal(lo, hi, p)
                continue
            mid, untouched = split(lo, hi, p)
            left, right = mid - lo, hi - mid
            if left < right:
                balanced = left >= size // 8
                sort_range(lo, mid, bad_allowed)
                lo = mid + 1
            else:
                balanced = right >= size // 8
                sort_range(mid + 1, hi, bad_allowed)
                hi = mid

    if n > 1:
        sort_range(0, n, n.bit_length())
