"""Typed reading of parsed TOML, with errors that name the file, the line and the field.

Content files and session files are both read through `Fields`, so that every problem
reaches the user as one clear line such as
``vragenlijst.toml:57: vragen[4].polariteit: moet 'ongewenst' of 'gewenst' zijn, niet 'soms'``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

Path_ = tuple[str | int, ...]


class FormatError(Exception):
    """A file that cannot be read as what it should be; `str()` is one line for the user."""

    def __init__(self, file: str, message: str, *, field: str = "", line: int | None = None):
        self.file = file
        self.field = field
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class Source(NamedTuple):
    """A TOML document as parsed, with its name and text for error messages."""

    name: str
    text: str
    data: dict[str, Any]

    @classmethod
    def parse(cls, name: str, raw: bytes, loads: Callable[[str], dict[str, Any]] = tomllib.loads) -> Source:
        """`loads` is tomllib's, or one with the same errors (the content uses a cached one)."""
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise FormatError(name, f"geen geldige UTF-8-tekst (byte {error.start})") from None
        if text.startswith("\ufeff"):
            # TOML has no byte order mark; say how to fix it rather than guess
            raise FormatError(name, "begint met een BOM (byte order mark); bewaar het als UTF-8 zonder BOM")
        try:
            data = loads(text)
        except tomllib.TOMLDecodeError as error:
            from workshop.content.toml_errors import in_dutch  # its 29 patterns: only for a broken file

            reason, line = in_dutch(str(error), text)
            raise FormatError(name, f"geen geldig TOML ({reason})", line=line) from None
        except RecursionError:
            raise FormatError(name, "geen geldig TOML (te diep genest)") from None
        return cls(name, text, data)

    def fields(self) -> Fields:
        return Fields(self.data, self, ())


def field_name(path: Path_) -> str:
    """('vragen', 3, 'tekst') -> 'vragen[4].tekst': indices are shown counting from 1."""
    name = ""
    for part in path:
        if isinstance(part, int):
            name += f"[{part + 1}]"
        else:
            name += f".{part}" if name else part
    return name


_TYPE_NAMES = {
    str: "tekst",
    int: "geheel getal",
    bool: "true of false",
    list: "lijst",
    dict: "tabel",
    float: "getal",
    dt.date: "datum",
    dt.datetime: "datum en tijd",
    dt.time: "tijd",
}


