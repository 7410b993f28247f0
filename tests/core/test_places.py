"""The place registry through which the lower floors read the places they stand in."""

from core import places
from municipalities.selectors import municipality_place_rows


def test_municipalities_provide_the_places(monkeypatch):
    assert municipality_place_rows in places._sources


def test_place_rows_join_every_source_and_pass_the_paths(monkeypatch):
    calls = []

    def first(*, paths=None):
        calls.append(("first", paths))
        return [{"path": "0001", "title": "A"}]

    def second(*, paths=None):
        calls.append(("second", paths))
        return [] if paths else [{"path": "0002", "title": "B"}]

    monkeypatch.setattr(places, "_sources", [])
    places.register_place_source(first)
    places.register_place_source(second)
    places.register_place_source(first)  # registering twice (a second ready()) adds nothing

    assert [row["title"] for row in places.place_rows()] == ["A", "B"]
    assert places.place_row("0001") == {"path": "0001", "title": "A"}
    assert calls == [("first", None), ("second", None), ("first", ["0001"]), ("second", ["0001"])]


def test_no_source_means_no_place(monkeypatch):
    monkeypatch.setattr(places, "_sources", [])
    assert places.place_rows() == []
    assert places.place_row("0001") is None
