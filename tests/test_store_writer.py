"""StoreWriter opens its store in its loader thread: the caller goes on at once, loads
wait for the store, and a store that cannot be opened fails the build as before."""

from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest

from kg1956 import store as store_module
from kg1956.datasource import STORE_DIR
from kg1956.store import StoreWriter

TURTLE = b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"


def test_the_store_is_opened_beside_the_caller_and_loads_after_it(tmp_path, monkeypatch):
    opened_in = []
    real = ox.Store

    def store(path):  # noqa: ANN001, ANN202 - stands in for pyoxigraph.Store
        opened_in.append(threading.current_thread().name)
        return real(path)

    monkeypatch.setattr(ox, "Store", store)
    writer = StoreWriter(tmp_path)
    writer.load(TURTLE, "turtle", default_graph=True)
    assert len(writer.loaded()) == 1
    writer.commit()
    assert opened_in and opened_in[0].startswith("kg1956-store")
    assert len(real.read_only(str(tmp_path / STORE_DIR))) == 1
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_store_that_cannot_be_opened_fails_when_waited_for_and_leaves_nothing(tmp_path, monkeypatch):
    def refuse(path):  # noqa: ANN001, ANN202
        raise OSError(f"{path}: no room")

    monkeypatch.setattr(store_module, "MAX_QUEUED", 0)  # the piece waits on disk
    monkeypatch.setattr(ox, "Store", refuse)
    writer = StoreWriter(tmp_path)  # does not raise: the store opens in the background
    writer.load(TURTLE, "turtle")
    with pytest.raises(OSError, match="no room"):
        writer.loaded()
    with pytest.raises(OSError, match="no room"):
        writer.discard()
    assert list(tmp_path.iterdir()) == []
