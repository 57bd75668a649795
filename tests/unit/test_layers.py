"""The layering rule (AGENTS.md): each package imports only the layers below it, and none of the libraries that
belong to another layer (Qt, reportlab, sqlite3).

From the bottom: ``core`` (pure Python) → ``store`` (SQLite) → ``io`` (files into the store) and ``render`` (PDF)
→ ``compose`` (the application layer) → the front ends ``cli`` and ``gui``, which never import each other. The
window goes through ``compose`` alone for what lies below it (bar ``core`` and ``store``): never ``io`` or ``render``.
reportlab is only the tests' reference renderer: no package imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "postcard"

_ABOVE_RENDER = ("postcard.compose", "postcard.app", "postcard.context", "postcard.demo", "postcard.desktop",
                 "postcard.cli", "postcard.gui")  # fmt: skip
FORBIDDEN = {
    "core": ("PySide6", "reportlab", "sqlite3", "postcard.store", "postcard.render", "postcard.io", *_ABOVE_RENDER),
    "store": ("PySide6", "reportlab", "postcard.render", "postcard.io", *_ABOVE_RENDER),
    "io": ("PySide6", "reportlab", "postcard.render", *_ABOVE_RENDER),
    "render": ("PySide6", "reportlab", "sqlite3", "postcard.store", "postcard.io", *_ABOVE_RENDER),
    "compose": ("PySide6", "reportlab", "postcard.app", "postcard.demo", "postcard.desktop", "postcard.cli",
                "postcard.gui"),
    "cli": ("PySide6", "reportlab", "postcard.gui"),
    "gui": ("reportlab", "postcard.cli", "postcard.io", "postcard.render"),
}  # fmt: skip


def imported_modules(path: Path, package: str = "") -> list[str]:
    """Every module ``path`` imports, anywhere in the file; a relative import is resolved against ``package`` (the
    dotted package the file is in)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = ".".join(parts[: len(parts) - node.level + 1])
            names += [f"{base}.{node.module}"] if node.module else [f"{base}.{alias.name}" for alias in node.names]
    return names


def _package_of(path: Path) -> str:
    return ".".join(("postcard", *path.relative_to(SRC).parent.parts))


def test_every_package_has_a_rule() -> None:
    packages = {p.name for p in SRC.iterdir() if (p / "__init__.py").is_file()}
    assert packages == set(FORBIDDEN)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_respects_layering(package: str) -> None:
    files = sorted((SRC / package).rglob("*.py"))
    assert files, f"no modules found in {package}"
    bad = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in files
        for name in imported_modules(path, _package_of(path))
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[package])
    ]
    assert bad == []


def test_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport postcard.gui.main_window\n", encoding="utf-8")
    assert imported_modules(bad) == ["PySide6.QtWidgets", "postcard.gui.main_window"]


def test_checker_resolves_relative_imports(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from ..gui import main_window\n    from .. import cli\n", encoding="utf-8")
    assert imported_modules(bad, "postcard.core") == ["postcard.gui", "postcard.cli"]


def test_no_bare_noqa() -> None:
    root = SRC.parents[1]
    offenders = [
        f"{p.relative_to(root)}:{n}"
        for folder in ("src", "tests", "benchmarks", "tools")
        for p in (root / folder).rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "# noqa" in line and "# noqa:" not in line
    ]
    assert offenders == []
