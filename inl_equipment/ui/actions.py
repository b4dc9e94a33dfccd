"""The main window's actions and menus, which features add to.

Texts are `Msg` objects, rendered when set and again on a language switch
(`retranslate`), so a feature writes its menu entries once and they follow
the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from inl_equipment.i18n import Msg
from inl_equipment.ui import icons
from inl_equipment.ui.toolbar_fit import ToolbarFit

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None

#: The menus of the main window, in menu-bar order: (key, title).
MENUS: tuple[tuple[str, Msg], ...] = (
    ("file", Msg.translate("MainWindow", "&File")),
    ("edit", Msg.translate("MainWindow", "&Edit")),
    ("handovers", Msg.translate("MainWindow", "&Handovers")),
    ("monitoring", Msg.translate("MainWindow", "&Monitoring")),
    ("view", Msg.translate("MainWindow", "&View")),
    ("reference", Msg.translate("MainWindow", "&Reference data")),
    ("help", Msg.translate("MainWindow", "&Help")),
)


@dataclass
class _Texts:
    text: Msg
    tip: Msg | None


class ActionSet:
    """Every action of one main window, by key, with its texts kept for retranslation."""

    def __init__(self, window: QMainWindow) -> None:
        """An empty set whose actions belong to `window`."""
        self._window = window
        self._actions: dict[str, QAction] = {}
        self._texts: dict[str, _Texts] = {}
        self._writing: list[QAction] = []
        self._menus: dict[str, QMenu] = {}
        self._menu_titles: dict[int, tuple[QMenu, Msg]] = {}
        #: Keys of the table's context-menu entries (None: a separator), in order.
        self.context_menu: list[str | None] = []
        #: Keys placed at the toolbar's end, after every feature's buttons (Refresh).
        self.toolbar_tail: list[str] = []
        bar = window.menuBar()
        for key, title in MENUS:
            menu = bar.addMenu(str(title))
            menu.setObjectName(f"{key}Menu")
            self._menus[key] = menu
            self._menu_titles[id(menu)] = (menu, title)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toolbar_title = Msg.translate("MainWindow", "Main toolbar")
        self.toolbar.setWindowTitle(str(self._toolbar_title))
        self._toolbar_fit: ToolbarFit | None = None

    def add(
        self,
        key: str,
        text: Msg,
        slot: Callable[[], object],
        *,
        shortcut: Shortcut = None,
        icon: QIcon | None = None,
        tip: Msg | None = None,
        writes: bool = False,
    ) -> QAction:
        """A new action; `writes` ones are turned off while the register is read-only.

        Its icon is the one `ui.icons.ICONS` names for `key` (one set for the
        whole window); `icon` is used only for a key that has none there.
        """
        action = QAction(self._window)
        action.setObjectName(f"{key}Action")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icons.has_icon(key):
            icon = icons.icon(key)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        self._actions[key] = action
        self._texts[key] = _Texts(text, tip)
        if writes:
            self._writing.append(action)
        self._apply(key)
        return action

    def __getitem__(self, key: str) -> QAction:
        """The action added under `key`."""
        return self._actions[key]

    def __contains__(self, key: object) -> bool:
        """Whether an action was added under `key`."""
        return key in self._actions

    def menu(self, key: str) -> QMenu:
        """One of the window's menus (`MENUS` keys)."""
        return self._menus[key]

    def submenu(self, parent: str, key: str, title: Msg) -> QMenu:
        """A submenu of a window menu, retranslated with the rest (its icon from `ui.icons`)."""
        menu = self._menus[parent].addMenu(str(title))
        menu.setObjectName(f"{key}Menu")
        if icons.has_icon(key):
            menu.setIcon(icons.icon(key))
        self._menus[key] = menu
        self._menu_titles[id(menu)] = (menu, title)
        return menu

    def fill(self, target: QMenu | QToolBar, *keys: str | None) -> None:
        """Add these actions (None: a separator) to a menu or toolbar."""
        for key in keys:
            if key is None:
                target.addSeparator()
            else:
                target.addAction(self._actions[key])

    def finish_toolbar(self) -> None:
        """Put the tail entries at the toolbar's end (once every feature is installed).

        From then on the buttons' words stand beside their icons while the window
        is wide enough, under them when it is not (`ToolbarFit`).
        """
        if self.toolbar_tail:
            self.toolbar.addSeparator()
            self.fill(self.toolbar, *self.toolbar_tail)
        self._toolbar_fit = ToolbarFit(self.toolbar, self._window)

    def writing(self) -> list[QAction]:
        """Actions that change the register (off when it is open read-only)."""
        return list(self._writing)

    def retranslate(self) -> None:
        """Set every text again in the current interface language."""
        for key in self._actions:
            self._apply(key)
        for menu, title in self._menu_titles.values():
            menu.setTitle(str(title))
        self.toolbar.setWindowTitle(str(self._toolbar_title))
        if self._toolbar_fit is not None:
            self._toolbar_fit.refit()  # the words' widths change with the language

    def _apply(self, key: str) -> None:
        action, texts = self._actions[key], self._texts[key]
        action.setText(str(texts.text))
        tip = str(texts.tip) if texts.tip is not None else ""
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if tip and shortcut:
            tip = f"{tip} ({shortcut})"
        action.setToolTip(tip or action.text().replace("&", "").rstrip("…"))
        action.setStatusTip(tip)
