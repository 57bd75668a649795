"""Update the window's translations: extract the strings (pyside6-lupdate), then build the .qm (pyside6-lrelease).

    python tools/update_translations.py           # refresh src/postcard/i18n/postcard_ja.ts and build the .qm
    python tools/update_translations.py --check   # exit 1 when the .ts or .qm is out of date or incomplete

English is the source language; its one file, postcard_en.ts, holds only the plural forms ("%n card(s)" →
"1 card" / "%n cards", "%n address(es)" → "1 address" / "%n addresses"), made here from the sources, never by
hand.

Strings looked up through a module's own ``tr()`` helper (``QCoreApplication.translate("Feeding", …)``) are
found by lupdate without a context; they are put in the context that the module's helper uses at run time.
Translations themselves are written in the .ts (by hand or with Qt Linguist); this script never invents one.
"""

from __future__ import annotations

import argparse
import copy
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "postcard" / "gui"
I18N = ROOT / "src" / "postcard" / "i18n"
LANGUAGES = ("ja",)
#: English plurals that are not "+s" ("%n person(s)" → "1 person", "3 people").
IRREGULAR = {"person": "people", "Person": "People"}
_HELPER = re.compile(r'def tr\(text: str(?:, n: int = -1)?\) -> str:\n\s+return QCoreApplication\.translate\("(\w+)"')


def helper_contexts() -> dict[str, str]:
    """File name (relative to src/postcard) → the context its module-level ``tr()`` helper uses."""
    out = {}
    for path in GUI.rglob("*.py"):
        match = _HELPER.search(path.read_text(encoding="utf-8"))
        if match:
            out[path.relative_to(GUI.parent).as_posix()] = match.group(1)
    return out


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def extract(ts_path: Path, language: str) -> None:
    """Run lupdate over the GUI sources into ``ts_path`` (keeping its translations), then fix the contexts and add
    the titles declared below the GUI (the preferences' ``N_`` titles)."""
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    kept = _translations(ts_path) if ts_path.exists() else {}
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts_path), "-source-language", "en",
                    "-target-language", language, "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)  # fmt: skip
    _assign_contexts(ts_path, kept)
    _add_declared(ts_path, kept)


#: Modules below the GUI whose ``N_("…")`` strings the window translates, and the context it uses for them.
DECLARED = {ROOT / "src" / "postcard" / "compose" / "preferences.py": "Preferences"}
_N_CALL = re.compile(r'(?<![\w.])N_\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')


def declared_strings() -> dict[str, list[str]]:
    """Context → the strings marked with ``N_`` in :data:`DECLARED` (in file order)."""
    out: dict[str, list[str]] = {}
    for path, context in DECLARED.items():
        for match in _N_CALL.finditer(path.read_text(encoding="utf-8")):
            literal = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1)))
            text = literal.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            out.setdefault(context, []).append(text)
    return out


def _add_declared(ts_path: Path, kept: dict[tuple[str, str], ET.Element]) -> None:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    for name, strings in declared_strings().items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        existing = {m.findtext("source") for m in context.findall("message")}
        for source in dict.fromkeys(strings):
            if source in existing:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            old = kept.get((name, source))
            if old is not None:
                message.append(old)
            else:
                ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def _translations(ts_path: Path) -> dict[tuple[str, str], ET.Element]:
    """The finished translations of a .ts by (context, source)."""
    root = ET.parse(ts_path).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or ""): m.find("translation")  # type: ignore[misc]
        for c in root.findall("context")
        for m in c.findall("message")
        if m.find("translation") is not None and m.find("translation").get("type") is None  # type: ignore[union-attr]
    }


