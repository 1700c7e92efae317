"""A small STAC API (core + item-search, GET and POST, paged with ``next`` links) on 127.0.0.1: what a
provider's catalog server answers, for the pystac-client side of ``annotate stac add``."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

CONFORMS = ["https://api.stacspec.org/v1.0.0/core", "https://api.stacspec.org/v1.0.0/item-search",
            "http://www.opengis.net/spec/ogcapi-features-1/conf/1.0/core",
            "http://www.opengis.net/spec/ogcapi-features-1/conf/1.0/geojson"]


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _matches(item: dict, bbox, window, collections) -> bool:
    if collections and item.get("collection") not in collections:
        return False
    if bbox:
        w, s, e, n = bbox
        x0, y0, x1, y1 = item["bbox"]
        if x1 < w or x0 > e or y1 < s or y0 > n:
            return False
    if window:
        start, end = (None if p in ("", "..") else _when(p) for p in window.split("/"))
        t = _when(item["properties"]["datetime"])
        if (start and t < start) or (end and t > end):
            return False
    return True


class StacApiServer:
    """Serves ``items`` (STAC item dicts); ``page_size`` items per page; counts the search requests."""

    def __init__(self, items: list[dict], page_size: int = 1) -> None:
        self.items, self.page_size, self.searches = items, page_size, 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):  # noqa: N802 - http.server's name
                url = urlsplit(self.path)
                if url.path in ("", "/"):
                    return self._send(200, server.landing())
                if url.path == "/conformance":
                    return self._send(200, {"conformsTo": CONFORMS})
                if url.path == "/search":
                    q = {k: v[0] for k, v in parse_qs(url.query).items()}
                    return self._search(q.get("bbox") and [float(v) for v in q["bbox"].split(",")],
                                        q.get("datetime"), q.get("collections") and q["collections"].split(","),
                                        int(q.get("page", 0)))
                self._send(404, {"code": "NotFound", "description": url.path})

            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if urlsplit(self.path).path != "/search":
                    return self._send(404, {"code": "NotFound"})
                self._search(body.get("bbox"), body.get("datetime"), body.get("collections"), int(body.get("page", 0)))

            def _search(self, bbox, window, collections, page: int) -> None:
                server.searches += 1
                hits = [i for i in server.items if _matches(i, bbox, window, collections)]
                chunk = hits[page * server.page_size:(page + 1) * server.page_size]
                links = []
                if (page + 1) * server.page_size < len(hits):
                    links.append({"rel": "next", "href": f"{server.base}/search", "method": "POST",
                                  "type": "application/geo+json",
                                  "body": {"bbox": bbox, "datetime": window, "collections": collections,
                                           "page": page + 1}})
                self._send(200, {"type": "FeatureCollection", "features": chunk, "links": links,
                                 "numberMatched": len(hits), "numberReturned": len(chunk)})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def landing(self) -> dict:
        return {"type": "Catalog", "stac_version": "1.0.0", "id": "provider-api",
                "description": "a provider's STAC API (test)", "conformsTo": CONFORMS,
                "links": [{"rel": "self", "href": f"{self.base}/", "type": "application/json"},
                          {"rel": "root", "href": f"{self.base}/", "type": "application/json"},
                          {"rel": "conformance", "href": f"{self.base}/conformance", "type": "application/json"},
                          {"rel": "search", "href": f"{self.base}/search", "type": "application/geo+json",
                           "method": "GET"},
                          {"rel": "search", "href": f"{self.base}/search", "type": "application/geo+json",
                           "method": "POST"}]}

    def __enter__(self) -> "StacApiServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
