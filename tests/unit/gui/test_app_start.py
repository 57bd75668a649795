"""Starting the window on a home that cannot be used: a dialog with one line, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from postcard.errors import PostcardError

from postcard.gui import app as app_module


def test_a_home_that_is_a_file_is_one_line_in_a_dialog(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder", encoding="utf-8")
    shown: list[BaseException] = []
    monkeypatch.setattr("postcard.gui.dialogs.error_dialog.show_error", lambda parent, exc: shown.append(exc))
    assert app_module.main(["--home", str(home)]) == 1
    [error] = shown
    assert isinstance(error, PostcardError)
    assert str(error) == f"cannot keep postcard's files in {home}: it is a file, not a folder"
    assert home.read_text(encoding="utf-8") == "not a folder"


def test_files_given_on_the_command_line_open_the_import_dialog(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """``postcard-gui FILE…`` (the launcher's %F, a file manager's "Open with"): the window opens with the import
    dialog showing those files, each once, a file:// URL read as its path."""
    from postcard.gui.dialogs.import_dialog import ImportDialog

    sample = Path(app_module.__file__).resolve().parents[3] / "assets" / "sample-eight.csv"
    vcard = next((data_dir / "vcards").glob("*.vcf"))
    seen: list[list[Path]] = []

    def exec_() -> int:  # instead of the event loop: look at what the user sees, then quit
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
        seen.extend(d.paths() for d in dialogs)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(qapp, "exec", exec_)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs the window's own: back after the test
    args = ["--home", str(tmp_path / "home"), "--lang", "en", str(sample), vcard.as_uri(), str(sample)]
    assert app_module.main(args) == 0
    assert seen == [[sample, vcard]]


def test_the_file_arguments_are_paths() -> None:
    args = app_module.parse_args(["--demo", "a.csv", "file:///tmp/My%20Cards/b.vcf"])
    assert args.demo and args.files == ["a.csv", "file:///tmp/My%20Cards/b.vcf"]
    assert app_module.import_paths(args.files) == [Path("a.csv").absolute(), Path("/tmp/My Cards/b.vcf")]
    assert app_module.parse_args([]).files == []


def test_files_opened_while_a_window_is_open_go_to_that_window(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """A second ``postcard-gui FILE…`` on the same book hands the files to the open window and ends."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    from postcard.paths import resolve
    from postcard.store.lock import InstanceLock

    from postcard.gui.handoff import FileHandoff, server_name

    home = tmp_path / "home"
    paths = resolve(home).ensure()
    lock = InstanceLock(paths.instance_lock)  # as the open window holds it
    assert lock.acquire()
    listening = FileHandoff(server_name(paths.data_dir))
    assert listening.listen()
    try:
        with qtbot.waitSignal(listening.files_received) as received:
            assert app_module.main(["--home", str(home), str(tmp_path / "cards.vcf"), str(tmp_path / "メモ.csv")]) == 0
        assert received.args == [[tmp_path / "cards.vcf", tmp_path / "メモ.csv"]]
    finally:
        listening.close()
        lock.release()


def test_a_stray_message_on_the_socket_is_ignored(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtNetwork import QLocalSocket

    from postcard.gui.handoff import FileHandoff, send_files, server_name

    name = server_name(tmp_path)
    listening = FileHandoff(name)
    assert listening.listen()
    seen: list[object] = []
    listening.files_received.connect(seen.append)
    try:
        socket = QLocalSocket()
        socket.connectToServer(name)
        assert socket.waitForConnected(2000)
        socket.write(b"not json\n")
        socket.waitForBytesWritten(2000)
        socket.disconnectFromServer()
        with qtbot.waitSignal(listening.files_received):  # the next, proper message still arrives
            assert send_files(name, [tmp_path / "a.csv"])
        assert seen == [[tmp_path / "a.csv"]]
    finally:
        listening.close()
    assert not send_files(name, [tmp_path / "a.csv"], timeout_ms=200)  # nobody listens: the caller opens a window
