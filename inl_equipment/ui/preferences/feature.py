"""Edit → Preferences: the interface language, switched at once without losing one's place.

"As Windows" (the default) follows the computer's language: Lao on a Lao
Windows (or `LANG=lo_LA.UTF-8` on Linux), English otherwise. The choice is
kept in the settings; `inl-equipment --lang lo` overrides it for one run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from inl_equipment.i18n import Msg
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import guarded
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.translation import LANGUAGE_KEY, install_language, system_language

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from inl_equipment.ui.main_window import MainWindow


#: Each language by its own name, whatever the interface language (not translated).
LANGUAGE_NAMES = {"en": "English", "lo": "ລາວ (Lao)"}


class PreferencesDialog(QDialog):
    """The interface language: as Windows, English, or Lao."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        """The preferences kept in `settings`."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(self.tr("As Windows ({language})").format(language=system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        current = str(settings.value(LANGUAGE_KEY) or "")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        note = QLabel(
            self.tr(
                "Receipts and labels stay in English and Lao whatever the interface "
                "language. Amounts stay in US dollars ($1,234.50) and dates read "
                "2025-03-14 in both."
            )
        )
        note.setWordWrap(True)
        set_role(note, Role.MUTED)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def chosen_language(self) -> str:
        """The setting chosen: "en", "lo", or "" for Windows' language."""
        return str(self.language.currentData() or "")


class PreferencesFeature:
    """Edit → Preferences of the main window."""

    def __init__(self, window: MainWindow) -> None:
        """Add Edit → Preferences… to `window`."""
        self._window = window
        acts = window.acts
        acts.add(
            "preferences",
            Msg.translate("PreferencesFeature", "&Preferences…"),
            self.show_preferences,
            shortcut="Ctrl+,",
            tip=Msg.translate("PreferencesFeature", "The interface language"),
        )
        acts.fill(acts.menu("edit"), None, "preferences")

    @guarded
    def show_preferences(self) -> str | None:
        """Ask, then switch the interface language at once; the language now, or None."""
        dialog = PreferencesDialog(self._window.settings, self._window)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return self.apply_language(dialog.chosen_language())

    def apply_language(self, choice: str) -> str:
        """Keep `choice` ("en", "lo", "" = Windows') and show the interface in it now."""
        self._window.settings.setValue(LANGUAGE_KEY, choice)
        return install_language(choice or system_language())


def install(window: MainWindow) -> PreferencesFeature:
    """Add the preferences to `window`."""
    return PreferencesFeature(window)
