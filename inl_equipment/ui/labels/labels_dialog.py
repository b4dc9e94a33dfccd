"""Print asset labels: the label stock, where on the sheet to start, calibration, donor line.

The labels are written to a PDF on a worker thread (progress and Cancel); the
officer prints that PDF at 100 % ("actual size") on the label sheets. The
layout, each layout's calibration and the logo are this computer's settings
(they belong to its printer); the donor line is the register's, the same on
every copy of the app.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.documents.asset_label_layouts import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    MAX_OFFSET_MM,
    LayoutError,
    Offset,
    layout_title,
)
from inl_equipment.formatting import number
from inl_equipment.i18n import translate
from inl_equipment.services.asset_labels import DONOR_MAX
from inl_equipment.services.register import Register
from inl_equipment.ui.exports.export_dialog import default_folder, failure_reason
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.style import Role, set_role
from inl_equipment.ui.workers import Cancelled, Task, TaskContext

LAYOUT_KEY = "labels/layout"
LOGO_KEY = "labels/logo"


def _offset_key(layout: str, side: str) -> str:
    return f"labels/offset/{layout}/{side}"


def _stored_mm(value: object) -> float:
    """A calibration as the settings file holds it (text in an INI file); 0 if unreadable."""
    try:
        mm = float(str(value))
    except ValueError:
        return 0.0
    return mm if abs(mm) <= MAX_OFFSET_MM else 0.0


class LabelsDialog(QDialog):
    """Asks for the label stock, the first free label and the calibration; writes the PDF.

    Signals:
        written(object): the `Path` of the labels PDF, once written.
    """

    written = Signal(object)

    def __init__(
        self,
        register: Register,
        item_ids: list[int],
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        what: str = "",
        folder: Path | None = None,
    ) -> None:
        """Labels for `item_ids`; `what` says which items in words ("3 selected items")."""
        super().__init__(parent)
        self.setObjectName("labelsDialog")
        self.setWindowTitle(self.tr("Print labels"))
        self.register, self.item_ids, self._settings = register, list(item_ids), settings
        self.task: Task | None = None
        self._donor = register.labels.donor_line()
        self._make_fields(what, folder or default_folder())
        self._lay_out()
        self._connect_signals()
        self._layout_changed()

    def _make_fields(self, what: str, folder: Path) -> None:
        n = len(self.item_ids)
        count = translate("LabelsDialog", "{count} label(s)", None, n).format(count=number(n))
        self.what = QLabel(f"{count} — {what}" if what else count)
        set_role(self.what, Role.STRONG)
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("labelLayout")
        for key, layout in LAYOUTS.items():
            self.layout_choice.addItem(layout_title(layout), key)
        stored = str(self._settings.value(LAYOUT_KEY, DEFAULT_LAYOUT))
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(stored)))
        self.start = QSpinBox()
        self.start.setObjectName("labelStart")
        self.offsets = (QDoubleSpinBox(), QDoubleSpinBox())
        for box, name in zip(self.offsets, ("offsetRight", "offsetDown"), strict=True):
            box.setObjectName(name)
            box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
            box.setSingleStep(0.1)
            box.setDecimals(1)
            box.setSuffix(self.tr(" mm"))
        self.donor_en = QLineEdit(self._donor.english)
        self.donor_lo = QLineEdit(self._donor.lao)
        for edit in (self.donor_en, self.donor_lo):
            edit.setMaxLength(DONOR_MAX)
            # The donor line is the register's: a read-only register prints it as it is.
            edit.setReadOnly(self.register.read_only)
        self.logo = QLineEdit(str(self._settings.value(LOGO_KEY, "") or ""))
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.path = QLineEdit(str(folder / f"labels-{date.today():%Y-%m-%d}.pdf"))
        self.path.setObjectName("labelsPath")
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.alignment_button = QPushButton(self.tr("Alignment page…"))
        self.alignment_button.setToolTip(
            self.tr("A sheet of label outlines to print on plain paper and hold over a label sheet")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Save labels"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setEnabled(bool(self.item_ids))
        self.hint = QLabel(self.tr("Print the PDF at actual size (100 %), not “fit to page”."))
        set_role(self.hint, Role.HINT)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Label stock"), self.layout_choice)
        form.addRow(self.tr("Start at label"), self.start)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("right")))
        offsets.addWidget(self.offsets[0])
        offsets.addWidget(QLabel(self.tr("down")))
        offsets.addWidget(self.offsets[1])
        offsets.addWidget(self.alignment_button)
        form.addRow(self.tr("Printer calibration"), offsets)
        form.addRow(self.tr("Donor line (English)"), self.donor_en)
        form.addRow(self.tr("Donor line (Lao)"), self.donor_lo)
        logo = QHBoxLayout()
        logo.addWidget(self.logo, 1)
        logo.addWidget(self.logo_button)
        form.addRow(self.tr("Logo"), logo)
        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(self.browse_button)
        form.addRow(self.tr("File"), target)
        box = QVBoxLayout(self)
        box.addWidget(self.what)
        box.addLayout(form)
        box.addWidget(self.hint)
        box.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.layout_choice.currentIndexChanged.connect(self._layout_changed)
        self.browse_button.clicked.connect(self._browse)
        self.logo_button.clicked.connect(self._choose_logo)
        self.alignment_button.clicked.connect(self._alignment_page)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # -- choices ------------------------------------------------------------------
    @property
    def layout_key(self) -> str:
        """The chosen label stock's key ("L7163")."""
        return str(self.layout_choice.currentData())

    def offset(self) -> Offset:
        """The calibration as entered."""
        return Offset(self.offsets[0].value(), self.offsets[1].value())

    def _layout_changed(self) -> None:
        layout = LAYOUTS[self.layout_key]
        self.start.setRange(1, layout.per_sheet)
        self.start.setSuffix(self.tr(" of {count}").format(count=layout.per_sheet))
        for box, side in zip(self.offsets, ("right", "down"), strict=True):
            box.setValue(_stored_mm(self._settings.value(_offset_key(layout.key, side), 0.0)))

    def _remember(self) -> None:
        self._settings.setValue(LAYOUT_KEY, self.layout_key)
        for box, side in zip(self.offsets, ("right", "down"), strict=True):
            self._settings.setValue(_offset_key(self.layout_key, side), box.value())
        self._settings.setValue(LOGO_KEY, self.logo.text().strip())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save labels as"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def _choose_logo(self) -> None:
        pictures = self.tr("Pictures (*.png *.jpg *.jpeg)")
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo for the labels"), self.logo.text(), pictures
        )
        if chosen:
            self.logo.setText(chosen)

    def _target(self) -> Path | None:
        text = self.path.text().strip()
        if not text.lower().endswith(".pdf"):
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Give a file name ending in .pdf.")
            )
            return None
        return Path(text)

    # -- writing ------------------------------------------------------------------
    def _alignment_page(self) -> None:
        target = self._target()
        if target is None:
            return
        page = target.with_name(f"{target.stem}-alignment.pdf")
        try:
            self.register.labels.write_alignment_page(page, self.layout_key, self.offset())
        except (OSError, LayoutError) as exc:
            QMessageBox.warning(self, self.windowTitle(), _problem(exc, page))
            return
        self._remember()
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr(
                "The alignment page is in {path}. Print it at actual size on plain paper and "
                "hold it over a label sheet against the light: how far the boxes miss the "
                "labels is the calibration to enter."
            ).format(path=page),
        )

    def save(self) -> None:
        """Keep the donor line if changed, then write the labels behind a progress dialog."""
        target = self._target()
        if target is None:
            return
        english, lao = self.donor_en.text(), self.donor_lo.text()
        if (english, lao) != (self._donor.english, self._donor.lao):
            try:
                self.register.labels.set_donor_line(english, lao)
            except ValueError as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))
                return
        self._remember()
        logo = Path(self.logo.text().strip()) if self.logo.text().strip() else None
        ids, layout, start, offset = (
            self.item_ids,
            self.layout_key,
            self.start.value(),
            self.offset(),
        )

        def work(ctx: TaskContext) -> Path:
            self.register.labels.write_labels(
                ids, target, layout, start, offset, logo, ctx.progress
            )
            return target

        self.save_button.setEnabled(False)
        self.task = run_with_progress(
            self, self.tr("Print labels"), self.tr("Writing the labels…"), work
        )
        self.task.succeeded.connect(self._written)
        self.task.failed.connect(lambda exc: self._failed(exc, target))

    def _written(self, target: Path) -> None:
        self.written.emit(target)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.tr("The labels are in {path}. Print the file at actual size.").format(path=target),
            QMessageBox.StandardButton.Close,
            self,
        )
        opener = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is opener:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.accept()

    def _failed(self, exc: BaseException, target: Path) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            return
        QMessageBox.warning(self, self.windowTitle(), _problem(exc, target))


def _problem(exc: BaseException, target: Path) -> str:
    """What went wrong in words: the layout's own message, or why the file was not written."""
    if isinstance(exc, LayoutError):
        return str(exc)
    return translate(
        "LabelsDialog", "The labels were not written: {reason}.\n\nNo file was written at {path}."
    ).format(reason=failure_reason(exc, target), path=target)
