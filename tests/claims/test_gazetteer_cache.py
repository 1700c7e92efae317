"""The built gazetteer is kept on disk, keyed by everything it is built from."""

from __future__ import annotations

from annotate.claims.gazetteer_cache import cached_build


def test_a_build_is_read_back_rebuilt_when_an_input_changes_and_a_corrupt_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ANNOTATE_NO_CACHE", raising=False)
    source = tmp_path / "places.toml"
    source.write_text("one", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    assert cached_build("index", [source], build) == {"built": 1}
    assert cached_build("index", [source], build) == {"built": 1} and len(calls) == 1  # read back, not built
    (cached,) = (tmp_path / "cache" / "annotate").glob("index-*.pickle")

    source.write_text("two", encoding="utf-8")
    assert cached_build("index", [source], build) == {"built": 2}  # a changed input builds again
    assert not cached.exists()  # and the stale file is gone

    (fresh,) = (tmp_path / "cache" / "annotate").glob("index-*.pickle")
    fresh.write_bytes(b"\x80\x05not a pickle")
    assert cached_build("index", [source], build) == {"built": 3}  # a corrupt file is ignored and rebuilt


def test_an_unwritable_cache_folder_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the folder should be
    assert cached_build("index", [], lambda: 42) == 42


def test_a_build_is_announced_once_and_a_read_is_silent(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ANNOTATE_NO_CACHE", raising=False)
    said = []
    cached_build("index", [], lambda: 1, said.append)
    cached_build("index", [], lambda: 1, said.append)
    assert len(said) == 1 and said[0].parent == tmp_path / "annotate"
