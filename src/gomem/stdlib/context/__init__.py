"""Package context: written in Go in api.go (compiled on first use); the two functions here
stand for what Go's context takes from internal/reflectlite."""

from __future__ import annotations

from typing import Any

from gomem.runtime.values import is_comparable_at_runtime


def typeName(v: Any) -> bytes:
    """The dynamic type of interface value v as Go names it (reflectlite's Type.String)."""
    return b"<nil>" if v is None else str(v.t).encode()


def comparable(v: Any) -> bool:
    """Whether v's dynamic type is comparable (reflectlite's Type.Comparable)."""
    return v is None or is_comparable_at_runtime(v.t)
