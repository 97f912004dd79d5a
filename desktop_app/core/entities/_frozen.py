"""``Frozen``: an entity written out instead of ``@dataclass(frozen=True, slots=True)``, for the few
that every login or search builds (the account, the audit entry and key rows, a search hit's case).

A dataclass compiles generated source for each of its methods when its module is imported, and
``dataclasses`` itself loads ``inspect``, ``ast``, ``dis`` and ``tokenize``: together the largest
share of a short ``archdesk search`` after Python's own start-up (issue 20).  A ``Frozen`` behaves as
such a dataclass does — its fields are its ``__slots__`` (annotated on the class, in that order),
assigning or deleting one raises ``dataclasses.FrozenInstanceError``, equal and hashed by its fields,
``repr`` and copy/pickle likewise — and :func:`as_dict` / :func:`replace` stand for
``dataclasses.asdict`` / ``dataclasses.replace`` on both kinds of entity.  Each class writes its own
typed ``__init__`` (``self._init(...)`` with every field in order).
"""

from __future__ import annotations

from typing import Any, TypeVar

E = TypeVar("E")


class Frozen:
    __slots__: tuple[str, ...] = ()

    def _init(self, *values: object) -> None:
        for name, value in zip(self.__slots__, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, f) for f in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError  # only when something tries

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self.__slots__)})"

    def __getstate__(self) -> tuple[object, ...]:
        return self._values()

    def __setstate__(self, state: tuple[object, ...]) -> None:
        self._init(*state)


def as_dict(entity: object) -> dict[str, Any]:
    """The fields of an entity by name, in order (``dataclasses.asdict`` for a dataclass)."""
    if isinstance(entity, Frozen):
        return {f: getattr(entity, f) for f in entity.__slots__}
    import dataclasses

    if dataclasses.is_dataclass(entity) and not isinstance(entity, type):
        return dataclasses.asdict(entity)
    raise TypeError(f"not an entity: {type(entity).__name__}")


def replace(entity: E, **changes: Any) -> E:
    """A copy of ``entity`` with ``changes`` (``dataclasses.replace`` for a dataclass)."""
    if isinstance(entity, Frozen):
        unknown = set(changes) - set(entity.__slots__)
        if unknown:
            raise TypeError(f"{type(entity).__name__} has no field {sorted(unknown)[0]!r}")
        return type(entity)(**{**as_dict(entity), **changes})
    import dataclasses

    return dataclasses.replace(entity, **changes)  # type: ignore[type-var]  # a dataclass here
