"""``s3://`` tiles (issue 13 item 6) against a real S3 endpoint on 127.0.0.1 (moto's server): GDAL reads the
pixels through /vsis3/, boto3 tells the object's identity and streams its SHA-256, with the same AWS_*
settings; verify notices a replaced or deleted object."""

from __future__ import annotations

import hashlib
import os

import pytest

from tests.conftest import SAMPLES, run_cli

moto_server = pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")


@pytest.fixture
def bucket(monkeypatch, tmp_path):
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_S3_ENDPOINT": f"{host}:{port}", "AWS_HTTPS": "NO", "AWS_VIRTUAL_HOSTING": "FALSE",
           "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"), "AWS_CONFIG_FILE": str(tmp_path / "none"),
           "IMAGERY_CACHE": "off"}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    s3 = boto3.client("s3", endpoint_url=f"http://{host}:{port}", region_name="us-east-1")
    s3.create_bucket(Bucket="imagery")
    s3.upload_file(str(SAMPLES / "dunai_2025-05-18.tif"), "imagery", "dunai/0518.tif")
    yield s3, os.environ.copy()
    server.stop()


def test_an_s3_tile_is_read_in_place_recorded_with_its_identity_and_verified(bucket, tmp_path):
    s3, env = bucket
    project = tmp_path / "p.gpkg"
    assert run_cli("new", project, env=env).returncode == 0
    url = "s3://imagery/dunai/0518.tif"
    done = run_cli("tiles", "add", project, url, env=env)
    assert done.returncode == 0, done.stderr
    from annotate.store import open_project

    with open_project(project, read_only=True) as p:
        (tile,) = p.tiles()
    expected = hashlib.sha256((SAMPLES / "dunai_2025-05-18.tif").read_bytes()).hexdigest()
    assert tile.sha256 == expected and tile.remote["sha256"] == expected and tile.path == url
    assert tile.remote["etag"] and tile.remote["size"] == (SAMPLES / "dunai_2025-05-18.tif").stat().st_size
    assert tile.width == 4096 and tile.georeferenced  # GDAL read its header through /vsis3/
    assert "verified: OK" in run_cli("verify", project, env=env).stdout
    s3.put_object(Bucket="imagery", Key="dunai/0518.tif", Body=(SAMPLES / "dunai_2025-06-03.tif").read_bytes())
    changed = run_cli("verify", project, env=env)
    assert changed.returncode == 1 and "modified" in changed.stdout, changed.stdout
    s3.delete_object(Bucket="imagery", Key="dunai/0518.tif")
    gone = run_cli("verify", project, env=env)
    assert gone.returncode == 1 and "missing" in gone.stdout and "404" in gone.stdout, gone.stdout


def test_a_missing_object_or_no_credentials_is_one_line(bucket, tmp_path):
    _s3, env = bucket
    missing = run_cli("info", "s3://imagery/dunai/nope.tif", env=env)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and "nope.tif" in missing.stderr
    assert missing.stderr.count("\n") == 1 and "404 Not Found" in missing.stderr and "404 404" not in missing.stderr, missing.stderr
    anonymous = {k: v for k, v in env.items() if k not in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")}
    project = tmp_path / "p.gpkg"
    assert run_cli("new", project, env=env).returncode == 0
    refused = run_cli("tiles", "add", project, "s3://imagery/dunai/0518.tif", env=anonymous | {"AWS_NO_SIGN_REQUEST": "NO"})
    assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
    assert refused.stderr.count("\n") == 1 and "no AWS credentials" in refused.stderr, refused.stderr
