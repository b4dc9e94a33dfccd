"""The main window's actions, menus and toolbar, in one place.

Keeping them here keeps `main_window.py` about behaviour; every action
calls a method of the window (or of one of its collaborators).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from inl_equipment.services.reference import KINDS

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass
class WindowActions:
    """Every action of the main window."""

    new: QAction
    edit: QAction
    retire: QAction
    hand_over: QAction
    handovers: QAction
    verify: QAction
    refresh: QAction
    find: QAction
    clear_filters: QAction
    copy_tag: QAction
    import_: QAction
    export: QAction
    backup: QAction
    restore: QAction
    check: QAction
    quit: QAction
    about: QAction
    references: list[QAction]

    def writing(self) -> tuple[QAction, ...]:
        """Actions that change the register (off when it is open read-only)."""
        # A backup writes beside the register, which a read-only copy must not do.
        return (self.new, self.retire, self.hand_over, self.restore, self.import_, self.backup)


def make_actions(w: MainWindow) -> WindowActions:
    sp = QStyle.StandardPixmap

    def a(
        text: str,
        slot: Any,
        shortcut: Shortcut = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, w)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(w.style().standardIcon(icon))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    return WindowActions(
        new=a(
            "&New item…",
            w.new_item,
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
            "Add an item to the register",
        ),
        edit=a(
            "&Open item…",
            w.edit_current,
            "Ctrl+E",
            sp.SP_FileDialogDetailedView,
            "Open the selected item (details and history)",
        ),
        retire=a(
            "&Retire item…",
            w.retire_current,
            None,
            sp.SP_TrashIcon,
            "Record the selected item as disposed, lost or stolen",
        ),
        hand_over=a(
            "&Hand over selected…",
            w.hand_over,
            "Ctrl+H",
            sp.SP_ArrowRight,
            "Hand the selected items over to a unit, with a bilingual receipt",
        ),
        handovers=a(
            "Hand&overs…",
            w.show_handovers,
            "Ctrl+Shift+H",
            sp.SP_FileDialogContentsView,
            "All handovers, returns and transfers, with their receipts",
        ),
        verify=a(
            "&Verify a receipt…",
            w.verify_receipt,
            None,
            None,
            "Check a printed receipt's QR code against the register",
        ),
        refresh=a(
            "&Refresh",
            w.reload,
            QKeySequence.StandardKey.Refresh,
            sp.SP_BrowserReload,
            "Read the register again",
        ),
        find=a("&Find…", w.filters.focus_search, None, None, "Search the register (Ctrl+F)"),
        clear_filters=a("&Clear search and filters", w.filters.clear, "Ctrl+Shift+F"),
        copy_tag=a("Copy asset tag", w.copy_asset_tags, "Ctrl+Shift+C"),
        import_=a(
            "&Import…",
            w.import_dialog,
            "Ctrl+I",
            sp.SP_ArrowDown,
            "Import items from a CSV or Excel file (or drop one on the window)",
        ),
        export=a(
            "&Export…",
            w.export_dialog,
            "Ctrl+Shift+E",
            sp.SP_ArrowUp,
            "Export the table as shown, or the whole register, to PDF, Excel or CSV",
        ),
        backup=a(
            "&Back up now…",
            w.safety.backup_now,
            None,
            sp.SP_DialogSaveButton,
            "Write a verified backup copy now",
        ),
        restore=a("Restore from bac&kup…", w.safety.restore),
        check=a(
            "&Check database",
            w.safety.check,
            None,
            None,
            "Check the file, its links and the history's hash chain",
        ),
        quit=a("E&xit", w.close, QKeySequence.StandardKey.Quit),
        about=a("&About", w.about),
        references=[
            a(f"{k.title}…", lambda key=k.key: w.edit_reference(key)) for k in KINDS.values()
        ],
    )


def make_menus(w: MainWindow, acts: WindowActions) -> QMenu:
    """Menu bar and toolbar; returns the View → Columns menu (filled when shown)."""
    bar = w.menuBar()
    fill(
        bar.addMenu("&File"),
        acts.import_,
        acts.export,
        None,
        acts.backup,
        acts.restore,
        None,
        acts.quit,
    )
    fill(
        bar.addMenu("&Edit"),
        acts.new,
        acts.edit,
        acts.retire,
        None,
        acts.copy_tag,
        None,
        acts.find,
        acts.clear_filters,
    )
    fill(bar.addMenu("&Handovers"), acts.hand_over, acts.handovers, None, acts.verify)
    view_menu = bar.addMenu("&View")
    view_menu.addAction(acts.refresh)
    columns = view_menu.addMenu("&Columns")
    fill(bar.addMenu("&Reference data"), *acts.references)
    fill(bar.addMenu("&Help"), acts.check, None, acts.about)
    toolbar = QToolBar("Main toolbar")
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    fill(
        toolbar,
        acts.new,
        acts.edit,
        acts.retire,
        None,
        acts.hand_over,
        acts.handovers,
        None,
        acts.import_,
        acts.export,
        None,
        acts.refresh,
    )
    w.addToolBar(toolbar)
    return columns


def fill(target: Any, *actions: QAction | None) -> None:
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)
