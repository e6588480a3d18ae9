"""Package container/list: the Python implementations of the methods declared in api.go.

A doubly linked ring through a sentinel: the List's ``root`` element (a struct value inside the
List, so ``&l.root`` is the root object itself) precedes the front and follows the back. Element
pointers are the element objects. Methods that take an element of another list do nothing, as
Go's do; a nil *List or *Element panics with Go's nil dereference.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime.panic import panic_nil_deref
from gomem.runtime.values import struct_class

_SITE_NEW = ("container/list.New", "container/list/list.go", 0)
_SITE_ELEM = ("container/list.(*List).insertValue", "container/list/list.go", 0)

_List: Any = None
_Element: Any = None


def Element_Next(e: Any) -> Any:
    if e is None:
        panic_nil_deref()
    p = e.next
    lst = e.list
    return p if lst is not None and p is not lst.root else None


def Element_Prev(e: Any) -> Any:
    if e is None:
        panic_nil_deref()
    p = e.prev
    lst = e.list
    return p if lst is not None and p is not lst.root else None


def List_Init(lst: Any) -> Any:
    if lst is None:
        panic_nil_deref()
    root = lst.root
    root.next = root
    root.prev = root
    lst.len = 0
    return lst


def New() -> Any:
    _malloc.alloc(_List._gotype, 48, _SITE_NEW)
    return List_Init(_List())


def List_Len(lst: Any) -> int:
    if lst is None:
        panic_nil_deref()
    return lst.len


def List_Front(lst: Any) -> Any:
    if lst is None:
        panic_nil_deref()
    return None if lst.len == 0 else lst.root.next


def List_Back(lst: Any) -> Any:
    if lst is None:
        panic_nil_deref()
    return None if lst.len == 0 else lst.root.prev


def _lazy_init(lst: Any) -> None:
    # the zero List has a root linked to nothing: make it an empty ring on first insertion
    if lst is None:
        panic_nil_deref()
    if lst.root.next is None:
        List_Init(lst)


def _insert(lst: Any, e: Any, at: Any) -> Any:
    e.prev = at
    e.next = at.next
    at.next = e
    e.next.prev = e
    e.list = lst
    lst.len += 1
    return e


def _insert_value(lst: Any, v: Any, at: Any) -> Any:
    _malloc.alloc(_Element._gotype, 48, _SITE_ELEM)
    return _insert(lst, _Element(Value=v), at)


def _unlink(lst: Any, e: Any) -> None:
    e.prev.next = e.next
    e.next.prev = e.prev
    e.next = None  # so that a stale element cannot reach the list
    e.prev = None
    e.list = None
    lst.len -= 1


def _move(e: Any, at: Any) -> None:
    if e is at:
        return
    e.prev.next = e.next
    e.next.prev = e.prev
    e.prev = at
    e.next = at.next
    at.next = e
    e.next.prev = e


def List_Remove(lst: Any, e: Any) -> Any:
    if e is None:
        panic_nil_deref()
    if e.list is lst:
        _unlink(lst, e)
    return e.Value


def List_PushFront(lst: Any, v: Any) -> Any:
    _lazy_init(lst)
    return _insert_value(lst, v, lst.root)


def List_PushBack(lst: Any, v: Any) -> Any:
    _lazy_init(lst)
    return _insert_value(lst, v, lst.root.prev)


def List_InsertBefore(lst: Any, v: Any, mark: Any) -> Any:
    if mark is None:
        panic_nil_deref()
    if mark.list is not lst:
        return None
    return _insert_value(lst, v, mark.prev)


def List_InsertAfter(lst: Any, v: Any, mark: Any) -> Any:
    if mark is None:
        panic_nil_deref()
    if mark.list is not lst:
        return None
    return _insert_value(lst, v, mark)


def List_MoveToFront(lst: Any, e: Any) -> None:
    if e is None:
        panic_nil_deref()
    if e.list is not lst or lst.root.next is e:
        return
    _move(e, lst.root)


def List_MoveToBack(lst: Any, e: Any) -> None:
    if e is None:
        panic_nil_deref()
    if e.list is not lst or lst.root.prev is e:
        return
    _move(e, lst.root.prev)


def List_MoveBefore(lst: Any, e: Any, mark: Any) -> None:
    if e is None or mark is None:
        panic_nil_deref()
    if e.list is not lst or e is mark or mark.list is not lst:
        return
    _move(e, mark.prev)


def List_MoveAfter(lst: Any, e: Any, mark: Any) -> None:
    if e is None or mark is None:
        panic_nil_deref()
    if e.list is not lst or e is mark or mark.list is not lst:
        return
    _move(e, mark)


def List_PushBackList(lst: Any, other: Any) -> None:
    # a fixed count of other's elements, so that l.PushBackList(l) doubles l
    _lazy_init(lst)
    e = List_Front(other)
    for _ in range(List_Len(other)):
        _insert_value(lst, e.Value, lst.root.prev)
        e = Element_Next(e)


def List_PushFrontList(lst: Any, other: Any) -> None:
    _lazy_init(lst)
    e = List_Back(other)
    for _ in range(List_Len(other)):
        _insert_value(lst, e.Value, lst.root)
        e = Element_Prev(e)


def gomem_bind(pkg: Any) -> None:
    global _List, _Element
    _List = struct_class(pkg.scope.names["List"].type)
    _Element = struct_class(pkg.scope.names["Element"].type)