def _assign_contexts(ts_path: Path, kept: dict[tuple[str, str], ET.Element]) -> None:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    loose = contexts.pop("", None)
    if loose is None:
        loose = ET.Element("context")
    by_source = _helper_sources()
    for message in list(loose.findall("message")):
        for name in by_source.get(message.findtext("source") or "", [""]):
            target = contexts.get(name)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = name
                contexts[name] = target
            existing = {m.findtext("source") for m in target.findall("message")}
            if message.findtext("source") not in existing:
                target.append(copy.deepcopy(message))
    if loose in list(root):
        root.remove(loose)
    for context in root.findall("context"):  # restore what lupdate dropped when it moved a string's context
        for message in context.findall("message"):
            old = kept.get((context.findtext("name") or "", message.findtext("source") or ""))
            current = message.find("translation")
            if old is not None and (current is None or current.get("type") == "unfinished"):
                if current is not None:
                    message.remove(current)
                message.append(old)
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def _helper_sources() -> dict[str, list[str]]:
    """Each string passed to a module's ``tr()`` helper → the contexts of every module that passes it (the same
    words in two modules are looked up in two contexts at run time, so the .ts needs them in both)."""
    out: dict[str, list[str]] = {}
    call = re.compile(r'(?<![\w.])tr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')
    for rel, context in helper_contexts().items():
        text = (GUI.parent / rel).read_text(encoding="utf-8")
        for match in call.finditer(text):
            literal = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1)))
            contexts = out.setdefault(literal.encode().decode("unicode_escape").encode("latin-1").decode("utf-8"), [])
            if context not in contexts:
                contexts.append(context)
        for match in re.finditer(r'QT_TRANSLATE_NOOP\("(\w+)", "((?:[^"\\]|\\.)*)"\)', text):
            out.setdefault(match.group(2), [match.group(1)])
    return out


def english_plurals(ts_path: Path) -> None:
    """``ts_path`` as the English plural file: every "%n …(s)" string with its singular and plural forms."""
    extract(ts_path, "en")
    tree = ET.parse(ts_path)
    root = tree.getroot()
    for context in root.findall("context"):
        for message in list(context.findall("message")):
            source = message.findtext("source") or ""
            if message.get("numerus") != "yes" and not ("%n" in source and ("(s)" in source or "(es)" in source)):
                context.remove(message)
                continue
            message.set("numerus", "yes")  # a helper's tr(text, n=…) is not seen as plural by lupdate
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            plural = source
            for word, many in IRREGULAR.items():
                plural = plural.replace(f"{word}(s)", many)
            singular = source.replace("(es)", "").replace("(s)", "")
            for form in (singular, plural.replace("(es)", "es").replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
        if not context.findall("message"):
            root.remove(context)
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def build(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)


def unfinished(ts_path: Path) -> list[str]:
    """Source strings without a finished translation."""
    missing = []
    for message in ET.parse(ts_path).getroot().iter("message"):
        translation = message.find("translation")
        texts = [translation.text] if translation is not None and message.get("numerus") != "yes" else [
            n.text for n in (translation.findall("numerusform") if translation is not None else [])]  # fmt: skip
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    """What is out of date: strings not in the .ts, untranslated strings, a .qm not built from the .ts."""
    problems = []
    for language in LANGUAGES:
        ts_path, qm_path = I18N / f"postcard_{language}.ts", I18N / f"postcard_{language}.qm"
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts_path.name
            shutil.copy(ts_path, fresh)
            extract(fresh, language)
            if _messages(fresh) != _messages(ts_path):
                problems.append(f"{ts_path.name} is not up to date with the sources (run tools/update_translations.py)")
            problems += [f"{ts_path.name}: not translated: {s!r}" for s in unfinished(fresh)]
            built = Path(tmp) / qm_path.name
            build(ts_path, built)
            if not qm_path.exists() or built.read_bytes() != qm_path.read_bytes():
                problems.append(f"{qm_path.name} is not built from {ts_path.name} (run tools/update_translations.py)")
    en_ts, en_qm = I18N / "postcard_en.ts", I18N / "postcard_en.qm"
    with tempfile.TemporaryDirectory() as tmp:
        fresh, built = Path(tmp) / en_ts.name, Path(tmp) / en_qm.name
        english_plurals(fresh)
        build(fresh, built)
        if not en_ts.exists() or fresh.read_bytes() != en_ts.read_bytes() or not en_qm.exists() or (
            built.read_bytes() != en_qm.read_bytes()
        ):  # fmt: skip
            problems.append(f"{en_ts.name} (English plurals) is out of date (run tools/update_translations.py)")
    return problems


def _messages(ts_path: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts_path).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.findall("context")
            for m in c.findall("message")}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations up to date")
        return 1 if problems else 0
    for language in LANGUAGES:
        ts_path = I18N / f"postcard_{language}.ts"
        extract(ts_path, language)
        build(ts_path, I18N / f"postcard_{language}.qm")
        left = unfinished(ts_path)
        print(f"{ts_path.name}: {len(left)} string(s) to translate")
    (I18N / "postcard_en.ts").unlink(missing_ok=True)  # made afresh, as --check makes it: lupdate keeps the order
    english_plurals(I18N / "postcard_en.ts")  # of an existing file, which drifts when strings move between modules
    build(I18N / "postcard_en.ts", I18N / "postcard_en.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
