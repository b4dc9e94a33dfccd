"""The questions asked before a register opens: unsafe place, in use, damaged.

No window exists yet when they are asked, so the boxes have no parent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from inl_equipment.i18n import translate
from inl_equipment.services.facade.kinds import (
    BackupError,
    DamagedDatabaseError,
    LockedError,
    LockError,
)
from inl_equipment.services.facade.opening import restore_damaged, unsafe_place_warnings
from inl_equipment.ui.dialogs import run_dialog


def confirm_place(path: Path) -> bool:
    """Warn before opening a register on a network share or in a synced folder."""
    warnings = unsafe_place_warnings(path)
    if not warnings:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("OpenQuestions", "Unsafe place for the register"),
        translate("OpenQuestions", "The register is in a place where its file can be damaged:"),
    )
    places = "\n".join(f"• {w}" for w in warnings)
    box.setInformativeText(
        translate(
            "OpenQuestions",
            "{places}\n\nSQLite's locking is not safe on network shares or in folders that "
            "OneDrive, Dropbox or Google Drive sync. Move the file to a local folder "
            "(for example Documents on this laptop) and open it from there.",
        ).format(places=places)
    )
    open_anyway = box.addButton(
        translate("OpenQuestions", "Open anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    run_dialog(box)
    return box.clickedButton() is open_anyway


def offer_read_only(exc: LockedError) -> bool:
    """The register is being edited elsewhere: offer to look at it read-only."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("OpenQuestions", "Register in use"),
        _sentence(str(exc)),
    )
    box.setInformativeText(
        translate(
            "OpenQuestions",
            "You can open it read-only now (no changes), or cancel and "
            "open it once the other copy of the app is closed.",
        )
    )
    read_only = box.addButton(
        translate("OpenQuestions", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    run_dialog(box)
    return box.clickedButton() is read_only


def offer_restore(exc: DamagedDatabaseError) -> bool:
    """The start-up check failed: say so, and offer the newest good backup."""
    failed = translate("OpenQuestions", "{file} failed its start-up check ({problem}).").format(
        file=exc.path.name, problem=str(exc.problems[0])
    )
    if exc.kept_as:
        kept = translate("OpenQuestions", "The damaged file is kept as {name}.")
        failed += " " + kept.format(name=exc.kept_as.name)
    title = translate("OpenQuestions", "Register damaged")
    if exc.backup is None:
        advice = translate(
            "OpenQuestions",
            "No good backup was found. Keep the damaged file for a specialist; the app "
            "will not create an empty register in its place.",
        )
        QMessageBox.critical(None, title, f"{failed}\n\n{advice}")
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, failed)
    box.setInformativeText(
        translate(
            "OpenQuestions",
            "Restore the newest good backup, {name}? Changes made after that backup are not in it.",
        ).format(name=exc.backup.name)
    )
    restore = box.addButton(
        translate("OpenQuestions", "Restore backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    run_dialog(box)
    if box.clickedButton() is not restore:
        return False
    try:
        restore_damaged(exc.path, exc.backup)
    except (BackupError, LockError) as err:
        QMessageBox.critical(None, translate("OpenQuestions", "Restore failed"), str(err))
        return False
    return True


def _sentence(text: str) -> str:
    """Capital first letter only (str.capitalize would lower-case the names in it)."""
    return text[:1].upper() + text[1:]
