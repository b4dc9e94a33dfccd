"""Qt's side of translation: the installed catalogues and the language switch.

The app's catalogues are `resources/i18n/inl_equipment_<lang>.qm`; the
English one holds only plural forms. Installing a language also makes the
core's `i18n.translate` and `Msg` render through Qt, so a message raised in
the core and a menu title follow the same switch. Qt then sends every widget
a `LanguageChange` event, on which windows re-set their texts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from inl_equipment import i18n

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
#: The user's choice of interface language in the settings: "en", "lo", or "" (Windows').
LANGUAGE_KEY = "interface/language"


#: The language `install_language` installed last ("en" until then).
_language = ["en"]


def current_language() -> str:
    """The interface language installed now ("en" or "lo")."""
    return _language[0]


def _qt_backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def system_language() -> str:
    """The interface language the computer's locale asks for ("lo" or "en")."""
    return "lo" if QLocale.system().language() == QLocale.Language.Lao else "en"


def install_language(language: str) -> str:
    """Show the interface in `language` ("en", "lo"; anything else: English).

    Returns the language installed. English is always loaded underneath, so
    plurals read "1 item" / "2 items" when a Lao message is missing.
    """
    language = language if language in i18n.LANGUAGES else "en"
    folder = i18n.catalogue_dir()
    files = [folder / f"{i18n.CATALOGUE_STEM}_en.qm"]
    if language != "en":
        files += [folder / f"qtbase_{language}.qm", folder / f"{i18n.CATALOGUE_STEM}_{language}.qm"]
    install_catalogues([f for f in files if f.exists()])
    _language[0] = language
    return language


def install_catalogues(files: list[Path]) -> None:
    """Replace the app's translators by these `.qm` files (later files win)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("a QApplication must exist before translations are installed")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation file %s could not be loaded", path)
    i18n.install_backend(_qt_backend)
