"""The main window: the register view, its menus, and the features installed into it.

The window itself knows no feature: `ui/features.py` lists them, and each
one's `install(window)` adds its actions, menus and toolbar buttons. The
window refreshes from the register's change feed, so whatever changed the
register (a dialog, an import on a worker thread, another window) shows here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar, QWidget

from inl_equipment.i18n import Msg
from inl_equipment.services.register import Change, Register
from inl_equipment.ui.actions import ActionSet
from inl_equipment.ui.change_relay import ChangeRelay
from inl_equipment.ui.errors import guarded
from inl_equipment.ui.register.register_view import RegisterView
from inl_equipment.ui.style import Role, set_role

_SETTINGS_VERSION = 1
#: A drop handler: given the dragged data, a function that takes the drop, or None.
DropHandler = Callable[[QMimeData], Callable[[], None] | None]


class MainWindow(QMainWindow):
    """The register: every item in a sortable, searchable, filterable table.

    Signals:
        shown(): the window is on screen (work that waits for it may start).
        retranslated(): the interface language changed and texts were set again.
    """

    shown = Signal()
    retranslated = Signal()

    def __init__(
        self, register: Register, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        """The window over `register`, remembering its layout in `settings`."""
        from inl_equipment.ui.features import install_features

        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.register = register
        self.settings = settings
        #: Opens another register in a new window (set by the app; None: not offered).
        self.opener: Callable[[str], MainWindow | None] | None = None
        self.view = RegisterView(register, self)
        self.setCentralWidget(self.view)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.operator_label = QLabel()
        self.statusBar().addPermanentWidget(self.operator_label)
        self.acts = ActionSet(self)
        self._drop_handlers: list[DropHandler] = []
        self._relay = ChangeRelay(self, register.changes)
        self._unsubscribe = self._relay.unsubscribe
        self.features: dict[str, object] = install_features(self)
        self.acts.add("quit", Msg.translate("MainWindow", "E&xit"), self.close, shortcut="Ctrl+Q")
        self.acts.fill(self.acts.menu("file"), None, "quit")
        self.acts.finish_toolbar()
        self.addToolBar(self.acts.toolbar)
        for action in self.acts.writing():
            action.setEnabled(not register.read_only)
        self.banner = self._make_banner()
        self._retranslate()
        self._connect_signals()
        self._restore_settings()
        self.setAcceptDrops(True)
        self.view.first_load(settings)

    # The table, its model and the filter bar, as tests and tools reach them.
    @property
    def table(self) -> Any:
        """The equipment table view."""
        return self.view.table

    @property
    def model(self) -> Any:
        """The equipment table's model."""
        return self.view.model

    @property
    def filters(self) -> Any:
        """The search and filter bar."""
        return self.view.filters

    @guarded
    def reload(self) -> None:
        """Read the whole register again."""
        self.view.reload()

    def current_item_id(self) -> int | None:
        """The item under the cursor, if any."""
        return self.view.current_item_id()

    def selected_item_ids(self) -> list[int]:
        """The selected items, in table order."""
        return self.view.selected_item_ids()

    def after_show(self) -> None:
        """Start the work that waits until the window is on screen (the backup on open)."""
        self.shown.emit()

    def add_drop_handler(self, handler: DropHandler) -> None:
        """Let a feature take files dropped on the window."""
        self._drop_handlers.append(handler)

    # -- building ------------------------------------------------------------------
    def _make_banner(self) -> QLabel:
        banner = QLabel()
        banner.setObjectName("readOnlyBanner")
        set_role(banner, Role.NOTICE)
        banner.setVisible(self.register.read_only)
        toolbar = QToolBar(self)
        toolbar.setObjectName("noticeBar")
        toolbar.setMovable(False)
        toolbar.addWidget(banner)
        toolbar.setVisible(self.register.read_only)
        self.addToolBarBreak()
        self.addToolBar(toolbar)
        return banner

    def _connect_signals(self) -> None:
        self.view.counts_changed.connect(self.count_label.setText)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self._relay.changed.connect(self._register_changed)

    def _retranslate(self) -> None:
        location = self.register.location
        title = self.tr("INL Equipment Tracker — {location}").format(location=location)
        if self.register.read_only:
            title = self.tr("{title} (read-only)").format(title=title)
        self.setWindowTitle(title)
        self.operator_label.setText(self.tr("Operator: {name}").format(name=self.register.operator))
        reason = self.register.read_only_reason or self.tr("Opened read-only")
        self.banner.setText(
            self.tr(
                "<b>Read-only.</b> {reason}; changes are turned off until the register "
                "is reopened for editing."
            ).format(reason=reason[:1].upper() + reason[1:])
        )
        self.acts.retranslate()
        self.retranslated.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Set every text again when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "banner"):
            self._retranslate()
        super().changeEvent(event)

    def _register_changed(self, change: Change) -> None:
        if change.everything or change.references:
            self.reload()
        elif change.items:
            self.view.items_saved(sorted(change.items))

    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for key in self.acts.context_menu:
            if key is None:
                menu.addSeparator()
            elif key in self.acts:
                menu.addAction(self.acts[key])
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- drops -----------------------------------------------------------------------
    def _drop_action(self, mime: QMimeData) -> Callable[[], None] | None:
        if self.register.read_only:
            return None
        for handler in self._drop_handlers:
            take = handler(mime)
            if take is not None:
                return take
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept a drag that a feature can take."""
        if self._drop_action(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Hand a drop to the feature that takes it, once the drag has finished."""
        take = self._drop_action(event.mimeData())
        if take is not None:
            event.acceptProposedAction()
            # Let the drag finish before a modal dialog opens.
            QTimer.singleShot(0, take)

    # -- settings --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        if s.value("mainWindow/version") != _SETTINGS_VERSION:
            self.resize(1400, 800)
            return
        for key, restore in (
            ("mainWindow/geometry", self.restoreGeometry),
            ("mainWindow/state", self.restoreState),
        ):
            value = s.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        self.view.restore_header(s)

    def save_settings(self) -> None:
        """Remember the window's size, toolbars and table layout."""
        s = self.settings
        s.setValue("mainWindow/version", _SETTINGS_VERSION)
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        self.view.save_settings(s)
        s.sync()

    def discard(self) -> None:
        """Throw the window away unseen (its register failed to open): save nothing."""
        self.view.ensure_complete()
        self._unsubscribe()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Save the layout, let loading finish, and close the register."""
        self.save_settings()
        self.view.ensure_complete()
        self._unsubscribe()
        self.register.close()
        super().closeEvent(event)
