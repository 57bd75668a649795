"""A small PDF writer that streams: each page goes to the file when it is finished, the fonts at the end.

What stays in memory while a batch is written is what the end of the file needs: one offset per object, one
object number per page, the glyphs used per font (:class:`~postcard.render.fontsubset.FontSubset`) and the
previous bookmark; so 10,000 cards need hardly more memory than 1,000. The file is PDF 1.7 with a classic
cross-reference table:

* a page is a content stream (zlib-compressed) and a page object with its own ``/Resources`` (exactly the fonts
  and images that page draws, nothing else);
* bookmarks (outline items) are written one behind, when the next one is known, so each can name its
  neighbours without being kept;
* at :meth:`PdfWriter.close` the font subsets, the page tree, the outline root, the catalogue (with
  ``/ViewerPreferences``), the document information and the cross-reference table.
"""

from __future__ import annotations

import hashlib
import time
import zlib
from array import array
from collections.abc import Callable, Iterable, Mapping
from typing import BinaryIO

COMPRESSION = 6  # zlib level of page streams: 9 makes files 1 % smaller and pages 30 % slower to write


def pdf_string(text: str) -> str:
    """A PDF text string: ``(…)`` for printable ASCII, else UTF-16BE with a byte-order mark as ``<FEFF…>``."""
    if text.isascii() and text.isprintable():
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


