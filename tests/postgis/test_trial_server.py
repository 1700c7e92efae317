"""``scripts/postgis.sh`` (annotate.store.pg_local): where a trial server can keep its data."""

from __future__ import annotations

import os
import tempfile

import pytest

from annotate.store.pg_local import ServerError, default_folder, pg_bin, start

root_only = pytest.mark.skipif(os.geteuid() != 0, reason="the server's own user differs from ours only as root")


@root_only
def test_as_root_the_data_folder_is_one_the_postgres_user_can_enter():
    assert default_folder() == "/var/lib/annotate/postgis"


@root_only
def test_a_folder_the_postgres_user_cannot_reach_is_one_clear_error():
    try:
        pg_bin("initdb")
    except ServerError as exc:
        pytest.skip(f"PostgreSQL is not installed here ({exc})")
    private = tempfile.mkdtemp(prefix="annotate-private-")  # 0700, root's: like /root
    with pytest.raises(ServerError, match="cannot write in .*ANNOTATE_PG_DIR"):
        start(os.path.join(private, "inner", "pg"))
    assert not os.path.exists(os.path.join(private, "inner", "pg", "data"))
