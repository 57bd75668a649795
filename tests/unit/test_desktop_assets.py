"""The launcher, the AppStream metainfo and the icon in assets/: what a desktop needs from them.

The essentials are checked here in plain Python (keys, one id everywhere, every icon size at its pixel size), so
that a machine without the validators still tests them; the validators themselves run where they are installed.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from postcard import APP_ID, __version__
from postcard.resources import APP_ICON_SIZES, app_icon_path, app_icon_paths, resource_path

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def read_desktop_entry(path: Path) -> dict[str, dict[str, str]]:
    """Groups of ``key=value`` (keys with their ``[locale]``); a malformed or repeated line fails the test."""
    groups: dict[str, dict[str, str]] = {}
    current = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1], {})
            continue
        key, sep, value = line.partition("=")
        assert sep and current is not None, f"line {number}: {line!r}"
        assert key not in current, f"line {number}: {key} given twice"
        current[key] = value
    return groups


def entry() -> dict[str, str]:
    return read_desktop_entry(resource_path("assets", f"{APP_ID}.desktop"))["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(resource_path("assets", f"{APP_ID}.metainfo.xml")).getroot()


def png_header(path: Path) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from the PNG's IHDR chunk."""
    head = path.read_bytes()[:26]
    assert head[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert head[12:16] == b"IHDR"
    return struct.unpack(">IIBB", head[16:26])


# --- the desktop entry ---------------------------------------------------------------------------------------


def test_desktop_entry_has_the_keys_a_launcher_needs() -> None:
    e = entry()
    assert e["Type"] == "Application"
    assert e["Icon"] == APP_ID
    assert e["Terminal"] == "false"
    for key in ("Name", "GenericName", "Comment", "Name[ja]", "GenericName[ja]", "Comment[ja]"):
        assert e[key].strip(), key
    assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in e["Comment[ja]"])
    categories = e["Categories"].split(";")
    assert {"Office", "ContactManagement"} <= set(categories) and e["Categories"].endswith(";")
    assert {"はがき", "礼状", "名刺", "宛名"} <= set(e["Keywords[ja]"].split(";"))
    assert e["Keywords"].endswith(";") and e["Keywords[ja]"].endswith(";")


def test_desktop_entry_runs_the_gui_script_that_pyproject_declares() -> None:
    gui_scripts = pyproject()["project"]["gui-scripts"]
    e = entry()
    program = e["Exec"].split(" ")[0]
    assert program in gui_scripts and gui_scripts[program] == "postcard.gui.app:main"
    assert e["TryExec"] == program
    assert e["StartupWMClass"] == program  # Qt names a window's WM_CLASS instance after the program


def test_one_app_id_everywhere() -> None:
    root = metainfo()
    assert resource_path("assets", f"{APP_ID}.desktop").name == f"{APP_ID}.desktop"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable[@type='desktop-id']").text == f"{APP_ID}.desktop"
    assert entry()["Icon"] == APP_ID
    assert app_icon_path().name == f"{APP_ID}.svg"
    assert {p.stem for p in app_icon_paths()} == {APP_ID}
    assert entry()["Name"] == root.findtext("name")


# --- the AppStream metainfo ------------------------------------------------------------------------------------


def test_metainfo_describes_the_app_in_english_and_japanese() -> None:
    root = metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == pyproject()["project"]["license"]["text"]
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert summaries.keys() == {None, "ja"} and all(summaries.values())
    paragraphs = root.findall("description/p")
    assert any(p.get(XML_LANG) is None for p in paragraphs)
    assert any(p.get(XML_LANG) == "ja" for p in paragraphs)
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_metainfo_provides_the_installed_programs() -> None:
    project = pyproject()["project"]
    binaries = {b.text for b in metainfo().findall("provides/binary")}
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"])


def test_metainfo_release_is_this_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "no release"
    newest = releases[0]
    assert newest.get("version") == __version__
    assert newest.get("date") == "2026-11-30"
    assert newest.find("description/p").text.strip()


def test_metainfo_has_no_placeholder_urls() -> None:
    for url in metainfo().findall("url"):
        assert url.text and url.text.startswith("https://") and "example" not in url.text, url.text


# --- the icon ---------------------------------------------------------------------------------------------------


