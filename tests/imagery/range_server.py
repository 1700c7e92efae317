"""A real HTTP server on 127.0.0.1 that serves a folder with byte ranges, ETag and Last-Modified, and counts
what it sends: the imagery server of the remote-tile tests and benchmarks (GDAL's /vsicurl/ talks to it)."""

from __future__ import annotations

import email.utils
import hashlib
import os
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


class RangeServer:
    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.bytes_sent = 0
        self.requests: list[tuple[str, str, str]] = []  # (method, path, range)
        # a whole-file GET (no Range: what hashing streams) waits for this event before its body, when set
        self.hold_whole_file: threading.Event | None = None
        # a whole-file GET sends this many bytes and then stalls (a server hung mid-file), when set
        self.stall_after: int | None = None
        # every ranged GET sends its headers and then stalls (a server hung mid-read), when True
        self.stall_ranges = False
        self._stop = threading.Event()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _file(self) -> Path | None:
                p = (server.folder / self.path.split("?")[0].lstrip("/")).resolve()
                return p if p.is_file() and server.folder.resolve() in p.parents else None

            def _headers(self, p: Path, status: int, length: int, extra: dict) -> None:
                st = p.stat()
                self.send_response(status)
                self.send_header("Content-Length", str(length))
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("Content-Type", "image/tiff")
                self.send_header("ETag", '"' + hashlib.md5(f"{st.st_size}-{st.st_mtime_ns}".encode()).hexdigest() + '"')
                self.send_header("Last-Modified", email.utils.formatdate(st.st_mtime, usegmt=True))
                for k, v in extra.items():
                    self.send_header(k, v)
                self.end_headers()

            def do_HEAD(self):  # noqa: N802 - http.server's name
                self._serve(body=False)

            def do_GET(self):  # noqa: N802
                self._serve(body=True)

            def _serve(self, body: bool) -> None:
                p = self._file()
                rng = self.headers.get("Range", "")
                with server._lock:
                    server.requests.append((self.command, self.path, rng))
                if p is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                size = p.stat().st_size
                m = _RANGE.match(rng) if rng else None
                if m:
                    start = int(m.group(1)) if m.group(1) else max(0, size - int(m.group(2)))
                    end = min(size - 1, int(m.group(2))) if m.group(1) and m.group(2) else size - 1
                    if start >= size:
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{size}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self._headers(p, 206, end - start + 1, {"Content-Range": f"bytes {start}-{end}/{size}"})
                else:
                    start, end = 0, size - 1
                    self._headers(p, 200, size, {})
                if body and m and server.stall_ranges:
                    self.wfile.flush()
                    server._stop.wait(120)
                    return
                if body and not m and self.command == "GET":
                    if server.hold_whole_file is not None:
                        server.hold_whole_file.wait(60)
                    if server.stall_after is not None:
                        with open(p, "rb") as fh:
                            self.wfile.write(fh.read(server.stall_after))
                        self.wfile.flush()
                        server._stop.wait(120)
                        return
                if body:
                    with open(p, "rb") as fh:
                        fh.seek(start)
                        data = fh.read(end - start + 1)
                    self.wfile.write(data)
                    with server._lock:
                        server.bytes_sent += len(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def reset_counts(self) -> None:
        with self._lock:
            self.bytes_sent = 0
            self.requests.clear()

    def __enter__(self) -> "RangeServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self.hold_whole_file is not None:
            self.hold_whole_file.set()
        self.httpd.shutdown()
        self.httpd.server_close()
