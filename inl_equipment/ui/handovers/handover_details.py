"""The lower half of the Handovers window: one handover in full, its lines and signed copies.

The pane only shows; the window (`handovers_view.HandoversView`) wires its
buttons to the actions and tells it which handover to show.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import day, local_time, megabytes, money, number
from inl_equipment.i18n import Msg, translate
from inl_equipment.services.handover_list import AttachmentRow, HandoverDetail, HandoverLineRow
from inl_equipment.services.vocabulary import (
    condition_label,
    handover_kind_label,
    handover_status_label,
)
from inl_equipment.ui.icons import set_icon
from inl_equipment.ui.row_table_model import RowColumn, RowTableModel
from inl_equipment.ui.style import Palette, rich

_KB, _MB = 1024, 1024 * 1024


def _line_columns() -> list[RowColumn[HandoverLineRow]]:
    """The receipt lines' columns (as the receipt prints them)."""
    return [
        RowColumn(Msg.translate("HandoverDetailsPane", "Asset tag"), lambda ln: ln.asset_tag),
        RowColumn(
            Msg.translate("HandoverDetailsPane", "Serial / lot"),
            lambda ln: ln.serial_number or ln.lot_number,
        ),
        RowColumn(Msg.translate("HandoverDetailsPane", "Description"), lambda ln: ln.description),
        RowColumn(
            Msg.translate("HandoverDetailsPane", "Qty"), lambda ln: number(ln.quantity), right=True
        ),
        RowColumn(
            Msg.translate("HandoverDetailsPane", "Unit value"),
            lambda ln: money(ln.unit_value),
            right=True,
        ),
        RowColumn(
            Msg.translate("HandoverDetailsPane", "Condition"),
            lambda ln: condition_label(ln.condition),
        ),
    ]


def _attachment_columns() -> list[RowColumn[AttachmentRow]]:
    """One column: the file's name and size."""
    return [
        RowColumn(
            Msg.translate("HandoverDetailsPane", "File"),
            lambda a: f"{a.original_name} ({file_size(a.size)})",
        )
    ]


class HandoverDetailsPane(QWidget):
    """A handover's details, its lines, its signed copies and the buttons that act on it.

    Signals:
        (only those of QWidget; the window connects the buttons and the list)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty pane (no handover shown)."""
        super().__init__(parent)
        self.line_model = RowTableModel(_line_columns(), self)
        self.attachment_model = RowTableModel(_attachment_columns(), self)
        self._build()

    def _build(self) -> None:
        self.details = QLabel()
        self.details.setObjectName("handoverDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines = QTableView()
        self.lines.setObjectName("detailLines")
        self.lines.setModel(self.line_model)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.verticalHeader().hide()
        self.lines.verticalHeader().setDefaultSectionSize(self.lines.fontMetrics().height() + 8)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.attachments = QListView()
        self.attachments.setObjectName("attachmentList")
        self.attachments.setModel(self.attachment_model)
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments.setFixedHeight(70)
        self.receipt_button = QPushButton(self.tr("&Receipt…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.attach_button = QPushButton(self.tr("&Attach signed copy…"))
        self.open_button = QPushButton(self.tr("&Open attachment"))
        self.labels_button = QPushButton(self.tr("Print &labels…"))
        self.labels_button.setObjectName("handoverLabelsButton")
        actions = QVBoxLayout()
        buttons = (self.receipt_button, self.void_button, self.attach_button, self.open_button)
        keys = ("receipt", "void", "attach", "open_file", "print_labels")
        for b, key in zip((*buttons, self.labels_button), keys, strict=True):
            set_icon(b, key)
            actions.addWidget(b)
        actions.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.details)
        self.attachments_label = QLabel()
        left.addWidget(self.attachments_label)
        left.addWidget(self.attachments)
        left.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 0)
        row.addLayout(left, 2)
        row.addWidget(self.lines, 3)
        row.addLayout(actions)

    def show_detail(self, d: HandoverDetail | None) -> None:
        """Show handover `d` (None: say that none is selected)."""
        self.line_model.set_rows(d.lines if d is not None else [])
        self.attachment_model.set_rows(d.attachments if d is not None else [])
        if d is None:
            self.details.setText(self.tr("<i>No handover selected.</i>"))
            self.attachments_label.clear()
            return
        self.details.setText("<br>".join(self._detail_parts(d)))
        self.lines.resizeColumnToContents(0)
        self.attachments_label.setText(
            self.tr("Signed copies on file:")
            if d.attachments
            else self.tr("Signed copy on file: none yet")
        )
        if d.attachments:
            self.attachments.setCurrentIndex(self.attachment_model.index(0, 0))

    def _detail_parts(self, d: HandoverDetail) -> list[str]:
        """The details as rich-text lines (every value escaped)."""
        r, e = d.row, html.escape
        kind, status = handover_kind_label(r.kind), handover_status_label(r.status)
        parts = [
            f"<b>{e(r.number)}</b> · {e(kind)} · {day(r.date)} · {e(status)}",
            self.tr("From: {source}<br>To: {target}").format(
                source=e(r.from_name), target=e(r.to_name)
            ),
        ]
        if d.location:
            parts.append(self.tr("Location: {place}").format(place=e(d.location)))
        parts.append(
            self.tr("Handed over by: {giver}<br>Received by: {receiver}").format(
                giver=e(d.handed_over_by), receiver=e(d.received_by)
            )
        )
        if d.witness:
            parts.append(self.tr("Witness: {name}").format(name=e(d.witness)))
        if d.remarks:
            parts.append(self.tr("Remarks: {text}").format(text=e(d.remarks)))
        if d.void_reason:
            void = self.tr("<b>VOID:</b> {reason}").format(reason=e(d.void_reason))
            parts.append(rich(void, Palette.ERROR))
        if voided := voided_text(d):
            parts.append(rich(e(voided), Palette.ERROR))
        count = r.items
        parts.append(
            translate(
                "HandoverDetailsPane", "%n item(s) · {total} · issued by {operator}", None, count
            ).format(total=money(r.total_value), operator=e(d.operator))
        )
        return parts

    def current_attachment(self) -> AttachmentRow | None:
        """The attachment chosen in the list (the first when none is), or None."""
        rows = self.attachment_model.rows()
        if not rows:
            return None
        return rows[max(0, min(self.attachments.currentIndex().row(), len(rows) - 1))]


def voided_text(d: HandoverDetail) -> str:
    """The line 'Voided by X on 2026-03-12 14:05 (local time)', or "" if not voided."""
    when = local_time(d.voided_at) if d.voided_at else ""
    if d.voided_by and when:
        return translate("Handovers", "Voided by {name} on {time} (local time)").format(
            name=d.voided_by, time=when
        )
    if d.voided_by:
        return translate("Handovers", "Voided by {name}").format(name=d.voided_by)
    if when:
        return translate("Handovers", "Voided on {time} (local time)").format(time=when)
    return ""


def file_size(size: int) -> str:
    """A file's size as people read it: '512 bytes', '48 KB', '2.3 MB'."""
    if size < _KB:
        return translate("Handovers", "%n byte(s)", None, size)
    return f"{number(round(size / _KB))} KB" if size < _MB else megabytes(size)
