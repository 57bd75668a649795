"""The layering rule (AGENTS.md): core, io and store never import Qt, reportlab or the front ends."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "postcard"

FORBIDDEN = {
    "core": ("PySide6", "reportlab", "sqlite3", "postcard.gui", "postcard.cli", "postcard.store", "postcard.render",
             "postcard.io"),
    "io": ("PySide6", "reportlab", "postcard.gui", "postcard.cli", "postcard.render"),
    "store": ("PySide6", "reportlab", "postcard.gui", "postcard.cli", "postcard.render"),
    "render": ("PySide6", "postcard.gui", "postcard.cli"),
    "compose": ("PySide6", "postcard.gui", "postcard.cli"),
}  # fmt: skip


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_respects_layering(package: str) -> None:
    files = sorted((SRC / package).rglob("*.py"))
    assert files, f"no modules found in {package}"
    bad = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in files
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[package])
    ]
    assert bad == []


def test_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport postcard.gui.main_window\n", encoding="utf-8")
    assert imported_modules(bad) == ["PySide6.QtWidgets", "postcard.gui.main_window"]


def test_no_bare_noqa() -> None:
    offenders = [
        f"{p.relative_to(SRC)}:{n}"
        for p in SRC.rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "# noqa" in line and "# noqa:" not in line
    ]
    assert offenders == []
