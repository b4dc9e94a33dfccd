"""The project's own rules, checked: module and function size, layers."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "inl_equipment"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60

#: Long on purpose. Alembic revisions are history: written once and never edited.
FUNCTION_ALLOW = {
    ("db/migrations/versions/0001_initial_register_schema.py", "upgrade"),
    ("db/migrations/versions/0002_handovers_receipts_attachments_imports.py", "upgrade"),
}
MODULE_ALLOW: set[str] = set()
CORE = ("db", "services", "documents", "interchange")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_over_400_lines() -> None:
    long = [
        f"{p.relative_to(PACKAGE)}: {n} lines"
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
        and str(p.relative_to(PACKAGE)) not in MODULE_ALLOW
    ]
    assert not long, "split these modules:\n" + "\n".join(long)


def test_no_function_is_over_60_lines() -> None:
    long = []
    for path in _modules():
        rel = str(path.relative_to(PACKAGE))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > MAX_FUNCTION_LINES and (rel, node.name) not in FUNCTION_ALLOW:
                    long.append(f"{rel}:{node.lineno} {node.name}: {size} lines")
    assert not long, "split these functions:\n" + "\n".join(long)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_core_imports_no_qt_and_no_ui() -> None:
    bad = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(("PySide6", "inl_equipment.ui", "inl_equipment.app")):
                    bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not bad, "\n".join(bad)


def test_qt_is_imported_only_by_the_ui_and_the_app_setup() -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in ("ui", "app.py")
        for name in _imports(path)
        if name.startswith("PySide6")
    ]
    assert not bad, "\n".join(bad)


def test_widgets_never_touch_the_database_layer() -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for name in _imports(path)
        if name.startswith(("inl_equipment.db", "sqlalchemy"))
    ]
    assert not bad, "widgets go through the register facade:\n" + "\n".join(bad)


def test_no_raw_sqlite_outside_db() -> None:
    """Storage stays portable: DB-API cursors and SQLite's own SQL live in db/ only."""
    bad = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "db":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in (
            "import sqlite3",
            ".cursor()",
            "executemany(",
            "sqlite_master",
            "NOCASE",
            "exec_driver_sql",
            "PRAGMA",
        ):
            if needle in text:
                bad.append(f"{rel}: {needle}")
    assert not bad, "\n".join(bad)


def test_nothing_prints_in_the_app() -> None:
    """The app logs; only the command line writes to the console."""
    bad = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "cli":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "print"
            ):
                bad.append(f"{rel}:{node.lineno}")
    assert not bad, "use logging, not print:\n" + "\n".join(bad)
