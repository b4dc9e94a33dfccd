"""One column's sort order, kept compact: C-int arrays, both directions from one."""

from __future__ import annotations

import itertools
import operator
from array import array
from collections.abc import Sequence
from typing import Any

#: Row positions as C ints: 4 bytes each instead of a pointer and an int object.
POSITIONS = "i" if array("i").itemsize >= 4 else "l"


class SortCache:
    """One column's sort order: the ascending permutation and where its ties start.

    Ascending order is (value, position), as a stable `sorted` gives; the
    rows of equal value form runs in it (`starts`: where each run begins).
    Descending order is those runs in reverse, each still in row order, which
    is exactly what `sorted(..., reverse=True)` gives, so it is derived here
    instead of sorting again. `group` (each row's run number) is made only
    when a few filtered rows are sorted by it.
    """

    __slots__ = ("_group", "_orders", "starts")

    def __init__(self, ascending: array[int], starts: array[int]) -> None:
        """A cache of the `ascending` permutation and the `starts` of its runs of ties."""
        self.starts = starts
        self._orders: dict[bool, array[int]] = {False: ascending}
        self._group: array[int] | None = None

    @classmethod
    def build(cls, keys: Sequence[Any]) -> SortCache:
        """The cache for one sort key per row."""
        order = sorted(range(len(keys)), key=keys.__getitem__)
        ordered = list(map(keys.__getitem__, order))
        # A run starts at 0 and wherever the value differs from the one before.
        changes = map(operator.ne, ordered[1:], ordered[:-1])
        starts = array(POSITIONS, [0] if order else [])
        starts.extend(itertools.compress(range(1, len(order)), changes))
        return cls(array(POSITIONS, order), starts)

    def __len__(self) -> int:
        return len(self._orders[False])

    def order(self, descending: bool) -> array[int]:
        """All positions in ascending or descending order (each made once)."""
        made = self._orders.get(descending)
        if made is None:
            ascending, starts = self._orders[False], self.starts
            if len(starts) == len(ascending):  # no ties: plain reverse
                made = array(POSITIONS, ascending)
                made.reverse()
            else:
                made = array(POSITIONS)
                end = len(ascending)
                for start in reversed(starts):
                    made.extend(ascending[start:end])
                    end = start
            self._orders[descending] = made
        return made

    @property
    def group(self) -> array[int]:
        """Each row's run number in ascending order (equal values, equal numbers)."""
        if self._group is None:
            ascending, starts = self._orders[False], self.starts
            group = array(POSITIONS, bytes(ascending.itemsize * len(ascending)))
            bounds = [*starts, len(ascending)]
            for run in range(len(starts)):
                for p in ascending[bounds[run] : bounds[run + 1]]:
                    group[p] = run
            self._group = group
        return self._group