def test_every_icon_size_is_a_png_of_that_size_with_transparency() -> None:
    for size, path in zip(APP_ICON_SIZES, app_icon_paths(), strict=True):
        assert path.parent == ASSETS / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        width, height, depth, colour_type = png_header(path)
        assert (width, height) == (size, size), path
        assert (depth, colour_type) == (8, 6), f"{path}: not 8-bit RGBA"


def test_icon_stands_on_a_transparent_background(qapp: object) -> None:
    from PySide6.QtGui import QImage

    for size, path in zip(APP_ICON_SIZES, app_icon_paths(), strict=True):
        image = QImage(str(path))
        assert image.width() == size
        assert image.pixelColor(0, 0).alpha() == 0, f"{size}: corner not transparent"
        assert image.pixelColor(size // 2, size // 2).alpha() == 255, f"{size}: the card is not opaque"


def test_scalable_icon_is_a_square_svg_without_text_or_links() -> None:
    root = ET.parse(app_icon_path()).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 256 256" and root.get("width") == root.get("height") == "256"
    assert root.find(f".//{SVG}text") is None, "text turns to mush at small sizes"
    for element in root.iter():
        for name, value in element.attrib.items():
            assert not name.endswith("href"), f"{element.tag} links {value}"


@pytest.mark.parametrize("size", [16, 24, 32])
def test_small_sizes_are_drawn_on_the_pixel_grid(size: int) -> None:
    root = ET.parse(ASSETS / "icons" / "pixel" / f"{size}.svg").getroot()
    assert root.get("viewBox") == f"0 0 {size} {size}"
    rects = root.findall(f".//{SVG}rect")
    assert rects
    for rect in rects:
        for name in ("x", "y", "width", "height"):
            assert float(rect.get(name)).is_integer(), f"{size}.svg: {name}={rect.get(name)} is off the grid"
        assert 0 <= float(rect.get("x")) and float(rect.get("x")) + float(rect.get("width")) <= size


@pytest.mark.skipif(not shutil.which("rsvg-convert"), reason="rsvg-convert (librsvg2-bin) is not installed")
def test_pngs_are_rendered_from_the_current_svgs(tmp_path: Path, qapp: object) -> None:
    """A changed SVG without a new render.sh run shows here."""
    from PySide6.QtGui import QImage

    for size, committed in zip(APP_ICON_SIZES, app_icon_paths(), strict=True):
        pixel = ASSETS / "icons" / "pixel" / f"{size}.svg"
        source = pixel if pixel.exists() else app_icon_path()
        fresh = tmp_path / f"{size}.png"
        args = ["rsvg-convert", "--width", str(size), "--height", str(size), str(source), "--output", str(fresh)]
        subprocess.run(args, check=True, timeout=60)
        a = QImage(str(committed)).convertToFormat(QImage.Format.Format_RGBA8888)
        b = QImage(str(fresh)).convertToFormat(QImage.Format.Format_RGBA8888)
        x, y = bytes(a.constBits()), bytes(b.constBits())
        assert len(x) == len(y)
        mean = sum(abs(p - q) for p, q in zip(x, y, strict=True)) / len(x)
        assert mean < 1.0, f"{size} px differs from its SVG by {mean:.2f} per channel: run assets/icons/render.sh"


# --- the validators, where they are installed ---------------------------------------------------------------------


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_desktop_file_validate_accepts_the_entry() -> None:
    run = subprocess.run(
        ["desktop-file-validate", str(resource_path("assets", f"{APP_ID}.desktop"))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream (appstreamcli) is not installed")
def test_appstreamcli_validates_the_metainfo() -> None:
    run = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--strict", str(resource_path("assets", f"{APP_ID}.metainfo.xml"))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr  # --strict: infos fail too, only pedantic hints pass


def test_the_launcher_opens_contact_files() -> None:
    """A file manager offers postcard for vCard and CSV files; the files go to postcard-gui (its import dialog)."""
    e = entry()
    assert e["Exec"].split(" ")[1:] == ["%F"]
    assert e["MimeType"].split(";") == ["text/vcard", "text/x-vcard", "text/csv", ""]
    media = {m.text for m in metainfo().findall("provides/mediatype")}
    assert media == {"text/vcard", "text/x-vcard", "text/csv"}
