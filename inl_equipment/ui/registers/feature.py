"""File → New register…, Open register…, Open recent, Properties.

Another register opens in a window of its own, the way the app opens the
first one (every safety question asked); the window it was chosen from
then closes, so one register is open at a time and its lock is freed.
The last five registers opened are remembered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from inl_equipment.i18n import Msg, translate
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import guarded

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow

RECENT_KEY = "registers/recent"
RECENT_MOST = 5


def recent_registers(settings: QSettings) -> list[str]:
    """The registers opened last, newest first (at most five)."""
    value = settings.value(RECENT_KEY) or []
    names = [value] if isinstance(value, str) else [str(v) for v in value]
    return [n for n in names if n][:RECENT_MOST]


def remember_register(settings: QSettings, path: str) -> None:
    """Put `path` first in the recent list."""
    names = [n for n in recent_registers(settings) if n != path]
    settings.setValue(RECENT_KEY, [path, *names][:RECENT_MOST])


class RegistersFeature:
    """Moving between registers from the File menu."""

    def __init__(self, window: MainWindow) -> None:
        """Add the register actions to `window`'s File menu."""
        self._window = window
        acts = window.acts
        acts.add(
            "new_register",
            Msg.translate("RegistersFeature", "&New register…"),
            self.new_register,
            shortcut="Ctrl+Shift+N",
            tip=Msg.translate("RegistersFeature", "Start a new, separate register file"),
        )
        acts.add(
            "open_register",
            Msg.translate("RegistersFeature", "&Open register…"),
            self.open_register,
            shortcut=QKeySequence.StandardKey.Open,
            tip=Msg.translate("RegistersFeature", "Open another register file"),
        )
        acts.add(
            "properties",
            Msg.translate("RegistersFeature", "P&roperties"),
            self.show_properties,
            tip=Msg.translate(
                "RegistersFeature", "Where this register is, its size, contents and last backup"
            ),
        )
        menu = acts.menu("file")
        acts.fill(menu, "new_register", "open_register")
        self.recent_menu = acts.submenu(
            "file", "recent", Msg.translate("RegistersFeature", "Open &recent")
        )
        acts.fill(menu, "properties", None)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        path = window.register.path
        if path is not None:
            remember_register(window.settings, str(path))

    def _fill_recent(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        current = str(self._window.register.path or "")
        shown = [n for n in recent_registers(self._window.settings) if n != current]
        for n, name in enumerate(shown, start=1):
            action = menu.addAction(f"&{n} {name}")
            action.triggered.connect(lambda _checked=False, p=name: self.open_path(Path(p)))
        if not shown:
            menu.addAction(translate("RegistersFeature", "(none yet)")).setEnabled(False)

    # -- actions -----------------------------------------------------------------------
    @guarded
    def new_register(self) -> None:
        """Ask for a new file's name and open a new register there."""
        name, _filter = QFileDialog.getSaveFileName(
            self._window,
            translate("RegistersFeature", "New register"),
            str(self._folder() / "register.sqlite"),
            translate("RegistersFeature", "Registers (*.sqlite)"),
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name + ".sqlite")
        if path.exists():
            QMessageBox.warning(
                self._window,
                translate("RegistersFeature", "New register"),
                translate(
                    "RegistersFeature",
                    "{path} exists already. Choose a new name, or use Open register to open it.",
                ).format(path=path),
            )
            return
        self.open_path(path, new=True)

    @guarded
    def open_register(self) -> None:
        """Ask for a register file and open it."""
        name, _filter = QFileDialog.getOpenFileName(
            self._window,
            translate("RegistersFeature", "Open register"),
            str(self._folder()),
            translate("RegistersFeature", "Registers (*.sqlite);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    def _folder(self) -> Path:
        path = self._window.register.path
        return path.parent if path is not None else Path.home()

    def open_path(self, path: Path, *, new: bool = False) -> MainWindow | None:
        """Open the register at `path` (`new`: make it) in its own window; close this one."""
        window = self._window
        if window.register.path is not None and path.resolve() == window.register.path.resolve():
            return window  # it is the one open
        if window.opener is None:
            return None
        if not new and not path.is_file():
            QMessageBox.warning(
                window,
                translate("RegistersFeature", "Open register"),
                translate("RegistersFeature", "{path} is not there (any more).").format(path=path),
            )
            return None
        other = window.opener(str(path))
        if other is None:
            return None  # the user stopped at a question: this register stays open
        remember_register(window.settings, str(path))
        window.close()
        return other

    @guarded
    def show_properties(self) -> None:
        """Show the register's properties."""
        from inl_equipment.ui.registers.properties_dialog import PropertiesDialog

        run_dialog(PropertiesDialog(self._window.register.safety.facts(), self._window))


def install(window: MainWindow) -> RegistersFeature:
    """Add the register actions to `window`."""
    return RegistersFeature(window)
