"""The first steps: an empty register says what to do first, with a button for each.

Shown above the table while the register holds no item at all (not when a
search or filter hides every item): add the first item, import a list, or
load sample data to try the app out. It goes away with the first item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inl_equipment.ui.style import Role, set_role

if TYPE_CHECKING:
    from inl_equipment.ui.main_window import MainWindow


class FirstStepsPanel(QFrame):
    """ "This register has no items yet", and the three ways to begin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """The panel's texts and buttons (the feature connects them)."""
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        set_role(self.title, Role.STRONG)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("firstItem")
        self.import_button = QPushButton()
        self.import_button.setObjectName("firstImport")
        self.sample_button = QPushButton()
        self.sample_button.setObjectName("firstSample")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.import_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addLayout(buttons)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("This register has no items yet."))
        self.text.setText(
            self.tr(
                "Add the first item, or import a list you already keep (CSV or Excel, "
                "including exports of Snipe-IT). The provinces, categories, agencies and "
                "units, and border checkpoints are there already: change them under "
                "Reference. To try the app out first, load sample data."
            )
        )
        self.add_button.setText(self.tr("&Add the first item…"))
        self.import_button.setText(self.tr("&Import a list…"))
        self.sample_button.setText(self.tr("Load &sample data"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Set the texts again when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class FirstStepsFeature:
    """Puts the first-steps panel in the main window while the register is empty."""

    def __init__(self, window: MainWindow) -> None:
        """Add the panel to `window`'s register view."""
        self._window = window
        self.panel = FirstStepsPanel()
        window.view.add_notice(self.panel)
        self._connect_signals()

    def _connect_signals(self) -> None:
        window = self._window
        window.view.register_empty.connect(self._show_if_empty)
        self.panel.add_button.clicked.connect(window.acts["new"].trigger)
        self.panel.import_button.clicked.connect(window.acts["import"].trigger)
        self.panel.sample_button.clicked.connect(self.load_sample_data)

    def _show_if_empty(self, empty: bool) -> None:
        writable = not self._window.register.read_only
        self.panel.setVisible(empty)
        for button in (self.panel.add_button, self.panel.import_button, self.panel.sample_button):
            button.setEnabled(writable)

    def load_sample_data(self) -> None:
        """Fill the empty register with sample items (on a worker thread)."""
        from inl_equipment.ui.safety.first_run import load_sample_data

        load_sample_data(self._window)


def install(window: MainWindow) -> FirstStepsFeature:
    """Add the first-steps panel to `window`."""
    return FirstStepsFeature(window)
