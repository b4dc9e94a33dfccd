"""The Photos tab: an item's pictures as thumbnails; add, open, save a copy.

Thumbnails are made on a worker thread (`register.item_page.thumbnail`,
cached on disk), so a page with many phone photos opens at once and fills
in; a page that moved on to another item ignores what comes back late.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inl_equipment.formatting import local_time, megabytes
from inl_equipment.services.facade.item_page import THUMBNAIL_EDGE
from inl_equipment.services.item_photos import PhotoRow
from inl_equipment.services.items import ValidationError
from inl_equipment.services.register import Register
from inl_equipment.ui import workers
from inl_equipment.ui.errors import show_error
from inl_equipment.ui.style import Role, set_role

Index = QModelIndex | QPersistentModelIndex


class PhotoListModel(QAbstractListModel):
    """The photos of one item, each with its thumbnail once it is made.

    Signals:
        (only those of QAbstractListModel)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty list."""
        super().__init__(parent)
        self._rows: list[PhotoRow] = []
        self._icons: dict[str, QIcon] = {}
        self._problems: dict[str, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        """How many photos (none under a valid parent: a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The file's name, its thumbnail, and a tooltip with who added it when."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(row.stored_name)
        if role == Qt.ItemDataRole.ToolTipRole:
            added = self.tr("Added {when} by {who} · {size}").format(
                when=local_time(row.added_at), who=row.operator, size=megabytes(row.size)
            )
            problem = self._problems.get(row.stored_name)
            return f"{row.original_name}\n{added}" + (f"\n{problem}" if problem else "")
        return None

    def set_rows(self, rows: Sequence[PhotoRow]) -> None:
        """Show these photos (thumbnails come later, through `set_thumbnail`)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._icons.clear()
        self._problems.clear()
        self.endResetModel()

    def set_thumbnail(self, stored_name: str, png: bytes | None, problem: str = "") -> None:
        """Give the photo stored as `stored_name` its thumbnail (or say why it has none)."""
        image = QImage.fromData(png) if png else QImage()
        if image.isNull():
            self._problems[stored_name] = problem or self.tr("The picture cannot be shown.")
        else:
            self._icons[stored_name] = QIcon(QPixmap.fromImage(image))
        for n, row in enumerate(self._rows):
            if row.stored_name == stored_name:
                at = self.index(n, 0)
                self.dataChanged.emit(at, at)

    def row_at(self, row: int) -> PhotoRow:
        """The photo shown in row `row`."""
        return self._rows[row]

    @property
    def rows(self) -> list[PhotoRow]:
        """Every photo, oldest first."""
        return list(self._rows)


class PhotosTab(QWidget):
    """An item's photos, with Add, Open and Save a copy (and dropping files on it).

    Signals:
        thumbnails_done(): every thumbnail of the item shown has been made (or failed).
        photo_added(): a photo was kept with the item.
    """

    thumbnails_done = Signal()
    photo_added = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        """The photos tab over `register`'s item photos; `show_item` fills it."""
        super().__init__(parent)
        self._register = register
        self._item_id: int | None = None
        self._generation = 0
        self.model = PhotoListModel(self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.view = QListView()
        self.view.setObjectName("photoList")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMBNAIL_EDGE, THUMBNAIL_EDGE))
        self.view.setGridSize(QSize(THUMBNAIL_EDGE + 40, THUMBNAIL_EDGE + 44))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        icon = self.style().standardIcon
        self.add_button = QPushButton(self.tr("&Add photos…"))
        self.add_button.setIcon(icon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save a &copy…"))
        self.message = QLabel()
        self.message.setObjectName("photoMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = QLabel(self.tr("No photos yet. Add pictures of the item, or drop them here."))
        set_role(self.empty, Role.MUTED)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(buttons)
        box.addWidget(self.message)
        box.addWidget(self.empty)
        box.addWidget(self.view, 1)
        self.setAcceptDrops(True)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.choose_photos)
        self.open_button.clicked.connect(self.open_current)
        self.save_button.clicked.connect(self.choose_copy_target)
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.add_button.setEnabled(self._item_id is not None and not self._register.read_only)
        self.empty.setVisible(not self.model.rows)

    def current(self) -> PhotoRow | None:
        """The selected photo, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- showing -----------------------------------------------------------------------
    def show_photos(self, item_id: int, photos: Sequence[PhotoRow]) -> None:
        """Show `photos` of item `item_id`, and start making their thumbnails."""
        same = item_id == self._item_id and [p.id for p in photos] == [
            p.id for p in self.model.rows
        ]
        self._item_id = item_id
        if not same:
            self.message.clear()
            self.message.hide()
            self.model.set_rows(photos)
            self._start_thumbnails(list(photos))
        self._update_buttons()

    def _start_thumbnails(self, photos: list[PhotoRow]) -> None:
        self._generation += 1
        generation, api = self._generation, self._register.item_page
        if not photos:
            self.thumbnails_done.emit()
            return

        def make(ctx: workers.TaskContext) -> list[tuple[str, bytes | None, str]]:
            out: list[tuple[str, bytes | None, str]] = []
            for n, photo in enumerate(photos):
                ctx.progress(n, len(photos))
                try:
                    out.append((photo.stored_name, api.thumbnail(photo.stored_name), ""))
                except (OSError, ValueError) as exc:  # a file gone from the folder, or damaged
                    out.append((photo.stored_name, None, str(exc)))
            return out

        task = workers.Task(make, self)
        task.succeeded.connect(lambda made: self._thumbnails_made(generation, made))
        task.failed.connect(lambda _exc: self._thumbnails_made(generation, []))
        workers.start(task)

    def _thumbnails_made(self, generation: int, made: list[tuple[str, bytes | None, str]]) -> None:
        if generation != self._generation:
            return  # the page shows another item now
        for stored_name, png, problem in made:
            self.model.set_thumbnail(stored_name, png, problem)
        self.thumbnails_done.emit()

    # -- actions -----------------------------------------------------------------------
    def choose_photos(self) -> None:
        """Ask for photo files and keep them with the item."""
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos of the item"), "", self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        if names:
            self.add_photos([Path(n) for n in names])

    def add_photos(self, paths: Sequence[Path]) -> int:
        """Keep these photos with the item; how many were kept (refusals shown in words)."""
        if self._item_id is None or self._register.read_only:
            return 0
        kept, refused = 0, []
        for path in paths:
            try:
                self._register.item_page.add_photo(self._item_id, path)
                kept += 1
            except ValidationError as exc:
                refused.append(f"{path.name}: {exc.messages.get('file', exc)}")
            except Exception as exc:  # noqa: BLE001 - disk full, read-only: say so, go on
                show_error(self, exc)
                break
        self.message.setText("\n".join(refused))
        self.message.setVisible(bool(refused))
        set_role(self.message, Role.ERROR)
        if kept:
            self.photo_added.emit()
        return kept

    def open_current(self) -> None:
        """Open the selected photo in the computer's picture viewer."""
        photo = self.current()
        if photo is not None:
            path = self._register.item_page.photo_path(photo.stored_name)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def choose_copy_target(self) -> None:
        """Ask where to save a copy of the selected photo, and save it there."""
        photo = self.current()
        if photo is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the photo"), photo.original_name
        )
        if name:
            self.save_copy(Path(name))

    def save_copy(self, target: Path) -> None:
        """Copy the selected photo to `target`."""
        photo = self.current()
        if photo is None:
            return
        try:
            self._register.item_page.copy_photo(photo.stored_name, target)
        except OSError as exc:
            show_error(self, exc)

    # -- dropping files ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's API
        """Accept local files dropped from the file manager."""
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls) and self.add_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's API
        """Keep the dropped files as photos of the item."""
        self.add_photos([Path(u.toLocalFile()) for u in event.mimeData().urls()])
        event.acceptProposedAction()
