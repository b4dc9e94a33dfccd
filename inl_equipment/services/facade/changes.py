"""What an operation changed, told to whoever listens (the open windows).

Listeners may be called from a worker thread (an import runs off the GUI
thread): the UI forwards them through a queued Qt signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """The records one operation changed.

    Attributes:
        items: ids of items created or changed.
        references: reference kinds (`reference.KINDS` keys) changed.
        handovers: receipt numbers issued, voided or given an attachment.
        everything: the whole register was replaced (restore, sample data).
    """

    items: frozenset[int] = field(default_factory=frozenset)
    references: frozenset[str] = field(default_factory=frozenset)
    handovers: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False

    @classmethod
    def of_items(cls, item_ids: Iterable[int]) -> Change:
        """A change to these items only."""
        return cls(items=frozenset(item_ids))

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.items or self.references or self.handovers or self.everything)


Listener = Callable[[Change], None]


class ChangeFeed:
    """Listeners for one register's changes."""

    def __init__(self) -> None:
        """A feed with no listeners."""
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every change; returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        """Tell every listener about `change` (nothing when it is empty)."""
        if change.empty:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)
