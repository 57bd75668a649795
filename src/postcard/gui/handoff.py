"""Files opened with postcard while it is already open on the same contact book go to the open window.

A file manager's "Open with postcard" (the launcher's ``%F``) starts ``postcard-gui FILE…``. When a window is
already open on that book, the new process hands the files to it through a local socket named after the book's
folder, and ends: the open window shows the import dialog with them. Only the first window listens (it holds
the book's instance lock); the message is one line of JSON, the list of paths.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 2000
MAX_MESSAGE = 1 << 20  # bytes: a list of paths, never more


def server_name(data_dir: Path) -> str:
    """The socket's name for the contact book in ``data_dir`` (one per book, per user)."""
    return "postcard-" + hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:20]


def send_files(name: str, paths: list[Path], timeout_ms: int = CONNECT_MS) -> bool:
    """Hand ``paths`` to the window listening on ``name``; False when none answers (it then opens a window)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps([str(p) for p in paths]).encode() + b"\n")
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


class FileHandoff(QObject):
    """Listens for files sent by a second ``postcard-gui`` on the same book.

    Signals:
        files_received(list): the paths another process was opened with.
    """

    files_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connected)
        self._sockets: dict[int, QLocalSocket] = {}  # the connections open now
        self._buffers: dict[int, bytes] = {}  # what each connection sent so far

    def listen(self) -> bool:
        """Start listening (call it only while holding the book's instance lock: a socket left by a window that
        crashed is removed first)."""
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        """Stop listening and drop the connections still open (their signals first: a socket being destroyed
        says it disconnected)."""
        for socket in list(self._sockets.values()):
            self._drop(socket)
        self.server.close()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._sockets[id(socket)] = socket
            self._buffers[id(socket)] = b""
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        for key, socket in list(self._sockets.items()):
            data = self._buffers.get(key, b"") + bytes(socket.readAll().data())
            self._buffers[key] = data
            if len(data) > MAX_MESSAGE:
                self._drop(socket)
            elif data.endswith(b"\n"):  # the message is whole
                self._drop(socket)
                self._received(data)

    def _drop(self, socket: QLocalSocket) -> None:
        self._sockets.pop(id(socket), None)
        self._buffers.pop(id(socket), None)
        socket.readyRead.disconnect(self._read)
        socket.abort()
        socket.deleteLater()

    def _received(self, data: bytes) -> None:
        try:
            paths = [Path(p) for p in json.loads(data.decode()) if isinstance(p, str)]
        except (ValueError, UnicodeDecodeError, TypeError):
            return  # not one of ours
        if paths:
            self.files_received.emit(paths)
