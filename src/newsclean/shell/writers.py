"""Where outcomes go: one stream in the chosen format (a JSON array, an HTML
report, lines), or one file per record in a folder (``-o DIR``).
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path
from typing import TextIO

import regex

from newsclean.shell.formats import envelope, txt_head
from newsclean.shell.settings import Outcome, Settings

log = logging.getLogger("newsclean")


class StreamWriter:
    """Writes outcomes to one stream in the chosen format (a JSON array, an HTML report, lines)."""

    def __init__(self, settings: Settings, out: TextIO, err: TextIO) -> None:
        self.fmt, self.out, self.err = settings.format, out, err
        self.head, self.tail = envelope(settings.format, settings.explain, "newsclean report")
        self.count = 0
        # txt: the first record waits for a second, which decides if records get a heading
        self.first: Outcome | None = None

    def begin(self) -> None:
        self.out.write(self.head)

    def write(self, outcome: Outcome) -> bool:
        """Write a record's output; True when it was written."""
        if self.fmt == "txt" and self.count == 0:
            self.first = outcome
        elif self.fmt == "txt":
            if self.first is not None:
                self._put(self.first, txt_head(self.first.id))
                self.first = None
            self._put(outcome, txt_head(outcome.id))
        elif self.fmt == "json":
            self._put(outcome, "," * (self.count > 0) + "\n")
        else:
            self._put(outcome, "")
        self.count += 1
        return True

    def _put(self, outcome: Outcome, head: str) -> None:
        if outcome.err and self.fmt in ("txt", "md"):  # the others say it in their rows
            self.out.flush()
            print(outcome.err, file=self.err)
        self.out.write(head + outcome.out)

    def end(self) -> None:
        if self.first is not None:  # a single record: no heading
            self._put(self.first, "")
        self.out.write(self.tail)
        self.out.flush()


_SUFFIX = {"txt": ".txt", "md": ".md", "json": ".json", "jsonl": ".jsonl", "csv": ".csv"}
_UNSAFE = regex.compile(r"[^\w.\-]+")
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)]
)


def safe_name(stem: str, limit: int = 120) -> str:
    """A file name stem from a record id: letters, digits, ``.``, ``-`` and ``_`` only.

    Other runs become ``_``; leading and trailing dots, dashes and
    underscores go; at most ``limit`` bytes of UTF-8; never empty, never a
    device name Windows reserves.

    >>> safe_name("https://x.test/a b?c=1"), safe_name("../../etc/passwd"), safe_name("Zürich")
    ('https_x.test_a_b_c_1', 'etc_passwd', 'Zürich')
    >>> safe_name("<urn:uuid:1f>"), safe_name("..."), safe_name("nul")
    ('urn_uuid_1f', 'record', '_nul')
    """
    name = _UNSAFE.sub("_", unicodedata.normalize("NFC", stem)).strip("._-")
    name = name.encode("utf-8")[:limit].decode("utf-8", errors="ignore").rstrip("._-")
    if not name:
        return "record"
    return "_" + name if name.split(".")[0].upper() in _RESERVED else name


class DirWriter:
    """Writes each outcome to its own file in a folder, in the chosen format.

    A file is named from its record (``safe_name``) with the format's
    suffix; a name already taken in this run gets ``-2``, ``-3``, ...; a
    file left by an earlier run is an error for that record unless
    ``overwrite``.
    """

    def __init__(self, settings: Settings, folder: Path, overwrite: bool, err: TextIO) -> None:
        self.settings, self.folder, self.overwrite, self.err = settings, folder, overwrite, err
        self.suffix = _SUFFIX.get(settings.format, "." + settings.format)
        self.taken: set[str] = set()

    def begin(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)

    def name(self, stem: str) -> str:
        """The next free file name for a record (this run's names compared case-blind)."""
        base = safe_name(stem)
        name, n = base + self.suffix, 1
        while name.casefold() in self.taken:
            n += 1
            name = f"{base}-{n}{self.suffix}"
        self.taken.add(name.casefold())
        return name

    def write(self, outcome: Outcome) -> bool:
        """Write a record's file; False (and a message on stderr) when it cannot be."""
        if outcome.err:
            print(outcome.err, file=self.err)
        path = self.folder / self.name(outcome.name)
        head, tail = envelope(self.settings.format, self.settings.explain, str(outcome.id))
        body = outcome.out + "\n" if self.settings.format == "json" else outcome.out
        try:
            with path.open("w" if self.overwrite else "x", encoding="utf-8", newline="") as f:
                f.write(("" if self.settings.format == "json" else head) + body)
                f.write("" if self.settings.format == "json" else tail)
        except FileExistsError:
            print(
                f"newsclean: {outcome.id}: FileExists: {path} was there before this run "
                "(--overwrite replaces it)",
                file=self.err,
            )
            return False
        except OSError as exc:
            print(f"newsclean: {outcome.id}: {type(exc).__name__}: {path}: {exc}", file=self.err)
            return False
        log.info("%s: wrote %s", outcome.id, path)
        return True

    def end(self) -> None:
        pass
