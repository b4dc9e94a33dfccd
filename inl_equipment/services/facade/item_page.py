"""`register.item_page`: one item's whole life for the item page, and its photos."""

from __future__ import annotations

from pathlib import Path

from inl_equipment import paths
from inl_equipment.i18n import Msg
from inl_equipment.services import attachments, item_life, item_photos
from inl_equipment.services.facade.base import Context
from inl_equipment.services.facade.changes import Change
from inl_equipment.services.facade.handovers import NoAttachmentFolderError
from inl_equipment.services.item_life import ItemLife

#: The thumbnails' edge, in pixels, as the Photos tab shows them.
THUMBNAIL_EDGE = 160


class ItemPageApi:
    """Receipts, checks, incidents and photos of single items."""

    def __init__(self, ctx: Context, thumbnail_cache: Path | None = None) -> None:
        """The item pages of the register behind `ctx`; thumbnails kept in `thumbnail_cache`.

        Without a cache folder the user's cache folder (`paths.default_cache_dir`) is used.
        """
        self._ctx = ctx
        self._cache = thumbnail_cache or paths.default_cache_dir() / "thumbnails"

    def life(self, item_id: int) -> ItemLife:
        """Everything recorded about item `item_id` besides its fields and history."""
        with self._ctx.db.read() as s:
            return item_life.item_life(s, item_id)

    def _folder(self) -> Path:
        path = self._ctx.db.path
        if path is None:
            raise NoAttachmentFolderError(
                Msg.translate("Attachments", "attachments need a register stored in a file")
            )
        return attachments.attachments_dir(path)

    def add_photo(self, item_id: int, source: Path) -> Path:
        """Keep photo `source` with the item; returns where it is stored.

        `ValidationError` (for the "file" field) when it is not a readable JPEG
        or PNG picture; the item's history records it.
        """
        folder = self._folder()
        with self._ctx.db.write() as s:
            stored = item_photos.add_photo(s, item_id, source, folder, self._ctx.operator)
        self._ctx.changes.publish(Change.of_items([item_id]))
        return stored

    def photo_path(self, stored_name: str) -> Path:
        """The stored file of a photo (to open it in the system's viewer)."""
        return attachments.stored_path(self._folder(), stored_name)

    def thumbnail(self, stored_name: str, edge: int = THUMBNAIL_EDGE) -> bytes:
        """A PNG thumbnail of a stored photo (call it off the GUI thread)."""
        return item_photos.thumbnail_png(self.photo_path(stored_name), edge, self._cache)

    def copy_photo(self, stored_name: str, target: Path) -> None:
        """Copy a stored photo out to `target`."""
        attachments.copy_out(self._folder(), stored_name, target)
