"""The features of the main window, in the order their menus and buttons appear.

A new feature is a folder under `ui/` with a `feature.py` whose
`install(window)` adds its actions, and one line here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


def install_features(window: MainWindow) -> dict[str, object]:
    """Install every feature into `window`; returns them by name."""
    from inl_equipment.ui.dashboard import feature as dashboard
    from inl_equipment.ui.exports import feature as exports
    from inl_equipment.ui.first_steps import feature as first_steps
    from inl_equipment.ui.handovers import feature as handovers
    from inl_equipment.ui.help import feature as help_
    from inl_equipment.ui.imports import feature as imports
    from inl_equipment.ui.item_page import feature as item_page
    from inl_equipment.ui.labels import feature as labels
    from inl_equipment.ui.lots import feature as lots
    from inl_equipment.ui.monitoring import feature as monitoring
    from inl_equipment.ui.preferences import feature as preferences
    from inl_equipment.ui.reference import feature as reference
    from inl_equipment.ui.register import feature as register
    from inl_equipment.ui.registers import feature as registers
    from inl_equipment.ui.reports import feature as reports
    from inl_equipment.ui.safety import feature as safety
    from inl_equipment.ui.saved_views import feature as saved_views
    from inl_equipment.ui.shared_register import feature as shared_register

    installed: dict[str, object] = {}
    for name, module in (
        ("registers", registers),
        ("register", register),
        ("item_page", item_page),
        ("saved_views", saved_views),
        ("dashboard", dashboard),
        ("handovers", handovers),
        ("monitoring", monitoring),
        ("imports", imports),
        ("exports", exports),
        ("reports", reports),
        ("labels", labels),
        ("lots", lots),
        ("safety", safety),
        ("first_steps", first_steps),
        ("reference", reference),
        ("preferences", preferences),
        ("help", help_),
        ("shared_register", shared_register),
    ):
        installed[name] = module.install(window)
    return installed
