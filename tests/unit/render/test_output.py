from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from postcard.errors import OutputError, PostcardError
from postcard.render import output
from postcard.render.output import atomic_output, check_target, remove_stale_parts


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def write(path: Path, data: bytes = b"%PDF-new") -> None:
    with atomic_output(path) as handle:
        handle.write(data)


def test_a_new_file_gets_the_umask(tmp_path: Path, umask_022: None) -> None:
    write(tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-new"
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o644
    os.umask(0o077)
    write(tmp_path / "b.pdf")
    assert (tmp_path / "b.pdf").stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]  # no .part left


def test_an_existing_file_is_replaced_and_keeps_its_permissions(tmp_path: Path, umask_022: None) -> None:
    out = tmp_path / "cards.pdf"
    out.write_bytes(b"old")
    out.chmod(0o640)
    write(out)
    assert out.read_bytes() == b"%PDF-new" and out.stat().st_mode & 0o777 == 0o640


def test_a_link_to_a_regular_file_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "cards.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    assert check_target(link) == real.resolve()
    write(link)
    assert link.is_symlink() and real.read_bytes() == b"%PDF-new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["cards.pdf"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: os.mkfifo(p), "is a named pipe"),
        (lambda p: p.symlink_to(p.parent / "nowhere.pdf"), "symbolic link to .*nowhere.pdf, which does not exist"),
        (lambda p: p.symlink_to("/dev/null"), "symbolic link to a device"),
        (lambda p: p.symlink_to(p.parent), "symbolic link to a folder"),
    ],
)
def test_what_is_not_a_regular_file_is_refused_and_left_alone(tmp_path: Path, make: object, message: str) -> None:
    out = tmp_path / "out.pdf"
    make(out)  # type: ignore[operator]
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(OutputError, match=f"cannot write {out}: .*{message}"):
        write(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not (tmp_path / "nowhere.pdf").exists()


def test_a_device_is_refused() -> None:
    with pytest.raises(OutputError, match="cannot write /dev/null: it is a device, not a regular file"):
        check_target(Path("/dev/null"))


def test_a_file_as_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="file/out.pdf: .*is not a folder"):
        check_target(tmp_path / "file" / "out.pdf")


def test_a_full_disk_names_the_file_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    with pytest.raises(OutputError) as info, atomic_output(out) as handle:
        handle.write(b"%PDF")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert str(info.value) == f"cannot write {out}: no space left on the disk"
    assert isinstance(info.value, PostcardError) and list(tmp_path.iterdir()) == []


def test_no_permission_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(output.os, "open", refuse)
    with pytest.raises(OutputError, match=f"cannot write {tmp_path / 'cards.pdf'}: permission denied"):
        write(tmp_path / "cards.pdf")


def test_an_exception_inside_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt), atomic_output(tmp_path / "cards.pdf") as handle:
        handle.write(b"%PDF")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_stale_parts_of_dead_processes_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    dead = tmp_path / ".cards.pdf.999999999.abcd.part"
    mine = tmp_path / f".cards.pdf.{os.getpid()}.abcd.part"
    other = tmp_path / ".other.pdf.999999999.abcd.part"
    for p in (dead, mine, other):
        p.write_bytes(b"half")
    assert remove_stale_parts(out) == [dead]
    assert mine.exists() and other.exists()
