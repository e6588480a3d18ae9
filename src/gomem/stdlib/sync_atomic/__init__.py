"""Package sync/atomic (see api.go). One thread runs all goroutines, so an atomic operation is
a plain read-modify-write of ``addr.v`` (addr is a Box, ElemRef or FieldRef; for the Int32...
types the struct object itself, whose field is ``v``), wrapped to the type's width.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime.panic import go_panic
from gomem.runtime.values import Iface
from gomem.types.types import STRING


def _i32(v: int) -> int:
    return ((v + 0x80000000) & 0xFFFFFFFF) - 0x80000000


def _i64(v: int) -> int:
    return ((v + 0x8000000000000000) & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def _u32(v: int) -> int:
    return v & 0xFFFFFFFF


def _u64(v: int) -> int:
    return v & 0xFFFFFFFFFFFFFFFF


# Int32


def SwapInt32(addr: Any, new: int) -> int:
    old = addr.v
    addr.v = new
    return old


def CompareAndSwapInt32(addr: Any, old: int, new: int) -> bool:
    if addr.v == old:
        addr.v = new
        return True
    return False


def AddInt32(addr: Any, delta: int) -> int:
    v = _i32(addr.v + delta)
    addr.v = v
    return v


def AndInt32(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = old & mask
    return old


def OrInt32(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = _i32(old | mask)
    return old


def LoadInt32(addr: Any) -> int:
    return addr.v


def StoreInt32(addr: Any, val: int) -> None:
    addr.v = val


Int32_Load = LoadInt32
Int32_Store = StoreInt32
Int32_Swap = SwapInt32
Int32_CompareAndSwap = CompareAndSwapInt32
Int32_Add = AddInt32
Int32_And = AndInt32
Int32_Or = OrInt32

# Int64


def SwapInt64(addr: Any, new: int) -> int:
    old = addr.v
    addr.v = new
    return old


def CompareAndSwapInt64(addr: Any, old: int, new: int) -> bool:
    if addr.v == old:
        addr.v = new
        return True
    return False


def AddInt64(addr: Any, delta: int) -> int:
    v = _i64(addr.v + delta)
    addr.v = v
    return v


def AndInt64(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = old & mask
    return old


def OrInt64(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = _i64(old | mask)
    return old


def LoadInt64(addr: Any) -> int:
    return addr.v


def StoreInt64(addr: Any, val: int) -> None:
    addr.v = val


Int64_Load = LoadInt64
Int64_Store = StoreInt64
Int64_Swap = SwapInt64
Int64_CompareAndSwap = CompareAndSwapInt64
Int64_Add = AddInt64
Int64_And = AndInt64
Int64_Or = OrInt64

# Uint32


def SwapUint32(addr: Any, new: int) -> int:
    old = addr.v
    addr.v = new
    return old


def CompareAndSwapUint32(addr: Any, old: int, new: int) -> bool:
    if addr.v == old:
        addr.v = new
        return True
    return False


def AddUint32(addr: Any, delta: int) -> int:
    v = _u32(addr.v + delta)
    addr.v = v
    return v


def AndUint32(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = old & mask
    return old


def OrUint32(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = _u32(old | mask)
    return old


def LoadUint32(addr: Any) -> int:
    return addr.v


def StoreUint32(addr: Any, val: int) -> None:
    addr.v = val


Uint32_Load = LoadUint32
Uint32_Store = StoreUint32
Uint32_Swap = SwapUint32
Uint32_CompareAndSwap = CompareAndSwapUint32
Uint32_Add = AddUint32
Uint32_And = AndUint32
Uint32_Or = OrUint32

# Uint64


def SwapUint64(addr: Any, new: int) -> int:
    old = addr.v
    addr.v = new
    return old


def CompareAndSwapUint64(addr: Any, old: int, new: int) -> bool:
    if addr.v == old:
        addr.v = new
        return True
    return False


def AddUint64(addr: Any, delta: int) -> int:
    v = _u64(addr.v + delta)
    addr.v = v
    return v


def AndUint64(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = old & mask
    return old


def OrUint64(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = _u64(old | mask)
    return old


def LoadUint64(addr: Any) -> int:
    return addr.v


def StoreUint64(addr: Any, val: int) -> None:
    addr.v = val


Uint64_Load = LoadUint64
Uint64_Store = StoreUint64
Uint64_Swap = SwapUint64
Uint64_CompareAndSwap = CompareAndSwapUint64
Uint64_Add = AddUint64
Uint64_And = AndUint64
Uint64_Or = OrUint64

# Uintptr


def SwapUintptr(addr: Any, new: int) -> int:
    old = addr.v
    addr.v = new
    return old


def CompareAndSwapUintptr(addr: Any, old: int, new: int) -> bool:
    if addr.v == old:
        addr.v = new
        return True
    return False


def AddUintptr(addr: Any, delta: int) -> int:
    v = _u64(addr.v + delta)
    addr.v = v
    return v


def AndUintptr(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = old & mask
    return old


def OrUintptr(addr: Any, mask: int) -> int:
    old = addr.v
    addr.v = _u64(old | mask)
    return old


def LoadUintptr(addr: Any) -> int:
    return addr.v


def StoreUintptr(addr: Any, val: int) -> None:
    addr.v = val


Uintptr_Load = LoadUintptr
Uintptr_Store = StoreUintptr
Uintptr_Swap = SwapUintptr
Uintptr_CompareAndSwap = CompareAndSwapUintptr
Uintptr_Add = AddUintptr
Uintptr_And = AndUintptr
Uintptr_Or = OrUintptr

# Bool


def Bool_Load(x: Any) -> bool:
    return x.v != 0


def Bool_Store(x: Any, val: bool) -> None:
    x.v = 1 if val else 0


def Bool_Swap(x: Any, new: bool) -> bool:
    old = x.v != 0
    x.v = 1 if new else 0
    return old


def Bool_CompareAndSwap(x: Any, old: bool, new: bool) -> bool:
    if (x.v != 0) == old:
        x.v = 1 if new else 0
        return True
    return False


# Value: holds an interface value (Iface); every stored value must have the same dynamic type.


def _panic_str(msg: str) -> None:
    go_panic(Iface(STRING, msg.encode()))


def Value_Load(x: Any) -> Any:
    return x.v


def Value_Store(x: Any, val: Any) -> None:
    if val is None:
        _panic_str("sync/atomic: store of nil value into Value")
    if x.v is not None and x.v.t is not val.t:
        _panic_str("sync/atomic: store of inconsistently typed value into Value")
    x.v = val


def Value_Swap(x: Any, new: Any) -> Any:
    if new is None:
        _panic_str("sync/atomic: swap of nil value into Value")
    old = x.v
    if old is not None and old.t is not new.t:
        _panic_str("sync/atomic: swap of inconsistently typed value into Value")
    x.v = new
    return old


def Value_CompareAndSwap(x: Any, old: Any, new: Any) -> bool:
    if new is None:
        _panic_str("sync/atomic: compare and swap of nil value into Value")
    if old is not None and old.t is not new.t:
        _panic_str("sync/atomic: compare and swap of inconsistently typed values")
    cur = x.v
    if cur is None:
        if old is not None:
            return False
        x.v = new
        return True
    if cur.t is not new.t:
        _panic_str("sync/atomic: compare and swap of inconsistently typed value into Value")
    if cur != old:  # Go's == on interfaces (panics on uncomparable dynamic types)
        return False
    x.v = new
    return True
