"""The reading dictionary: extracted once from pykakasi's data in a child process, then read from the cache."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from postcard.io import kanwa


def test_the_extracted_file_is_sorted_kanji_words(kanwa_cache: Path) -> None:
    lines = kanwa.dictionary_file(kanwa_cache).read_text(encoding="utf-8").splitlines()
    words = [line.split("\t")[0] for line in lines]
    assert words == sorted(words) and len(words) > 100_000
    assert all(kanwa._KANJI_WORD.fullmatch(word) and len(word) <= 5 for word in words[:: len(words) // 1000])
    assert "高橋\tたかはし" in lines


def test_a_cached_file_is_used_without_a_child_process(kanwa_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("extracted again")

    monkeypatch.setattr(subprocess, "run", no_child)
    assert kanwa.load_dictionary(kanwa_cache) is not None


def test_a_failing_extraction_gives_no_suggestions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise subprocess.CalledProcessError(1, "python", stderr=b"MemoryError")

    monkeypatch.setattr(subprocess, "run", failing)
    assert kanwa.load_dictionary(tmp_path) is None


def test_a_read_only_cache_gives_no_suggestions(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "readings").write_text("a file where the folder should be", encoding="utf-8")
    assert kanwa.load_dictionary(cache) is None
