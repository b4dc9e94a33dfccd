"""The reference-data feature: one editor per kind, in the Reference data menu."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from inl_equipment.i18n import Msg
from inl_equipment.services.reference import KINDS
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import guarded
from inl_equipment.ui.reference.reference_dialog import ReferenceDialog

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


class ReferenceFeature:
    """Editors for categories, agencies, locations, people and funding sources."""

    def __init__(self, window: MainWindow) -> None:
        """Add an editor action per reference kind to `window`."""
        self._window = window
        acts = window.acts
        for kind in KINDS.values():
            # The kind's title is a marked constant: a message of its own, so the
            # menu entry follows a language switch like the rest of the menu.
            title = Msg("Reference", kind.title)
            acts.add(
                f"reference_{kind.key}",
                Msg.translate("ReferenceFeature", "{kind}…").format(kind=title),
                functools.partial(self.edit_reference, kind.key),
            )
        acts.fill(acts.menu("reference"), *(f"reference_{k}" for k in KINDS))

    @guarded
    def edit_reference(self, key: str) -> None:
        """Open the editor of one reference kind."""
        run_dialog(ReferenceDialog(self._window.register, KINDS[key], self._window))


def install(window: MainWindow) -> ReferenceFeature:
    """Add the reference-data feature to `window`."""
    return ReferenceFeature(window)
