"""A small interface through which long operations report progress and learn they were cancelled."""

from __future__ import annotations

from typing import Protocol

from postcard.errors import Cancelled


class Progress(Protocol):
    """What long core operations call. The GUI implements it with signals, the CLI may print."""

    def start(self, total: int, label: str = "") -> None: ...

    def tick(self, n: int = 1) -> None: ...

    def finish(self) -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """Reports nothing and is never cancelled."""

    def start(self, total: int, label: str = "") -> None:
        pass

    def tick(self, n: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass

    def cancelled(self) -> bool:
        return False


def check_cancel(progress: Progress) -> None:
    """Raise :class:`Cancelled` when the user asked to stop."""
    if progress.cancelled():
        raise Cancelled()
