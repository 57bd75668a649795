"""Writing a PDF to the file the user named: checked first, written to a hidden ``.part`` file, renamed into place.

:func:`check_target` refuses, before any work, everything that is not a regular file or a new path: a directory,
a FIFO, a device node, a socket, a dangling symbolic link. A symbolic link to a regular file is followed: the file
it leads to is replaced and the link stays. :func:`atomic_output` writes beside the target and renames when the
file is complete, so a cancel, an error or a kill leaves either nothing or the finished file. A new file gets the
permissions the user's umask gives (``0o666 & ~umask``), an existing one keeps its own. Every failure becomes an
:class:`~postcard.errors.OutputError` that names the file (no space left, no permission, a read-only disk...).
"""

from __future__ import annotations

import errno
import glob
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from postcard.errors import OutputError, OutputFault

_KINDS = (  # what a path is when it is no regular file: (test, key for the front ends, English)
    (stat.S_ISDIR, "folder", "a folder"),
    (stat.S_ISFIFO, "fifo", "a named pipe (FIFO)"),
    (stat.S_ISCHR, "device", "a device"),
    (stat.S_ISBLK, "device", "a device"),
    (stat.S_ISSOCK, "socket", "a socket"),
)
_FAULTS = {
    errno.ENOSPC: OutputFault.DISK_FULL,
    errno.EDQUOT: OutputFault.DISK_FULL,
    errno.EACCES: OutputFault.NO_PERMISSION,
    errno.EPERM: OutputFault.NO_PERMISSION,
    errno.EROFS: OutputFault.READ_ONLY,
    errno.ENOENT: OutputFault.NO_FOLDER,
    errno.ENOTDIR: OutputFault.NO_FOLDER,
}
_REASONS = {
    errno.ENOSPC: "no space left on the disk",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "its folder does not exist",
    errno.ENOTDIR: "a part of its folder path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "an input/output error",
}


def _kind(mode: int) -> tuple[str, str]:
    """(key, English) of what a path that is no regular file is."""
    for test, key, name in _KINDS:
        if test(mode):
            return key, name
    return "other", "not a regular file"


def check_target(out: Path) -> Path:
    """The file to write for ``out``: ``out`` itself, or the regular file its symbolic link(s) lead to.

    Raises:
        OutputError: ``out`` is a folder, a FIFO, a device, a socket, a link to any of those or to nothing, or its
            folder is not a folder.
    """
    out = Path(out)
    try:
        st = out.lstat()
    except FileNotFoundError:
        parent = out.parent
        if parent.exists() and not parent.is_dir():
            raise OutputError(f"cannot write {out}: {parent} is not a folder", fault=OutputFault.NO_FOLDER,
                              path=out, detail=str(parent)) from None  # fmt: skip
        return out  # a new path
    except OSError as exc:
        raise output_error(exc, out) from exc
    if stat.S_ISREG(st.st_mode):
        return out
    if stat.S_ISLNK(st.st_mode):
        target = Path(os.path.realpath(out))
        try:
            st = target.stat()
        except FileNotFoundError:
            raise OutputError(f"cannot write {out}: it is a symbolic link to {target}, which does not exist",
                              fault=OutputFault.DANGLING_LINK, path=out, detail=str(target)) from None  # fmt: skip
        except OSError as exc:
            raise output_error(exc, out) from exc
        if stat.S_ISREG(st.st_mode):
            return target
        key, kind = _kind(st.st_mode)
        raise OutputError(f"cannot write {out}: it is a symbolic link to {kind} ({target}), not to a regular file",
                          fault=OutputFault.NOT_REGULAR, path=out, detail=key)  # fmt: skip
    key, kind = _kind(st.st_mode)
    raise OutputError(f"cannot write {out}: it is {kind}, not a regular file", fault=OutputFault.NOT_REGULAR,
                      path=out, detail=key)  # fmt: skip


def output_error(exc: OSError, out: Path) -> OutputError:
    """One line for an error while writing ``out``, with the fault as data (``detail``: the system's words)."""
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    fault = _FAULTS.get(exc.errno or 0, OutputFault.OTHER)
    return OutputError(f"cannot write {out}: {reason}", fault=fault, path=out, detail=exc.strerror or str(exc))


@contextmanager
def atomic_output(out: Path) -> Iterator[BinaryIO]:
    """A binary file whose content becomes ``out`` (or the file its link leads to) when the block ends normally.

    The data goes to a hidden ``.<name>.<pid>.<random>.part`` file beside the target, which is flushed, synced and
    renamed over the target; on any exception (also ``KeyboardInterrupt`` and cancel) it is deleted.

    Raises:
        OutputError: see :func:`check_target`; and any error while creating, writing or renaming, naming ``out``.
    """
    out = Path(out)
    target = check_target(out)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(target)
        existing = target.stat().st_mode & 0o777 if target.exists() else None
        fd, part = _create_part(target, existing)
    except OSError as exc:
        raise output_error(exc, out) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if check_target(out) != target:  # the path changed under us (a link appeared): write nothing
            raise OutputError(f"cannot write {out}: it changed while the PDF was being written",
                              fault=OutputFault.CHANGED, path=out)  # fmt: skip
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise output_error(exc, out) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _create_part(target: Path, mode: int | None) -> tuple[int, Path]:
    """Create the hidden temporary file; the kernel applies the umask to a new file's 0o666."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        part = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(part, flags, 0o666 if mode is None else 0o600)
        except FileExistsError:
            continue
        if mode is not None:  # replacing a file: it keeps its permissions
            try:
                os.fchmod(fd, mode)
            except (AttributeError, OSError):  # not on every platform or file system
                pass
        return fd, part
    raise FileExistsError(errno.EEXIST, "cannot create a temporary file", str(target.parent))


def remove_stale_parts(out: Path) -> list[Path]:
    """Delete the half-written ``.part`` files that a killed batch (one that could not clean up) left for ``out``.

    The temporary file's name carries the writer's process id; files of processes still running are left alone.
    """
    removed = []
    prefix = f".{out.name}."
    for part in out.parent.glob(f"{glob.escape(prefix)}*.part"):
        pid_text = part.name[len(prefix) :].split(".", 1)[0]
        if pid_text.isdigit() and not _process_alive(int(pid_text)) and part.is_file() and not part.is_symlink():
            part.unlink(missing_ok=True)
            removed.append(part)
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but is not ours (or the platform cannot tell): assume it is alive
        return True
    return True
