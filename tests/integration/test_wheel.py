"""The fonts, templates and assets ship in the wheel: a non-editable install renders a card on its own and has
the desktop launcher, icon and metainfo to install."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import postcard
    from postcard.resources import resource_path
    target = Path(sys.argv[1]).resolve()
    assert Path(postcard.__file__).resolve().is_relative_to(target), postcard.__file__
    assert resource_path("fonts", "KleeOne-SemiBold.ttf").resolve().is_relative_to(target)
    assert resource_path("templates", "ja-seminar.j2").resolve().is_relative_to(target)
    assert resource_path("assets", "ume.png").resolve().is_relative_to(target)
    assert resource_path("i18n", "postcard_ja.qm").resolve().is_relative_to(target)
    assert resource_path("i18n", "postcard_ja.qm").stat().st_size > 1000
    from postcard.resources import app_icon_path, app_icon_paths
    from postcard.desktop import desktop_entry_text, targets
    assert app_icon_path().resolve().is_relative_to(target) and len(app_icon_paths()) >= 8
    assert all(source.resolve().is_relative_to(target) for source, _ in targets(Path(sys.argv[2])))
    assert "Exec=/opt/pc/bin/postcard-gui" in desktop_entry_text(Path("/opt/pc/bin/postcard-gui"))
    from postcard.core.model import Contact, Event, Sender
    from postcard.render.batch import CardJob, PrintSettings, render_preview
    from postcard.render.fonts import FontCatalog
    from postcard.render.templates import TemplateLibrary
    contact = Contact(family_name="山田", given_name="太郎", postal_code="1000005", address1="東京都千代田区丸の内",
                      address2="1-9-1")
    lines = TemplateLibrary(resource_path("templates")).render(
        "ja-seminar", contact=contact, event=Event("技術セミナー"), personal="お話が勉強になりました").lines
    job = CardJob(contact, tuple(lines), Sender(family_name="小林", given_name="葵"), seed=1)
    pdf = render_preview(job, PrintSettings(), FontCatalog(cache_dir=Path(sys.argv[2])))
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\\n") + pdf.count(b"/Type /Page ") >= 2
    print("rendered", len(pdf))
    """
)


@pytest.mark.slow
def test_non_editable_install_renders_a_card(tmp_path: Path) -> None:
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    assert (target / "postcard" / "fonts" / "LICENSE-klee.txt").exists()
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(target), str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "rendered" in run.stdout
