"""The lexical layer of the vCard reader: bytes → cards → properties with decoded values.

Works on bytes so that a Shift_JIS value is decoded before its backslashes and semicolons are looked
at (能 is 0x94 0x5C: its second byte is a backslash). Handles vCard 2.1, 3.0 and 4.0 as real exporters
write them: CRLF, LF or even CR CR LF line ends; folded lines; 2.1 quoted-printable with soft line
breaks whose continuation lines do not start with a space; 2.1 bare parameters (``TEL;HOME;VOICE``);
quoted 4.0 parameters (``SORT-AS="a;b"``); group prefixes (``item1.ADR``); base64 blobs, folded (3.0)
or running on until an empty line (2.1), which are skipped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from postcard.io.csvread import utf16_without_bom

_LINE_BREAK = re.compile(rb"\r*\n|\r")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=]+")
_QP_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})|=")
_NAME = re.compile(r"[A-Za-z0-9-]+")
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_BLOB = re.compile(rb"(?:[A-Za-z0-9-]+\.)?([A-Za-z-]+)[;:]")
_BLOBS = {b"PHOTO", b"LOGO", b"SOUND", b"KEY"}
_SMALL_SOUND = 4096  # bytes: a SOUND this small is a reading (X-IRMC-N), not a recording
_SJIS = {"SHIFT_JIS", "SHIFT-JIS", "SJIS", "X-SJIS", "WINDOWS-31J", "CP932", "MS_KANJI", "CSSHIFTJIS"}


@dataclass
class Property:
    """One content line, unfolded and quoted-printable decoded; the text is decoded on demand."""

    name: str  # upper case, without its group
    params: dict[str, list[str]]  # keys upper case; TYPE values upper case
    raw: bytes
    line: int
    group: str = ""

    @property
    def types(self) -> set[str]:
        found = {t.upper() for value in self.params.get("TYPE", []) for t in value.split(",")}
        if "PREF" in self.params:
            found.add("PREF")
        return found

    def text(self, version: str = "") -> tuple[str, bool]:
        """The value decoded with its ``CHARSET``.

        Without one: UTF-8 (vCard 3.0 and 4.0 are UTF-8); a 2.1 card may also be Shift_JIS or CP1252, taken only
        when the text reads as such (no lone kanji between Latin letters, no user-defined characters).

        Returns:
            The text and whether it decoded cleanly (False: undecodable bytes were dropped).
        """
        declared = (self.params.get("CHARSET") or [""])[0].strip().upper()
        if declared:  # an explicit charset is trusted; only a mislabelled ASCII/Latin value is retried as UTF-8
            first = "cp932" if declared in _SJIS else _codec(declared)
            tried = [first] if first == "utf-8" else [first, "utf-8"]
        elif version.startswith(("3", "4")):
            tried = ["utf-8"]
        else:
            tried = ["utf-8", "cp932", "cp1252"]
        for codec in tried:
            try:
                text = self.raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if codec == "utf-8" or declared or _plausible(text, codec):
                return text, True
        return self.raw.decode(tried[0], errors="replace").replace("\ufffd", ""), False


_LONE_CJK = re.compile(r"[A-Za-z][\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f][A-Za-z]")
_CP1252_ODD = re.compile(r"[\x80-\x9f\u0152-\u02dc\u2013-\u2122]{2}")


def _plausible(text: str, codec: str) -> bool:
    """Does a guessed decoding read as text? (Latin bytes read as Shift_JIS give lone kanji between letters.)"""
    if codec == "cp932":
        return not _LONE_CJK.search(text) and not any("\ue000" <= ch <= "\uf8ff" for ch in text)
    return not _CP1252_ODD.search(text)


@dataclass
class RawCard:
    line: int  # of BEGIN:VCARD
    version: str = ""
    properties: list[Property] = field(default_factory=list)
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (line, reason, the line's start)
    terminated: bool = False


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def to_utf8_bytes(data: bytes) -> bytes:
    """Strip a UTF-8 BOM; re-encode UTF-16 (with a BOM, or detected by its zero bytes) as UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").encode("utf-8")
    codec = utf16_without_bom(data)
    if codec:
        return data.decode(codec, errors="replace").encode("utf-8")
    return data


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    if '"' not in text:  # the common case: nothing quoted
        return text.split(sep)
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _colon_index(data: bytes) -> int:
    colon = data.find(b":")
    if colon < 0 or b'"' not in data[:colon]:  # the common case: no quoted parameter before the colon
        return colon
    quoted = False
    for index, byte in enumerate(data):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return index
    return -1


def _decode_header(header: bytes) -> str:
    for codec in ("utf-8", "cp932"):
        try:
            return header.decode(codec)
        except UnicodeDecodeError:
            continue
    return header.decode("latin-1")


