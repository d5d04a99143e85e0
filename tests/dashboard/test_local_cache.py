"""The per-process page cache in front of the shared one: bounded, and never past expiry."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from citystat.dashboard import cache


@pytest.fixture(autouse=True)
def empty() -> Iterator[None]:
    cache.forget()
    yield
    cache.forget()


def test_an_entry_is_served_until_its_expiry_and_not_after() -> None:
    now = time.monotonic()
    cache.local_set("a", ("标题", "<p>甲</p>", 0.0), now + 60, 10)
    cache.local_set("b", ("标题", "<p>乙</p>", 0.0), now - 1, 10)
    assert cache.local_get("a") == ("标题", "<p>甲</p>", 0.0)
    assert cache.local_get("b") is None
    assert cache.local_get("c") is None


def test_the_least_recently_served_entry_goes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "LOCAL_ENTRIES", 2)
    later = time.monotonic() + 60
    cache.local_set("a", "A", later, 1)
    cache.local_set("b", "B", later, 1)
    assert cache.local_get("a") == "A"  # now b is the oldest served
    cache.local_set("c", "C", later, 1)
    assert [cache.local_get(k) for k in "abc"] == ["A", None, "C"]


def test_the_characters_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "LOCAL_CHARS", 100)
    later = time.monotonic() + 60
    cache.local_set("a", "A", later, 60)
    cache.local_set("b", "B", later, 60)  # 120 > 100: a goes
    assert [cache.local_get(k) for k in "ab"] == [None, "B"]
    cache.local_set("b", "B2", later, 30)  # replacing counts the new size only
    cache.local_set("c", "C", later, 60)
    assert [cache.local_get(k) for k in "bc"] == ["B2", "C"]


def test_forget_drops_the_local_entries_too() -> None:
    cache.local_set("a", "A", time.monotonic() + 60, 1)
    cache.forget()
    assert cache.local_get("a") is None
