"""The word list behind suggested readings: pykakasi's kanji dictionary, cut down to what names need.

pykakasi keeps its dictionary as one pickle that unpickles to about 140 MB of Python objects. postcard needs only
words written in kanji alone (a name has no okurigana) with their readings, so the first use extracts those,
about 200,000 words, into a sorted text file of 5 MB in the cache folder; that is then read as one string
(:class:`postcard.core.readings.ReadingDictionary`, about 7 MB in memory). The extraction runs in a child
process, so the 140 MB never sit in the app or in an import; it takes about a second, once per pykakasi version.

``python -m postcard.io.kanwa OUT`` writes the file (what the child process runs).
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

from postcard.core.readings import MAX_WORD, ReadingDictionary

log = logging.getLogger("postcard.readings")

_KANJI_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff々〆ヶ]+")
BUILD_TIMEOUT_S = 120


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pykakasi")
    except PackageNotFoundError:
        return ""


def dictionary_file(cache_dir: Path) -> Path:
    return Path(cache_dir) / "readings" / f"kanwa-{_version() or 'none'}.txt"


def extract(out: Path) -> int:
    """Write the kanji words of pykakasi's dictionary to ``out`` (sorted ``word<TAB>reading,…`` lines).

    Returns the number of words. Loads the whole pickle: run it in a child process (:func:`load_dictionary` does).
    """
    from pykakasi.properties import Configurations

    with open(Configurations.dictpath(Configurations.jisyo_kanwa), "rb") as handle:
        table = pickle.load(handle)  # pykakasi's own data file, installed with it
    lines = []
    for words in table.values():
        for word, entries in words.items():
            if len(word) > MAX_WORD or not _KANJI_WORD.fullmatch(word):
                continue
            readings = [reading for reading, tail in entries if tail is None and reading]
            if readings:
                lines.append(word + "\t" + ",".join(dict.fromkeys(readings)))
    lines.sort()
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(f".{out.name}.{os.getpid()}.part")
    part.write_text("\n".join(lines) + "\n", encoding="utf-8")
    part.replace(out)
    return len(lines)


def load_dictionary(cache_dir: Path) -> ReadingDictionary | None:
    """The reading dictionary, extracted on first use into ``cache_dir``; None when it cannot be had.

    Suggestions are a help, not a requirement: a missing pykakasi, a read-only cache or a failing extraction is
    logged and gives None (no suggestions), never an error.
    """
    if not _version():
        log.warning("pykakasi is not installed: no reading suggestions")
        return None
    path = dictionary_file(cache_dir)
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # a cache that cannot be written: no child at all
            subprocess.run(
                [sys.executable, "-m", "postcard.io.kanwa", str(path)],
                check=True,
                capture_output=True,
                timeout=BUILD_TIMEOUT_S,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            log.warning("could not extract the reading dictionary: %s %s", exc, detail.decode(errors="replace")[-300:])
            return None
    try:
        return ReadingDictionary(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("could not read the reading dictionary %s: %s", path, exc)
        return None


if __name__ == "__main__":
    print(extract(Path(sys.argv[1])))
