"""The questions asked before a register opens: unsafe place, in use, damaged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from inl_equipment.services.facade.kinds import (
    BackupError,
    DamagedDatabaseError,
    LockedError,
    LockError,
)
from inl_equipment.services.facade.opening import restore_damaged, unsafe_place_warnings


def confirm_place(path: Path) -> bool:
    """Warn before opening a register on a network share or in a synced folder."""
    warnings = unsafe_place_warnings(path)
    if not warnings:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Unsafe place for the register",
        "The register is in a place where its file can be damaged:",
    )
    box.setInformativeText(
        "\n".join(f"• {w}" for w in warnings)
        + "\n\nSQLite's locking is not safe on network shares or in folders that "
        "OneDrive, Dropbox or Google Drive sync. Move the file to a local folder "
        "(for example Documents on this laptop) and open it from there."
    )
    open_anyway = box.addButton("Open anyway", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is open_anyway


def offer_read_only(exc: LockedError) -> bool:
    """The register is being edited elsewhere: offer to look at it read-only."""
    box = QMessageBox(QMessageBox.Icon.Information, "Register in use", _sentence(str(exc)))
    box.setInformativeText(
        "You can open it read-only now (no changes), or cancel and "
        "open it once the other copy of the app is closed."
    )
    read_only = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is read_only


def offer_restore(exc: DamagedDatabaseError) -> bool:
    """The start-up check failed: say so, and offer the newest good backup."""
    kept = f"The damaged file is kept as {exc.kept_as.name}." if exc.kept_as else ""
    if exc.backup is None:
        QMessageBox.critical(
            None,
            "Register damaged",
            f"{exc.path.name} failed its start-up check ({exc.problems[0]}). {kept}\n\n"
            "No good backup was found. Keep the damaged file for a specialist; the app "
            "will not create an empty register in its place.",
        )
        return False
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Register damaged",
        f"{exc.path.name} failed its start-up check ({exc.problems[0]}). {kept}",
    )
    box.setInformativeText(
        f"Restore the newest good backup, {exc.backup.name}? Changes "
        "made after that backup are not in it."
    )
    restore = box.addButton("Restore backup", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        restore_damaged(exc.path, exc.backup)
    except (BackupError, LockError) as err:
        QMessageBox.critical(None, "Restore failed", str(err))
        return False
    return True


def _sentence(text: str) -> str:
    """Capital first letter only (str.capitalize would lower-case the names in it)."""
    return text[:1].upper() + text[1:]
