"""No widget stores its own data under a name Qt already uses (``self.event`` hides ``QWidget.event()``, the
method Qt calls for every event; ``self.result`` hides ``QDialog.result()``): every attribute a GUI class assigns
is checked against its Qt base classes."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap

from PySide6.QtCore import QObject

import postcard.gui


def assigned_attributes(cls: type) -> set[str]:
    """The names a class's methods assign as ``self.NAME = …`` (also in tuples and annotated assignments)."""
    names = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(cls)))):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign | ast.AugAssign) else []  # fmt: skip
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "self":
                    names.add(part.attr)
    return names


def test_no_gui_class_hides_a_qt_member_with_its_own_data(qapp) -> None:  # type: ignore[no-untyped-def]
    hidden = []
    for info in pkgutil.walk_packages(postcard.gui.__path__, "postcard.gui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QObject):
                continue
            qt_bases = [base for base in cls.__mro__ if base.__module__.startswith(("PySide6", "Shiboken"))]
            for name in sorted(assigned_attributes(cls)):
                if any(name in vars(base) for base in qt_bases):
                    hidden.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert hidden == []


def test_the_check_finds_a_hidden_member(qapp) -> None:  # type: ignore[no-untyped-def]
    from postcard.gui.dialogs.print_dialog import PrintDialog

    assert {"card_event", "outcome"} <= assigned_attributes(PrintDialog)

    class Shadowing(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.event, self.ok = None, True

    assert "event" in assigned_attributes(Shadowing) and "event" in vars(QObject)
