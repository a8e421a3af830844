"""A value that never shows itself: tokens and passwords travel in a :class:`Secret`.

``repr``/``str`` print ``***``, so a secret cannot reach a log line, an exception message or a
debugger's repr of the object holding it by accident; code that really needs the value calls
:meth:`Secret.reveal` at the one place it goes on the wire or into the keyring.
"""

from __future__ import annotations


class Secret:
    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[object, ...]:  # never pickled into a file by accident
        raise TypeError("a Secret cannot be pickled")
