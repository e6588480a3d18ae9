"""Go 1.23's malloc size classes (runtime/sizeclasses.go) and roundupsize.

Data: ../shared/reference/sizeclasses.tsv (class, bytes/obj, bytes/span, objects).
"""

from __future__ import annotations

from bisect import bisect_left

# index = size class (0 = large objects, which get their own span)
CLASS_SIZE = (0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768)
CLASS_SPAN_BYTES = (0, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 16384, 8192, 16384, 8192, 16384, 8192, 24576, 16384, 24576, 8192, 24576, 16384, 24576, 32768, 40960, 49152, 8192, 57344, 49152, 40960, 32768, 24576, 40960, 57344, 16384, 73728, 57344, 40960, 65536, 24576, 81920, 57344, 32768)
CLASS_OBJECTS = (0, 1024, 512, 341, 256, 170, 128, 102, 85, 73, 64, 56, 51, 46, 42, 39, 36, 34, 32, 28, 25, 23, 21, 19, 18, 17, 16, 14, 12, 11, 10, 9, 8, 7, 6, 11, 5, 9, 4, 7, 3, 8, 5, 7, 2, 5, 3, 4, 5, 6, 7, 1, 6, 5, 4, 3, 2, 3, 4, 1, 4, 3, 2, 3, 1, 3, 2, 1)

MAX_SMALL_SIZE = 32768
MALLOC_HEADER_SIZE = 8
MIN_SIZE_FOR_MALLOC_HEADER = 512
PAGE_SIZE = 8192


def size_to_class(size: int) -> int:
    """The size class of a small request (1 <= size <= 32768)."""
    return bisect_left(CLASS_SIZE, size, 1)


def roundupsize(size: int, noscan: bool) -> int:
    """The usable size malloc gives a request of size bytes (Go's roundupsize)."""
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE:
        reqsize = size
        if not noscan and size > MIN_SIZE_FOR_MALLOC_HEADER:
            reqsize += MALLOC_HEADER_SIZE
        if reqsize == 0:
            return 0
        return CLASS_SIZE[size_to_class(reqsize)] - (reqsize - size)
    return (size + PAGE_SIZE - 1) // PAGE_SIZE * PAGE_SIZE


def slot_size(size: int, noscan: bool) -> int:
    """The bytes an allocation of size bytes occupies (what TotalAlloc and the heap charge)."""
    if size == 0:
        return 0
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE:
        if not noscan and size > MIN_SIZE_FOR_MALLOC_HEADER:
            size += MALLOC_HEADER_SIZE
        return CLASS_SIZE[size_to_class(size)]
    return (size + PAGE_SIZE - 1) // PAGE_SIZE * PAGE_SIZE
