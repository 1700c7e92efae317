"""The one guard at the top of every command: expected errors as one line, the unexpected as a crash report.

* an error an analyst can cause (bad file, bad argument, not a project, …) → ``annotate: error: …``, exit 2;
* output piped into ``head`` that stops reading → ends quietly;
* anything else is a bug: one line naming a crash report (the traceback, the command line, versions) written
  to ``$XDG_CACHE_HOME/annotate/crash/``, exit 70 (``EX_SOFTWARE``). The hostile-input tests require that
  no input of theirs ever reaches this branch.

Everything the CLI prints passes through :class:`TerminalSafeStream`, so text from a document, a tile's
metadata or a project (a claim holding ``ESC [ 2 J``) cannot drive the terminal.
"""

from __future__ import annotations

import io
import logging
import os
import platform
import re
import sqlite3
import sys
import traceback
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

__all__ = ["run_guarded", "TerminalSafeStream", "terminal_safe", "EXIT_USAGE", "EXIT_SOFTWARE"]

EXIT_USAGE = 2
EXIT_SOFTWARE = 70

# C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides that reorder what is shown
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN`` / ``\\uNNNN`` instead of acting on the terminal.

    >>> terminal_safe("ship\\x1b[2J docked")
    'ship\\\\x1b[2J docked'
    """
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                       text)


class TerminalSafeStream(io.TextIOBase):
    """A text stream that writes through :func:`terminal_safe` to ``target``."""

    def __init__(self, target) -> None:
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._target.flush()

    def isatty(self) -> bool:
        return self._target.isatty()

    def fileno(self) -> int:
        return self._target.fileno()

    @property
    def encoding(self):  # type: ignore[override]
        return getattr(self._target, "encoding", "utf-8")


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    sys.stderr.write(f"annotate: warning: {message}\n")


def _crash_report(exc: BaseException, argv: list[str]) -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "annotate" / "crash"
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    try:
        from annotate import __version__

        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}-{os.getpid()}.txt"
        path.write_text(
            f"annotate {__version__}, Python {platform.python_version()}, {platform.platform()}\n"
            f"command: annotate {' '.join(argv)}\n\n"
            + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), encoding="utf-8")
        return path
    except OSError:
        return None


def run_guarded(func: Callable[[], int], argv: list[str], expected: tuple[type[BaseException], ...]) -> int:
    """Run one command under the guard (see the module docstring)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafeStream(out), TerminalSafeStream(err)
    old_show = warnings.showwarning
    warnings.showwarning = _show_warning
    # GDAL's own messages reach Python logging through rasterio; the errors that matter come back as
    # exceptions and are reported in one line, so the log lines are not printed as well
    logging.getLogger("rasterio").addHandler(logging.NullHandler())
    try:
        return func()
    except expected as exc:
        print(f"annotate: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:  # a store error that escaped translation: still one line
        print(f"annotate: error: project file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the guard: a bug becomes a crash report, not a traceback
        report = _crash_report(exc, argv)
        where = f"; crash report: {report}" if report else " (no crash report could be written)"
        print(f"annotate: internal error: {type(exc).__name__}: {str(exc)[:200]}{where}", file=sys.stderr)
        return EXIT_SOFTWARE
    finally:
        warnings.showwarning = old_show
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
        sys.stdout, sys.stderr = out, err


def _silence_stdout() -> None:
    """After the reader of a pipe went away: point stdout at /dev/null so the exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
    except (OSError, AttributeError, ValueError):
        pass