def _param_value(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    return value.replace("^n", "\n").replace("^'", '"').replace("^^", "^")  # RFC 6868


def parse_header(header: str) -> tuple[str, str, dict[str, list[str]]] | None:
    """``item1.TEL;TYPE=HOME,VOICE;PREF`` → ("TEL", "item1", {"TYPE": ["HOME", "VOICE", "PREF"]}), or None."""
    tokens = _split_outside_quotes(header, ";")
    name = tokens[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    if not _NAME.fullmatch(name):
        return None
    params: dict[str, list[str]] = {}
    for token in tokens[1:]:
        token = token.strip()
        if not token:
            continue
        if "=" in token:
            key, value = token.split("=", 1)
            key = key.strip().upper()
            values = [_param_value(v) for v in _split_outside_quotes(value, ",")]
        elif token.upper() in _ENCODINGS:
            key, values = "ENCODING", [token]
        else:
            key, values = "TYPE", [token]
        if key == "TYPE":
            values = [v.upper() for v in values]
        params.setdefault(key, []).extend(values)
    return name.upper(), group, params


def _qp_decode(value: bytes) -> bytes:
    return _QP_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]) if m.group(1) else b"", value)


def _is_end(line: bytes) -> bool:
    return line.strip().upper() == b"END:VCARD"


def read_cards(data: bytes) -> list[RawCard]:
    """Split a file into cards of properties; problems are kept on the card they belong to."""
    lines = _LINE_BREAK.split(to_utf8_bytes(data))
    cards: list[RawCard] = []
    card: RawCard | None = None
    depth = 0  # > 1 inside an embedded (AGENT) card, whose properties are ignored
    i, count = 0, len(lines)
    while i < count:
        line, lineno = lines[i], i + 1
        if not line.strip():
            i += 1
            continue
        j = i + 1
        blob = _BLOB.match(line)
        if blob and blob.group(1).upper() in _BLOBS:  # a photo, logo, sound or key: skipped, never joined
            k, size = j, len(line)
            while k < count and lines[k][:1] in (b" ", b"\t"):
                size += len(lines[k])
                k += 1
            if blob.group(1).upper() != b"SOUND" or size > _SMALL_SOUND:  # SOUND;X-IRMC-N is a reading: keep it
                if b"BASE64" in line[:200].upper() or b"ENCODING=B" in line[:200].upper():
                    while k < count and _BASE64_LINE.fullmatch(lines[k].strip()):  # 2.1: runs on, unindented
                        k += 1
                    if k < count and not lines[k].strip():
                        k += 1
                colon = _colon_index(line[:4096])
                parsed = parse_header(_decode_header(line[:colon])) if colon > 0 else None
                if parsed is not None and card is not None and depth == 1:  # kept, empty: its place is known
                    card.properties.append(Property(parsed[0], parsed[2], b"", lineno, parsed[1]))
                i = k
                continue
        if j < count and lines[j][:1] in (b" ", b"\t"):  # folded continuation lines, joined once
            parts = [line]
            while j < count and lines[j][:1] in (b" ", b"\t"):
                parts.append(lines[j][1:])
                j += 1
            line = b"".join(parts)
        colon = _colon_index(line)
        parsed = parse_header(_decode_header(line[:colon])) if colon > 0 else None
        if parsed is None:
            if card is not None and depth == 1 and not (line[:1] in b" \t" and _BASE64_LINE.fullmatch(line.strip())):
                start = _decode_header(line[:40])
                card.problems.append((lineno, f"malformed line ignored: {start!r}", start))
            i = j
            continue
        name, group, params = parsed
        value = line[colon + 1 :]
        encoding = {e.upper() for e in params.get("ENCODING", [])}
        if "QUOTED-PRINTABLE" in encoding:
            parts = [value]
            while parts[-1].rstrip(b" \t").endswith(b"=") and j < count and not _is_end(lines[j]):
                parts[-1] = parts[-1].rstrip(b" \t")[:-1]
                parts.append(lines[j])
                j += 1
            value = _qp_decode(b"".join(parts))
        elif encoding & {"BASE64", "B"}:
            while j < count and _BASE64_LINE.fullmatch(lines[j].strip()):  # 2.1: runs on, unindented
                j += 1
            if j < count and not lines[j].strip():
                j += 1
            value = b""
        i = j
        if name == "BEGIN" and value.strip().upper() == b"VCARD":
            after_agent = card is not None and bool(card.properties) and card.properties[-1].name == "AGENT"
            if depth >= 1 and not after_agent:  # the previous card has no END:VCARD: start afresh
                depth = 0
            depth += 1
            if depth == 1:
                card = RawCard(line=lineno)
                cards.append(card)
            continue
        if name == "END" and value.strip().upper() == b"VCARD":
            depth = max(depth - 1, 0)
            if depth == 0 and card is not None:
                card.terminated = True
                card = None
            continue
        if card is None or depth != 1:
            continue
        if name == "VERSION":
            card.version = value.strip().decode("ascii", errors="replace")
            continue
        card.properties.append(Property(name, params, value, lineno, group))
    return cards
