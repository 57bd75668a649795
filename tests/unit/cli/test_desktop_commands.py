"""``postcard install-desktop [--uninstall] [--exec PROGRAM]`` as a user runs it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postcard import APP_ID
from postcard.cli.main import main

ENTRY = f"applications/{APP_ID}.desktop"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_home() -> Path:
    return Path(os.environ["XDG_DATA_HOME"])  # a temporary folder (tests/conftest.py)


def test_install_then_uninstall(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    code, out, err = run(capsys, "install-desktop")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"Installed postcard for this user in {data_home}; the launcher runs /")
    assert lines[0].endswith("postcard-gui:")
    listed = [line.strip() for line in lines if line.startswith("  ")]
    assert listed[0] == ENTRY and f"metainfo/{APP_ID}.metainfo.xml" in listed and len(listed) == 11
    assert all((data_home / name).is_file() for name in listed)
    assert "--uninstall" in lines[-1]

    code, out, err = run(capsys, "install-desktop", "--uninstall")
    assert code == 0, err
    assert out.startswith(f"Removed postcard's launcher, icons and metainfo from {data_home}:")
    assert [line.strip() for line in out.splitlines() if line.startswith("  ")] == listed
    assert not any(data_home.rglob("*.png")) and not (data_home / ENTRY).exists()

    code, out, _ = run(capsys, "install-desktop", "--uninstall")
    assert code == 0 and out.startswith("Nothing to remove")


def test_exec_names_the_program(capsys: pytest.CaptureFixture[str], data_home: Path, tmp_path: Path) -> None:
    program = tmp_path / "apps" / "postcard-gui"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    code, out, err = run(capsys, "install-desktop", "--exec", str(program))
    assert code == 0, err
    assert f"the launcher runs {program}:" in out
    assert f"\nExec={program} %F\n" in (data_home / ENTRY).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--exec", "/nonexistent/postcard-gui"], "no program /nonexistent/postcard-gui"),
        (["--uninstall", "--exec", "/usr/bin/true"], "--exec does not go with --uninstall"),
    ],
)
def test_mistakes_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], data_home: Path, argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "install-desktop", *argv)
    assert code == 1 and out == ""
    assert err == f"postcard: {message}\n"
    assert not data_home.exists() or not any(data_home.rglob("*"))
