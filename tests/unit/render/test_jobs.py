"""A job list keeps each card packed and gives back jobs equal to the ones added; batches draw from it the same."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from postcard.core.layout.formats import LayoutOptions
from postcard.core.model import Contact, Sender
from postcard.core.options import Direction, Format, LayoutMode, Sides
from postcard.core.packed import PackedContacts
from postcard.render.batch import CardJob, PrintSettings, print_batch, write_batch_pdf
from postcard.render.fonts import FontCatalog
from postcard.render.jobs import LINES_KEPT, JobList, job_list

SENDER = Sender(family_name="小林", given_name="葵", postal_code="1510051", address1="東京都渋谷区千駄ヶ谷",
                address2="1-2-3", id=1)  # fmt: skip
TEMPLATE = ("先日の勉強会では", "{personal}", "今後ともよろしくお願いいたします")


@pytest.fixture(scope="module")
def fonts(tmp_path_factory: pytest.TempPathFactory) -> FontCatalog:
    return FontCatalog(cache_dir=tmp_path_factory.mktemp("fontcache"))


def job(i: int, **changes: object) -> CardJob:
    contact = Contact(family_name="山田", given_name=f"{i}郎", postal_code="1000005", address1="東京都千代田区丸の内",
                      address2=f"1-{i}-1", id=100 + i)  # fmt: skip
    personal = f"{i}回目のお礼です" if i % 3 else ""
    lines = tuple(line.format(personal=personal or "大変お世話になりました") for line in TEMPLATE)
    fields: dict[str, object] = dict(contact=contact, lines=lines, sender=SENDER, template="ja-seminar",
                                     personal=personal, event_id=7, seed=1000 + i, draft_id=i or None)  # fmt: skip
    fields.update(changes)
    return CardJob(**fields)  # type: ignore[arg-type]


def test_jobs_come_back_equal_with_their_shared_sender_and_options() -> None:
    options = LayoutOptions(variation=2.0)
    jobs = [job(i) for i in range(6)]
    jobs += [job(6, format=Format.A6, direction=Direction.HORIZONTAL, options=options, sender=None, event_id=None)]
    jobs += [job(7, contact=Contact(family_name="林"), lines=("x" * 80,) * 3)]  # no id; long lines of its own
    packed = JobList(jobs)
    assert list(packed) == jobs and len(packed) == 8
    assert packed[0].sender is SENDER and packed[6].options is options and packed[-1] == jobs[-1]
    assert list(packed.contact_ids()) == [100, 101, 102, 103, 104, 105, 106, -1]
    assert packed.formats() == ["jp-hagaki", "a6"] and packed.format_at(6) == "a6"
    assert list(packed[2:5]) == jobs[2:5] and list(packed.where([7, 0])) == [jobs[7], jobs[0]]
    assert job_list(packed) is packed and list(job_list(jobs)) == jobs
    with pytest.raises(IndexError):
        packed[8]
    people = PackedContacts(j.contact for j in jobs)  # the people kept once, the jobs naming their places
    shared = JobList(people=people)
    for i, j in enumerate(jobs):
        shared.append(j, person=i)
    assert list(shared) == jobs and list(shared.where([3])) == [jobs[3]]
    with pytest.raises(ValueError):
        shared.append(jobs[0])


def test_lines_met_again_are_kept_once_and_others_as_they_are() -> None:
    jobs = [job(i, lines=(f"line {i}", "今後ともよろしくお願いいたします")) for i in range(LINES_KEPT + 20)]
    packed = JobList(jobs)
    assert list(packed) == jobs  # the lines past the first LINES_KEPT different ones are kept in their records


@pytest.mark.parametrize("layout", [LayoutMode.DUPLEX, LayoutMode.TWO_PASS, LayoutMode.NUP])
def test_a_batch_from_a_job_list_is_the_batch_from_the_jobs(fonts: FontCatalog, layout: LayoutMode) -> None:
    jobs = [job(i) for i in range(5)]
    jobs.insert(2, job(9, lines=("あ" * 200,)))  # refused by the layout: left out by its place, not by its identity
    settings = PrintSettings(layout=layout, sides=Sides.BOTH)
    plain, packed = io.BytesIO(), io.BytesIO()
    refused: list[object] = []
    write_batch_pdf(jobs, settings, fonts, plain, invariant=True, refused=[])
    write_batch_pdf(JobList(jobs), settings, fonts, packed, invariant=True, refused=refused)  # type: ignore[arg-type]
    assert packed.getvalue() == plain.getvalue()
    assert [(i, j.contact.id) for i, j, _exc in refused] == [(2, 109)]  # type: ignore[misc]


def test_the_printed_cards_are_made_as_they_are_read(fonts: FontCatalog, tmp_path: Path) -> None:
    same = job(1)
    result = print_batch([same, job(9, lines=("あ" * 200,)), same], PrintSettings(), fonts, tmp_path / "c.pdf")
    assert [c.contact_id for c in result.cards] == [101, 101] and len(result.cards) == 2  # the same job twice
    assert result.cards[1].seed == 1001 and [c.contact_id for c in result.cards[0:1]] == [101]
    assert [job.contact.id for job, _exc in result.refused] == [109]