def pdf_number(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


class PdfWriter:
    """Write a PDF to a binary file object, page by page.

    Args:
        out: A binary file object open for writing (only ``write`` is used).
        title: The document title.
        invariant: Fixed dates and file identifier, so that the same input gives the same bytes.
        preferences: Entries of ``/ViewerPreferences`` as PDF source, e.g. ``{"PrintScaling": "/None"}``.
    """

    def __init__(
        self,
        out: BinaryIO,
        *,
        title: str = "",
        invariant: bool = False,
        preferences: Mapping[str, str] | None = None,
    ) -> None:
        self._out = out
        self._pos = 0
        self._offsets = array("Q", [0])  # object number -> file offset (0: not written yet)
        self._pages = array("I")  # object numbers of the pages, in order
        self.title = title
        self.invariant = invariant
        self.preferences: dict[str, str] = dict(preferences or {})
        self._pages_num = self.reserve()
        self._outline_num = 0
        self._outline_count = 0
        self._outline_first = 0
        self._pending_bookmark: tuple[int, str, int, int] | None = None  # number, title, page, previous
        self._closers: list[Callable[[PdfWriter], None]] = []
        self._write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    # -- objects -------------------------------------------------------------------------------------------

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    def reserve(self) -> int:
        """A new object number, to be written later with :meth:`write_object`."""
        self._offsets.append(0)
        return len(self._offsets) - 1

    def write_object(self, num: int, body: bytes, stream: bytes | None = None) -> None:
        """Write object ``num``: a dictionary or other value, and for a stream its (already encoded) data.

        A stream's ``body`` is its dictionary without ``/Length`` (added here) or, when empty, none at all.
        """
        if self._offsets[num]:
            raise ValueError(f"PDF object {num} written twice")
        self._offsets[num] = self._pos
        if stream is None:
            self._write(b"%d 0 obj\n%s\nendobj\n" % (num, body))
            return
        if not body:
            body = b"<<>>"
        if b"/Length " not in body:
            body = body[:-2] + b"/Length %d>>" % len(stream)
        self._write(b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (num, body, stream))

    def write_stream(self, num: int, body: bytes, pieces: Iterable[bytes]) -> None:
        """Write stream object ``num`` from its (already encoded) data in pieces, as they come: never all of it in
        memory. Its ``/Length`` is an object of its own, written after it (``body`` is the dictionary without it)."""
        if self._offsets[num]:
            raise ValueError(f"PDF object {num} written twice")
        length_num = self.reserve()
        self._offsets[num] = self._pos
        self._write(b"%d 0 obj\n%s/Length %d 0 R>>\nstream\n" % (num, (body or b"<<>>")[:-2], length_num))
        size = 0
        for piece in pieces:
            self._write(piece)
            size += len(piece)
        self._write(b"\nendstream\nendobj\n")
        self.write_object(length_num, b"%d" % size)

    def add_object(self, body: bytes, stream: bytes | None = None) -> int:
        """Write a new object now; returns its number."""
        num = self.reserve()
        self.write_object(num, body, stream)
        return num

    def at_close(self, callback: Callable[[PdfWriter], None]) -> None:
        """Run ``callback(writer)`` when the document is closed, before the page tree (e.g. to write fonts)."""
        self._closers.append(callback)

    # -- pages and bookmarks -------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def add_page(self, width: float, height: float, content: bytes, resources: bytes = b"<<>>") -> int:
        """Write one page of ``width`` × ``height`` points; ``content`` is its uncompressed content stream."""
        stream = zlib.compress(content, COMPRESSION)
        content_num = self.add_object(b"<</Filter/FlateDecode>>", stream)
        num = self.add_object(
            (f"<</Type /Page /Parent {self._pages_num} 0 R/MediaBox[0 0 {pdf_number(width)} {pdf_number(height)}]"
             f"/Contents {content_num} 0 R/Resources ").encode() + resources + b">>"
        )  # fmt: skip
        self._pages.append(num)
        return num

    def add_bookmark(self, title: str, page_index: int | None = None) -> None:
        """A top-level outline entry for a page (the last page written by default)."""
        page = self._pages[-1 if page_index is None else page_index]
        if not self._outline_num:
            self._outline_num = self.reserve()
        num = self.reserve()
        previous = 0
        if self._pending_bookmark is not None:
            previous = self._pending_bookmark[0]
            self._flush_bookmark(next_num=num)
        else:
            self._outline_first = num
        self._pending_bookmark = (num, title, page, previous)
        self._outline_count += 1

    def _flush_bookmark(self, next_num: int) -> None:
        assert self._pending_bookmark is not None
        num, title, page, previous = self._pending_bookmark
        links = (f"/Prev {previous} 0 R" if previous else "") + (f"/Next {next_num} 0 R" if next_num else "")
        self.write_object(
            num, f"<</Title {pdf_string(title)}/Parent {self._outline_num} 0 R{links}/Dest[{page} 0 R/Fit]>>".encode()
        )
        self._pending_bookmark = None

    # -- the end -------------------------------------------------------------------------------------------

    def _write_page_tree(self) -> None:
        """The ``/Pages`` object, its ``/Kids`` written in slices (20,000 pages name 20,000 objects)."""
        self._offsets[self._pages_num] = self._pos
        self._write(b"%d 0 obj\n<</Type /Pages /Count %d/Kids[" % (self._pages_num, len(self._pages)))
        for start in range(0, len(self._pages), 4096):
            kids = b" ".join(b"%d 0 R" % n for n in self._pages[start : start + 4096])
            self._write(kids if start == 0 else b" " + kids)
        self._write(b"]>>\nendobj\n")

    def close(self) -> None:
        """Write fonts, page tree, outline, catalogue, information and cross-reference table. Needs a page."""
        if not self._pages:
            raise ValueError("a PDF needs at least one page")
        for callback in self._closers:
            callback(self)
        self._write_page_tree()
        catalog = f"<</Type /Catalog /Pages {self._pages_num} 0 R"
        if self._outline_num:
            last = self._pending_bookmark[0] if self._pending_bookmark else 0
            self._flush_bookmark(next_num=0)
            root = f"<</Type /Outlines /First {self._outline_first} 0 R/Last {last} 0 R/Count {self._outline_count}>>"
            self.write_object(self._outline_num, root.encode())
            catalog += f"/Outlines {self._outline_num} 0 R/PageMode /UseOutlines"
        if self.preferences:
            catalog += "/ViewerPreferences<<" + "".join(f"/{k} {v}" for k, v in self.preferences.items()) + ">>"
        catalog_num = self.add_object((catalog + ">>").encode())
        stamp = "D:20000101000000Z" if self.invariant else time.strftime("D:%Y%m%d%H%M%SZ", time.gmtime())
        info = f"<</Title {pdf_string(self.title)}/Creator (postcard)/Producer (postcard)/CreationDate ({stamp})>>"
        info_num = self.add_object(info.encode())
        seed = f"{self.title}|{len(self._pages)}|{self._pos}" + ("" if self.invariant else f"|{time.time_ns()}")
        file_id = hashlib.md5(seed.encode(), usedforsecurity=False).hexdigest().upper()
        xref_at = self._pos
        count = len(self._offsets)
        missing = [n for n in range(1, count) if not self._offsets[n]]
        if missing:
            raise ValueError(f"PDF objects reserved but never written: {missing[:5]}")
        self._write(b"xref\n0 %d\n0000000000 65535 f \n" % count)
        for start in range(1, count, 4096):  # in slices: the table of 10,000 cards is 1 MB
            end = min(start + 4096, count)
            self._write(b"".join(b"%010d 00000 n \n" % self._offsets[n] for n in range(start, end)))
        self._write(
            (f"trailer\n<</Size {count}/Root {catalog_num} 0 R/Info {info_num} 0 R/ID[<{file_id}><{file_id}>]>>\n"
             f"startxref\n{xref_at}\n%%EOF\n").encode()
        )  # fmt: skip
