"""A long job's collections walk only its own objects; the collector is left as it was found."""

from __future__ import annotations

import gc

import pytest

from postcard.core.heap import collect_only_new


def test_what_the_process_held_is_frozen_during_the_job_and_thawed_after() -> None:
    assert gc.get_freeze_count() == 0
    held = [object() for _ in range(10)]
    with collect_only_new():
        frozen = gc.get_freeze_count()
        assert frozen >= len(held)  # not walked by the job's collections
        assert gc.isenabled()
        made = [[] for _ in range(10)]
        assert gc.get_freeze_count() == frozen and all(gc.is_tracked(m) for m in made)  # the job's own: walked
    assert gc.get_freeze_count() == 0 and gc.isenabled()


@pytest.mark.parametrize("enabled", [True, False])
def test_paused_stops_the_collector_and_restores_it_even_after_an_error(enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(ValueError), collect_only_new(paused=True):
            assert not gc.isenabled() and gc.get_freeze_count() > 0
            raise ValueError
        assert gc.isenabled() is enabled and gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_a_block_inside_another_leaves_the_outer_freeze_standing() -> None:
    with collect_only_new():
        frozen = gc.get_freeze_count()
        with collect_only_new(paused=True):
            assert not gc.isenabled()
        assert gc.get_freeze_count() == frozen and gc.isenabled()  # still frozen until the outer block ends
    assert gc.get_freeze_count() == 0


def test_age_new_moves_what_the_block_made_to_the_oldest_generation_unwalked() -> None:
    with collect_only_new(paused=True, age_new=True):
        made = [[] for _ in range(10)]
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    old = {id(o) for o in gc.get_objects(generation=2)}
    assert not any(id(m) in young for m in made) and all(id(m) in old for m in made)


def test_without_age_new_what_the_block_made_stays_young() -> None:
    gc.disable()
    try:
        with collect_only_new(paused=True):
            made = [[] for _ in range(10)]
        assert all(id(m) in {id(o) for o in gc.get_objects(generation=0)} for m in made)
    finally:
        gc.enable()
