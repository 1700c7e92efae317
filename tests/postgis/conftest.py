"""A real PostgreSQL 15 + PostGIS 3 server for the session, started in a temporary folder (never a mock).

Roles: the superuser owns the projects; ``alice`` and ``bob`` are analysts (members of a project's editor
role once :func:`seat` gives them one), ``carol`` only reads.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid

import pytest

from annotate.store.pg_local import ServerError, pg_bin, start, stop


@pytest.fixture(scope="session")
def pg_server():
    try:
        pg_bin("initdb")
    except ServerError as exc:
        pytest.skip(f"PostgreSQL is not installed here ({exc}); scripts/setup.sh installs it")
    folder = tempfile.mkdtemp(prefix="annotate-pg-")
    server = start(folder)
    for role in ("alice", "bob", "carol"):
        server.psql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    yield server
    stop(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def project_url(pg_server):
    """A new, not yet created project schema's URL (as the superuser, the project's owner)."""
    return pg_server.project_url(f"t_{uuid.uuid4().hex[:10]}")


def schema_of(url: str) -> str:
    return url.rsplit("schema=", 1)[1]


def seat(server, url: str, role: str, level: str = "editor") -> str:
    """Give ``role`` the project's reader or editor seat; the URL that role connects with."""
    schema = schema_of(url)
    server.psql(f"GRANT {schema}_{level} TO {role}")
    return server.project_url(schema, user=role)
