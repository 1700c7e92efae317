"""``s3://`` files: what the bucket says of a file (HEAD) and its SHA-256 (a streamed GET), through boto3.

GDAL reads the pixels itself (``/vsis3/``); this module answers what GDAL does not expose to Python — the
object's size, ETag and Last-Modified, and its bytes for hashing — with the same settings GDAL uses:
credentials from ``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY`` (or ``~/.aws``), ``AWS_REGION`` /
``AWS_DEFAULT_REGION``, and an S3-compatible endpoint from ``AWS_ENDPOINT_URL`` or GDAL's
``AWS_S3_ENDPOINT`` (+ ``AWS_HTTPS=NO`` for plain HTTP, ``AWS_VIRTUAL_HOSTING=FALSE`` for path-style
addressing). boto3 is the ``s3`` extra (``pip install imagery-annotate[s3]``).
"""

from __future__ import annotations

import os
import threading
from typing import Callable
from urllib.parse import urlsplit

from .remote import RemoteError, RemoteIdentity, StreamedHash

__all__ = ["s3_identity", "s3_sha256"]


def _bucket_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    key = parts.path.lstrip("/")
    if not parts.netloc or not key:
        raise RemoteError(url, "an s3:// URL names a bucket and a key: s3://BUCKET/KEY")
    return parts.netloc, key


def _client(url: str, timeout: float):
    try:
        import boto3
        from botocore.config import Config
    except ImportError:
        raise RemoteError(url, "s3:// files need boto3 to record their identity and SHA-256 "
                               "(pip install 'imagery-annotate[s3]')") from None
    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    if not endpoint and os.environ.get("AWS_S3_ENDPOINT"):  # GDAL's setting: host[:port], https unless told not
        scheme = "http" if os.environ.get("AWS_HTTPS", "YES").upper() in ("NO", "FALSE", "0", "OFF") else "https"
        endpoint = f"{scheme}://{os.environ['AWS_S3_ENDPOINT']}"
    path_style = os.environ.get("AWS_VIRTUAL_HOSTING", "").upper() in ("NO", "FALSE", "0", "OFF")
    config = Config(connect_timeout=min(timeout, 10), read_timeout=timeout, retries={"max_attempts": 2},
                    s3={"addressing_style": "path" if path_style else "auto"})
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    return boto3.client("s3", endpoint_url=endpoint, region_name=region, config=config)


def _problem(exc: Exception) -> str:
    """One line for what boto3 raised."""
    from botocore.exceptions import ClientError, NoCredentialsError

    if isinstance(exc, NoCredentialsError):
        return "no AWS credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or ~/.aws/credentials)"
    if isinstance(exc, ClientError):
        err = exc.response.get("Error", {})
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        words = [str(w) for w in (status, err.get("Code"), err.get("Message")) if w]
        words = [w for i, w in enumerate(words) if w not in words[:i]]  # HEAD's code is its status: once
        return "the server answers " + " ".join(words)
    return f"cannot reach the server ({' '.join(str(exc).split())[:200]})"


def s3_identity(url: str, timeout: float = 15) -> RemoteIdentity:
    """Size, ETag and Last-Modified of an ``s3://`` object (HEAD)."""
    from botocore.exceptions import BotoCoreError, ClientError

    bucket, key = _bucket_key(url)
    try:
        head = _client(url, timeout).head_object(Bucket=bucket, Key=key)
    except (BotoCoreError, ClientError) as exc:
        raise RemoteError(url, _problem(exc)) from None
    modified = head.get("LastModified")
    return RemoteIdentity(url, head.get("ContentLength"), head.get("ETag"),
                          modified.strftime("%a, %d %b %Y %H:%M:%S GMT") if modified else None)


def s3_sha256(url: str, progress: Callable[[int, int | None], None] | None = None, timeout: float = 30,
              chunk: int = 1 << 20, cancelled: threading.Event | None = None) -> str:
    """SHA-256 of an ``s3://`` object, streamed (never held in memory)."""
    from botocore.exceptions import BotoCoreError, ClientError

    bucket, key = _bucket_key(url)
    hashed = StreamedHash(url, progress, cancelled)
    try:
        answer = _client(url, timeout).get_object(Bucket=bucket, Key=key)
        hashed.total = answer.get("ContentLength")
        for block in answer["Body"].iter_chunks(chunk):
            hashed.update(block)
    except (BotoCoreError, ClientError) as exc:
        raise RemoteError(url, f"reading stopped after {hashed.done} bytes: {_problem(exc)}") from None
    return hashed.hexdigest()
