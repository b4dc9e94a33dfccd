"""Preview a handover receipt, then print it, save it as PDF or open it in a viewer.

The PDF is built on a worker thread (ReportLab and HarfBuzz take a moment)
and shown with QtPdf. The first print right after a handover is saved is
the original; every later opening is marked COPY. Printing renders each PDF
page to an image at the printer's resolution, also on a worker thread.
Every dialog this opens (the print dialog, the progress) is deleted when done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.documents.receipt_data import PAGE_SIZES
from inl_equipment.i18n import translate
from inl_equipment.services.register import Register
from inl_equipment.ui.dialogs import run_dialog
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.handovers.receipt_output import (
    MAX_PRINT_DPI,
    print_pdf,
    temp_copy_path,
    write_atomically,
)
from inl_equipment.ui.icons import set_icon
from inl_equipment.ui.labels.feature import print_receipt_labels
from inl_equipment.ui.progress import run_with_progress
from inl_equipment.ui.screen import fit_to_screen
from inl_equipment.ui.workers import Cancelled, Task, run_in_thread

PAGE_SIZE_KEY = "receipts/pageSize"
HEADING_KEY = "receipts/nationalHeading"
LAST_DIR_KEY = "receipts/lastDir"
_PAGE_IDS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# The printing and file helpers moved to `receipt_output`; callers may still import them here.
__all__ = [
    "HEADING_KEY",
    "LAST_DIR_KEY",
    "MAX_PRINT_DPI",
    "PAGE_SIZE_KEY",
    "ReceiptPreview",
    "open_with_system",
    "print_pdf",
    "temp_copy_path",
    "write_atomically",
]


def open_with_system(path: Path) -> bool:
    """Open a file in the program the system has for it; False if none opened."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReceiptPreview(QDialog):
    """The receipt as it will print, with Print, Save as PDF and Open in viewer.

    Signals:
        pdf_ready(): the PDF for the current page size and heading is built and shown.
        printed(int): pages sent to the printer.
    """

    pdf_ready = Signal()
    printed = Signal(int)

    def __init__(
        self,
        register: Register,
        number: str,
        parent: QWidget | None = None,
        *,
        copy: bool = True,
        settings: QSettings | None = None,
    ) -> None:
        """The preview of receipt `number`: a reprint (`copy`, marked COPY) or the original."""
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        title = (
            self.tr("Receipt {number} (copy)") if copy else self.tr("Receipt {number} (original)")
        )
        self.setWindowTitle(title.format(number=number))
        self._register, self.number, self.copy = register, number, copy
        self._settings = settings if settings is not None else QSettings()
        self.pdf_bytes = b""
        self._buffer: QBuffer | None = None
        self._generation = 0
        self._printer: QPrinter | None = None
        self.document = QPdfDocument(self)
        self._build()
        self._connect_signals()
        fit_to_screen(self, 860, 980)
        self.rebuild()

    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_size = QComboBox()
        self.page_size.setObjectName("pageSize")
        self.page_size.addItems(list(PAGE_SIZES))
        stored = str(self._settings.value(PAGE_SIZE_KEY, "A4"))
        self.page_size.setCurrentText(stored if stored in PAGE_SIZES else "A4")
        self.heading = QCheckBox(self.tr("Lao national heading"))
        self.heading.setObjectName("nationalHeading")
        self.heading.setToolTip(
            self.tr("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ … at the top of the receipt")
        )
        self.heading.setChecked(_as_bool(self._settings.value(HEADING_KEY, True)))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.open_button = QPushButton(self.tr("&Open in viewer"))
        self.labels_button = QPushButton(self.tr("Print &labels…"))
        self.labels_button.setObjectName("receiptLabelsButton")
        self.close_button = QPushButton(self.tr("Close"))
        buttons = (self.print_button, self.save_button, self.open_button, self.labels_button)
        for b, key in zip(buttons, ("print", "save_pdf", "open_file", "print_labels"), strict=True):
            set_icon(b, key)
        for b in (*buttons, self.close_button):
            b.setAutoDefault(False)
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Paper:")))
        top.addWidget(self.page_size)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.busy)
        bottom = QHBoxLayout()
        for b in buttons:
            bottom.addWidget(b)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        box.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.page_size.currentTextChanged.connect(self._on_options)
        self.heading.toggled.connect(self._on_options)
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button.clicked.connect(lambda _checked=False: self.save_as())
        self.open_button.clicked.connect(lambda _checked=False: self.open_in_viewer())
        self.labels_button.clicked.connect(
            lambda _checked=False: print_receipt_labels(
                self, self._register, self.number, self._settings
            )
        )
        self.close_button.clicked.connect(self.accept)

    # -- building the PDF ---------------------------------------------------------
    @property
    def is_busy(self) -> bool:
        """Whether the PDF is being built (or none is ready yet)."""
        return self.busy.isVisible() or not self.pdf_bytes

    def rebuild(self) -> Task:
        """Build the PDF for the current options on a worker thread."""
        self._generation += 1
        generation = self._generation
        register, number, copy = self._register, self.number, self.copy
        page_size, heading = self.page_size.currentText(), self.heading.isChecked()
        self._set_busy(True, self.tr("Building the receipt…"))
        return run_in_thread(
            lambda _ctx: register.handovers.receipt_pdf(
                number, copy=copy, page_size=page_size, national_heading=heading
            ),
            lambda pdf: self._on_built(generation, pdf),
            lambda exc: self._on_failed(generation, exc),
            self,
        )

    def _on_built(self, generation: int, pdf: bytes) -> None:
        if generation != self._generation:
            return  # an older build: the options changed meanwhile
        old = self._buffer
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer  # QPdfDocument reads from it while it is open
        if old is not None:
            old.close()
            old.deleteLater()
        self.pdf_bytes = pdf
        pages = self.document.pageCount()
        if self.copy:
            status = translate("ReceiptPreview", "Copy (marked COPY) · %n page(s)", None, pages)
        else:
            status = translate("ReceiptPreview", "Original · %n page(s)", None, pages)
        self._set_busy(False, status)
        self.pdf_ready.emit()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False, self.tr("The receipt could not be built."))
        show_error(self, exc)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy.setVisible(busy)
        self.status.setText(text)
        ready = not busy and bool(self.pdf_bytes)
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(ready)

    def _on_options(self) -> None:
        self._settings.setValue(PAGE_SIZE_KEY, self.page_size.currentText())
        self._settings.setValue(HEADING_KEY, self.heading.isChecked())
        self.pdf_bytes = b""
        self.rebuild()

    # -- actions ----------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        """A high-resolution printer set to the chosen paper size."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(_PAGE_IDS.get(self.page_size.currentText(), _PAGE_IDS["A4"])))
        printer.setDocName(self.number)
        return printer

    def print_receipt(self) -> None:
        """Ask which printer (the system's print dialog), then print."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print receipt {number}").format(number=self.number))
        if run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.start_print(printer)

    def start_print(self, printer: QPrinter) -> Task:
        """Print on a worker thread behind a progress dialog with Cancel."""
        self._printer = printer  # kept alive until the task is done
        pdf = self.pdf_bytes
        task = run_with_progress(
            self,
            self.tr("Printing"),
            self.tr("Sending {number} to the printer…").format(number=self.number),
            lambda ctx: print_pdf(pdf, printer, ctx),
        )
        task.succeeded.connect(self._on_printed)
        task.failed.connect(self._on_print_failed)
        return task

    def _on_printed(self, pages: int) -> None:
        self._printer = None
        self.status.setText(
            translate("ReceiptPreview", "Sent %n page(s) to the printer.", None, pages)
        )
        self.printed.emit(pages)

    def _on_print_failed(self, exc: BaseException) -> None:
        self._printer = None
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Printing cancelled."))
        else:
            show_error(self, exc)

    def save_as(self, path: Path | None = None) -> Path | None:
        """Write the PDF to `path` (asked for when None); returns where it went."""
        if not self.pdf_bytes:
            return None
        if path is None:
            path = self._ask_save_path()
            if path is None:
                return None
        try:
            write_atomically(path, self.pdf_bytes)
        except OSError as exc:
            show_error(self, exc)
            return None
        self._settings.setValue(LAST_DIR_KEY, str(path.parent))
        self.status.setText(self.tr("Saved {name}").format(name=path.name))
        return path

    def _ask_save_path(self) -> Path | None:
        folder = str(self._settings.value(LAST_DIR_KEY, "") or Path.home())
        stem = self.tr("{number} (copy)").format(number=self.number) if self.copy else self.number
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save receipt as PDF"),
            str(Path(folder) / f"{stem}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def open_in_viewer(self) -> Path | None:
        """Write the PDF to a temporary file and open it in the system's PDF viewer."""
        if not self.pdf_bytes:
            return None
        try:
            path = temp_copy_path(self.number, ".pdf")
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            show_error(self, exc)
            return None
        if not open_with_system(path):
            QMessageBox.warning(
                self,
                self.tr("No PDF viewer"),
                self.tr("No program opened the receipt. It is saved at {path}.").format(path=path),
            )
        return path


def _as_bool(value: object) -> bool:
    """A setting read back as a bool (an INI file gives "true"/"false" strings)."""
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "")
    return bool(value)
