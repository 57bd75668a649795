from __future__ import annotations

from pathlib import Path

import pytest

from postcard import resources
from postcard.errors import PostcardError
from postcard.resources import ResourceNotFoundError, list_resources, resource_dir, resource_path

REPO = Path(resources.__file__).resolve().parents[2]


def test_fonts_folder_and_file() -> None:
    folder = resource_path("fonts")
    assert folder.is_dir()
    assert resource_path("fonts", "KleeOne-Regular.ttf") == folder / "KleeOne-Regular.ttf"
    assert resource_path("fonts", "Kristi.ttf").is_file()


def test_source_checkout_fallback_is_the_repo_root() -> None:
    # The editable install has no src/postcard/fonts, so the repository's fonts/ is used.
    assert (REPO / "pyproject.toml").is_file()
    assert resource_dir("fonts") == REPO / "fonts"


def test_list_resources_sorted_top_level_names() -> None:
    names = list_resources("fonts")
    assert names == sorted(names)
    for name in ("KleeOne-Regular.ttf", "KleeOne-SemiBold.ttf", "setofont.ttf", "Kristi.ttf"):
        assert name in names
    assert not any(n.startswith(".") for n in names)


@pytest.mark.parametrize("name", ["../pyproject.toml", "a/../../b", "/etc/passwd", "C:\\x", "a\\b", "c:x"])
def test_names_that_leave_the_folder_are_refused(name: str) -> None:
    with pytest.raises(ValueError):
        resource_path("fonts", name)


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown resource kind"):
        resource_path("secrets")
    with pytest.raises(ValueError):
        list_resources("src")


def test_missing_file_is_a_user_error_and_a_file_not_found() -> None:
    with pytest.raises(ResourceNotFoundError, match="nope.png") as info:
        resource_path("assets", "nope.png")
    assert isinstance(info.value, PostcardError)
    assert isinstance(info.value, FileNotFoundError)


def test_packaged_folder_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "seal.png").write_bytes(b"x")
    monkeypatch.setattr(resources.importlib.resources, "files", lambda package: tmp_path)
    assert resource_path("assets", "seal.png") == tmp_path / "assets" / "seal.png"
    assert list_resources("assets") == ["seal.png"]


def test_no_fallback_outside_a_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_module = tmp_path / "site" / "postcard" / "resources.py"
    monkeypatch.setattr(resources.importlib.resources, "files", lambda package: tmp_path / "empty")
    monkeypatch.setattr(resources, "__file__", str(fake_module))
    with pytest.raises(ResourceNotFoundError, match="broken installation"):
        resource_dir("fonts")


def test_app_icon_svg_and_every_png_size() -> None:
    from postcard import APP_ID
    from postcard.resources import APP_ICON_SIZES, app_icon_path, app_icon_paths

    assert app_icon_path() == resource_dir("assets") / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    assert app_icon_path(48) == resource_dir("assets") / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert app_icon_paths() == [app_icon_path(size) for size in sorted(APP_ICON_SIZES)]
    assert {16, 32, 48, 256} <= set(APP_ICON_SIZES)
    with pytest.raises(ValueError, match="no 20 px application icon"):
        app_icon_path(20)
