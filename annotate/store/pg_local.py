"""A local PostgreSQL + PostGIS server in a folder of its own: for a team trial and for the tests.

``start(folder)`` runs ``initdb`` (once) and ``pg_ctl start`` on 127.0.0.1 with Debian's PostgreSQL 15
binaries, creates the ``annotate`` database with the ``postgis`` extension, and returns a
:class:`LocalServer` whose :attr:`LocalServer.url` a project URL is built from. Run as root (as CI does), the
server runs as the ``postgres`` system user, which the Debian package creates; otherwise as the caller.
Authentication is ``trust`` on loopback only: a trial server, never one to expose.
"""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LocalServer", "start", "stop", "pg_bin", "ServerError"]

_DATABASE = "annotate"


class ServerError(RuntimeError):
    """The local server could not be set up or started; the message says what to install or look at."""


def pg_bin(name: str) -> str:
    """Path of a PostgreSQL server program (``initdb``, ``pg_ctl``, ``psql``): Debian keeps them off PATH."""
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which(name)
    if found:
        return found
    raise ServerError(f"{name} not found: install PostgreSQL 15 and PostGIS 3 "
                      "(apt-get install postgresql-15 postgresql-15-postgis-3; scripts/setup.sh does)")


@dataclass(frozen=True)
class LocalServer:
    folder: Path
    port: int
    superuser: str

    @property
    def url(self) -> str:
        """``postgresql://SUPERUSER@127.0.0.1:PORT/annotate``: add ``?schema=NAME`` for a project."""
        return f"postgresql://{self.superuser}@127.0.0.1:{self.port}/{_DATABASE}"

    def project_url(self, schema: str, user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{_DATABASE}?schema={schema}"

    def psql(self, sql: str, user: str | None = None) -> str:
        """Run SQL as ``user`` (default the superuser) through ``psql``; its output, or :class:`ServerError`."""
        done = subprocess.run([pg_bin("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", "127.0.0.1",
                               "-p", str(self.port), "-U", user or self.superuser, "-d", _DATABASE, "-c", sql],
                              capture_output=True, text=True, timeout=60)
        if done.returncode:
            raise ServerError(done.stderr.strip())
        return done.stdout


def _as_owner(cmd: list[str], owner: str) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if os.geteuid() == 0 else cmd


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(folder: str | os.PathLike, port: int | None = None) -> LocalServer:
    """Start (creating if needed) a server whose data live in ``folder``; idempotent when it already runs."""
    folder = Path(folder).resolve()
    data = folder / "data"
    owner = "postgres" if os.geteuid() == 0 else getpass.getuser()
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, owner)
    if os.geteuid() == 0 and subprocess.run(_as_owner(["test", "-w", str(folder)], owner)).returncode:
        raise ServerError(f"the {owner} user cannot write in {folder} (a folder inside a private home, such as "
                          "/root): give a folder it can reach, e.g. ANNOTATE_PG_DIR=/var/lib/annotate/postgis")
    port_file = folder / "port"
    if not (data / "PG_VERSION").exists():
        done = subprocess.run(_as_owner([pg_bin("initdb"), "-D", str(data), "-U", owner, "--auth=trust",
                                         "-E", "UTF8", "--locale=C.UTF-8"], owner),
                              capture_output=True, text=True, timeout=300)
        if done.returncode:
            raise ServerError(f"initdb failed in {data}: {done.stderr.strip()[-400:]}")
        port_file.write_text(str(port or _free_port()))
    port = int(port_file.read_text())
    server = LocalServer(folder, port, owner)
    status = subprocess.run(_as_owner([pg_bin("pg_ctl"), "-D", str(data), "status"], owner), capture_output=True)
    if status.returncode != 0:
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c max_connections=200 -c fsync=on"
        done = subprocess.run(_as_owner([pg_bin("pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                                         "-o", opts, "-w", "-t", "60", "start"], owner),
                              capture_output=True, text=True, timeout=120)
        if done.returncode:
            log = (folder / "server.log").read_text(errors="replace")[-600:] if (folder / "server.log").exists() else ""
            raise ServerError(f"the server in {data} did not start: {done.stderr.strip()} {log}")
    _wait(port)
    exists = subprocess.run([pg_bin("psql"), "-X", "-At", "-h", "127.0.0.1", "-p", str(port), "-U", owner, "-d",
                             "postgres", "-c", f"SELECT 1 FROM pg_database WHERE datname = '{_DATABASE}'"],
                            capture_output=True, text=True, timeout=60)
    if exists.stdout.strip() != "1":
        subprocess.run([pg_bin("psql"), "-X", "-q", "-h", "127.0.0.1", "-p", str(port), "-U", owner, "-d",
                        "postgres", "-c", f"CREATE DATABASE {_DATABASE}"], check=True, capture_output=True, timeout=60)
    try:
        server.psql("CREATE EXTENSION IF NOT EXISTS postgis")
    except ServerError as exc:
        raise ServerError(f"PostGIS is not installed for this server ({exc}); "
                          "apt-get install postgresql-15-postgis-3") from None
    return server


def _wait(port: int, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise ServerError(f"no server answers on 127.0.0.1:{port}")


def stop(folder: str | os.PathLike) -> bool:
    """Stop the server of ``folder`` (fast shutdown); False when none was running."""
    data = Path(folder).resolve() / "data"
    owner = "postgres" if os.geteuid() == 0 else getpass.getuser()
    done = subprocess.run(_as_owner([pg_bin("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], owner),
                          capture_output=True, text=True, timeout=120)
    return done.returncode == 0


def default_folder() -> str:
    """Where a trial server keeps its data: under the user's home, or — for root, whose home the server's own
    ``postgres`` user cannot enter — under /var/lib."""
    if os.geteuid() == 0:
        return "/var/lib/annotate/postgis"
    return str(Path.home() / ".local" / "share" / "annotate" / "postgis")


def main(argv: list[str] | None = None) -> int:
    """``python -m annotate.store.pg_local start|stop [FOLDER]`` (what scripts/postgis.sh runs)."""
    import argparse

    parser = argparse.ArgumentParser(prog="postgis.sh", description="a local PostgreSQL + PostGIS for a team trial")
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("folder", nargs="?", default=os.environ.get("ANNOTATE_PG_DIR", default_folder()))
    parser.add_argument("--schema", default="team", help="the project's schema in the printed URL")
    args = parser.parse_args(argv)
    try:
        if args.action == "stop":
            print("stopped" if stop(args.folder) else f"no server was running in {args.folder}")
            return 0
        server = start(args.folder)
    except (ServerError, subprocess.SubprocessError, OSError) as exc:
        print(f"postgis.sh: {exc}", file=__import__("sys").stderr)
        return 2
    print(f"server running: data in {server.folder}, log {server.folder / 'server.log'}")
    print("create the project once with: annotate new URL; every analyst then uses the same URL "
          "(with their own user name: createuser, GRANT <schema>_editor TO name)")
    print(server.project_url(args.schema))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