def type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class Fields:
    """One TOML table, read key by key with the expected type."""

    def __init__(self, table: dict[str, Any], source: Source, path: Path_):
        self.data = table
        self.source = source
        self.path = path

    def fail(self, key: str | int | None, message: str) -> FormatError:
        path = self.path if key is None else (*self.path, key)
        return FormatError(self.source.name, message, field=field_name(path), line=find_line(self.source.text, path))

    def _get(self, key: str, expected: type | tuple[type, ...], required: bool) -> Any:
        if key not in self.data:
            if required:
                raise self.fail(key, "ontbreekt")
            return None
        value = self.data[key]
        # bool is a subclass of int, and datetime of date: reject the wrong one explicitly
        wrong_bool = isinstance(value, bool) and expected is int
        wrong_datetime = isinstance(value, dt.datetime) and expected is dt.date
        if not isinstance(value, expected) or wrong_bool or wrong_datetime:
            want = expected if isinstance(expected, type) else expected[0]
            raise self.fail(key, f"moet {_TYPE_NAMES[want]} zijn, niet {type_name(value)}")
        return value

    def text(self, key: str, *, required: bool = True, default: str = "", nonempty: bool = False) -> str:
        value = self._get(key, str, required)
        if value is None:
            return default
        if nonempty and not value.strip():
            raise self.fail(key, "mag niet leeg zijn")
        return value

    def integer(
        self,
        key: str,
        *,
        required: bool = True,
        default: int | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        value = self._get(key, int, required)
        if value is None:
            return default
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            low = "" if minimum is None else f"minstens {minimum}"
            high = "" if maximum is None else f"hoogstens {maximum}"
            raise self.fail(key, f"moet {' en '.join(p for p in (low, high) if p)} zijn, niet {value}")
        return value

    def boolean(self, key: str, *, required: bool = True, default: bool = False) -> bool:
        value = self._get(key, bool, required)
        return default if value is None else value

    def date(self, key: str, *, required: bool = True) -> dt.date | None:
        return self._get(key, dt.date, required)

    def datetime(self, key: str, *, required: bool = True) -> dt.datetime | None:
        """A moment, always with its UTC offset: one written without (a local time, typed by
        hand) is taken as this computer's local time, so that moments always compare."""
        value = self._get(key, dt.datetime, required)
        if value is not None and value.tzinfo is None:
            try:
                return value.astimezone()
            except (OverflowError, ValueError, OSError):
                raise self.fail(key, "moet een moment met tijdzone zijn, zoals 2026-11-28T10:00:00+01:00") from None
        return value

    def choice(self, key: str, options: Iterable[str], *, required: bool = True, default: str = "") -> str:
        value = self.text(key, required=required, default=default)
        allowed = list(options)
        if value not in allowed and (required or key in self.data):
            shown = ", ".join(f"'{option}'" for option in allowed[:8])
            more = ", ..." if len(allowed) > 8 else ""
            raise self.fail(key, f"moet een van {shown}{more} zijn, niet '{_clip(value)}'")
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        values = self._get(key, list, required)
        if values is None:
            return ()
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise self.fail(key, f"element {index + 1} moet tekst zijn, niet {type_name(value)}")
        return tuple(values)

    def table(self, key: str, *, required: bool = True) -> Fields:
        value = self._get(key, dict, required)
        return Fields({} if value is None else value, self.source, (*self.path, key))

    def tables(self, key: str, *, required: bool = True) -> list[Fields]:
        values = self._get(key, list, required)
        if values is None:
            return []
        result = []
        for index, value in enumerate(values):
            if not isinstance(value, dict):
                raise self.fail(key, f"element {index + 1} moet een tabel zijn, niet {type_name(value)}")
            result.append(Fields(value, self.source, (*self.path, key, index)))
        return result

    def keys(self) -> Iterator[str]:
        return iter(self.data)

    def only(self, allowed: Iterable[str]) -> None:
        """Refuse keys this table does not know: a typo should not be silently ignored."""
        known = set(allowed)
        for key in self.data:
            if key not in known:
                raise self.fail(key, "onbekend veld")


def _clip(value: str, width: int = 40) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


# --- finding the line of a field -------------------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")


def _split_dotted(name: str) -> list[str]:
    parts = re.findall(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^."']+)\s*(?:\.|$)""", name)
    return [part.strip().strip("\"'") for part in parts]


def find_line(text: str, path: Path_) -> int | None:
    """Best effort: the line of `path` in `text`, or of the nearest enclosing table.

    tomllib gives line numbers for syntax errors only; for a field with a wrong value this
    follows the table headers so the message can still point at the right line.
    """
    target = tuple(path)
    counts: dict[tuple[str, ...], int] = {}
    current: tuple[str | int, ...] = ()
    best_line, best_length = None, -1
    for number, line in enumerate(text.split("\n"), start=1):  # TOML's lines, as tomllib counts them
        header = _HEADER.match(line)
        if header:
            names = _split_dotted(header.group(2))
            current = _resolve(names, counts, is_array=header.group(1) == "[[")
            here = current
        else:
            key = _KEY.match(line)
            if not key:
                continue
            here = (*current, key.group(1).strip("\"'"))
        length = _common_prefix(here, target)
        if length == len(here) and length > best_length:
            best_line, best_length = number, length
            if length == len(target):
                break
    return best_line


def _resolve(names: list[str], counts: dict[tuple[str, ...], int], is_array: bool) -> tuple[str | int, ...]:
    resolved: list[str | int] = []
    for depth, name in enumerate(names):
        resolved.append(name)
        key = tuple(str(part) for part in resolved)
        last = depth == len(names) - 1
        if last and is_array:
            counts[key] = counts.get(key, -1) + 1
            resolved.append(counts[key])
        elif key in counts:
            resolved.append(counts[key])
    return tuple(resolved)


def _common_prefix(a: Path_, b: Path_) -> int:
    length = 0
    for left, right in zip(a, b):
        if left != right:
            break
        length += 1
    return length
