"""The analyst's Ed25519 signing key and the public keys they trust, in the user's config folder.

``$XDG_CONFIG_HOME/annotate/`` (default ``~/.config/annotate/``) holds

``signing_key.pem``   the private key (PKCS #8, readable by the user only), made on first use;
``trusted_keys.txt``  one public key per line, ``annotate-ed25519 <base64> <name>``; the user's own key is
                      always trusted.

A public key is written and read in that one-line form (``annotate keys show`` prints it, ``annotate keys
trust`` adds a colleague's). Its fingerprint is ``ed25519:`` and the first 16 hex digits of the SHA-256 of
the raw key.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from annotate.model.errors import ProjectFileError

__all__ = ["PublicKey", "config_dir", "signing_key", "own_public_key", "public_key_of", "trusted_keys", "trust",
           "parse_public_key"]

_PREFIX = "annotate-ed25519"


@dataclass(frozen=True)
class PublicKey:
    raw: bytes  # 32 bytes
    name: str = ""

    @property
    def fingerprint(self) -> str:
        return "ed25519:" + hashlib.sha256(self.raw).hexdigest()[:16]

    @property
    def b64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    def line(self) -> str:
        return f"{_PREFIX} {self.b64} {self.name}".rstrip()

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
            return True
        except (InvalidSignature, ValueError):
            return False


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "annotate"


def parse_public_key(text: str, where: str = "public key") -> PublicKey:
    """``annotate-ed25519 <base64> [name]`` → :class:`PublicKey` (one clear error otherwise)."""
    parts = text.strip().split(None, 2)
    if len(parts) < 2 or parts[0] != _PREFIX:
        raise ProjectFileError(f"{where}: not an annotate public key (expected '{_PREFIX} <base64> <name>')")
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except ValueError:
        raise ProjectFileError(f"{where}: the key is not valid base64") from None
    if len(raw) != 32:
        raise ProjectFileError(f"{where}: an Ed25519 public key has 32 bytes, this one {len(raw)}")
    return PublicKey(raw, parts[2].strip() if len(parts) > 2 else "")


def signing_key(analyst: str, *, create: bool = True) -> Ed25519PrivateKey | None:
    """The user's private key; made (and its file written, mode 0600) on first use when ``create``."""
    path = config_dir() / "signing_key.pem"
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError, OSError) as exc:
            raise ProjectFileError(f"{path}: cannot read your signing key: {exc}") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise ProjectFileError(f"{path}: not an Ed25519 key")
        return key
    if not create:
        return None
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        pub = public_key_of(key, analyst)
        (path.parent / "signing_key.pub").write_text(pub.line() + "\n", encoding="utf-8")
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot create your signing key: {exc.strerror or exc}") from None
    return key


def public_key_of(key: Ed25519PrivateKey, name: str) -> PublicKey:
    """The public half of a signing key, under the analyst's name."""
    return PublicKey(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw), name)


def own_public_key(analyst: str, *, create: bool = False) -> PublicKey | None:
    key = signing_key(analyst, create=create)
    return None if key is None else public_key_of(key, analyst)


def trusted_keys(analyst: str = "") -> dict[str, PublicKey]:
    """Fingerprint → key: the user's own key and every key in ``trusted_keys.txt`` (bad lines skipped)."""
    out: dict[str, PublicKey] = {}
    own = own_public_key(analyst)
    if own is not None:
        out[own.fingerprint] = own
    path = config_dir() / "trusted_keys.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                key = parse_public_key(line)
            except ProjectFileError:
                continue
            out.setdefault(key.fingerprint, key)
    return out


def trust(key: PublicKey) -> bool:
    """Add ``key`` to the trusted keys; ``False`` if it was already there."""
    if key.fingerprint in trusted_keys():
        return False
    path = config_dir() / "trusted_keys.txt"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(key.line() + "\n")
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return True
