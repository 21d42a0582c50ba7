"""What is in the sessions folder, fast: one summary per session file, kept in a cache.

Reading and checking a session file takes about a millisecond; a folder of a thousand
sessions would make the list and the picker wait. The summaries are therefore kept in
`.workshop-index.json` in the folder, valid while a file's size, modification time and the
content version are unchanged. The cache is only ever a shortcut: a missing, old or broken
cache is rebuilt from the files, which stay the truth.

The cache holds one JSON value per line: the version first, then `[name, summary]` per file.
It is read and written line by line, not in one json.loads or json.dumps: those run in C
and keep Python's lock for the whole document (70-90 ms at 10,000 sessions), so while a
thread read the index the picker's first frame, and the writer thread that sends a frame to
the terminal, waited for it. Line by line the thread gives the lock back between lines
(after one split of the text into lines, about 8 ms at 10,000). Parsing costs more in all
(74 against 46 ms at 10,000 in process), in a thread, after the first frame.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from workshop.content import Content
from workshop.content.fields import FormatError
from workshop.domain.advice import indicatie
from workshop.domain.history import Eerder, previous_with_plan
from workshop.domain.model import Sessie, moment, municipality_key
from workshop.files.atomic import SaveError, Unreadable, read_file, write_atomic
from workshop.files.store import load_session, session_files

INDEX_NAME = ".workshop-index.json"
INDEX_VERSION = 4  # 3: the number of actions in the plan; 4: one value per line
MAX_INDEX_BYTES = 64 * 1024 * 1024  # a few hundred bytes per session


@dataclass(frozen=True)
class Samenvatting:
    """What the list and the picker show of a session."""

    gemeente: str
    titel: str
    datum: str  # ISO date
    aangemaakt: str  # ISO moment, to order sessions of one day
    deelnemers: int
    beantwoord: int  # percent of all cells, rounded down
    voorgesteld: int | None  # the phase the app indicates
    gekozen: int | None
    verborgen: int  # questions answered but not revealed: the indicatie waits for them
    acties: int  # actions in the action plan

    def voorstel(self, content: Content) -> str:
        """'Fase 2', 'volgt na onthullen' or '–'."""
        if self.verborgen:
            return "volgt na onthullen"
        return "–" if self.voorgesteld is None else content.fase_naam(self.voorgesteld)

    def fase(self, content: Content) -> str:
        """'Fase 2 (groep)', the group's choice; else 'Fase 2 (indicatie)', the app's;
        'volgt na onthullen' or '–'."""
        if self.gekozen is not None:
            return f"{content.fase_naam(self.gekozen)} (groep)"
        if self.voorgesteld is not None and not self.verborgen:
            return f"{content.fase_naam(self.voorgesteld)} (indicatie)"
        return self.voorstel(content)


@dataclass(frozen=True)
class Overzicht:
    """One file in the sessions folder: its summary, or why it cannot be read."""

    path: Path
    samenvatting: Samenvatting | None
    fout: str | None


def share_answered(sessie: Sessie, content: Content) -> int:
    """Percent of the cells of this version's questionnaire that hold an answer."""
    cells = len(sessie.deelnemers) * len(content.vragen)
    answered = sum(1 for d in sessie.deelnemers for vraag_id in d.antwoorden if content.has_vraag(vraag_id))
    return 100 * answered // cells if cells else 0


def summarize(sessie: Sessie, content: Content) -> Samenvatting:
    advice = indicatie(sessie, content)
    return Samenvatting(
        gemeente=sessie.gemeente,
        titel=sessie.titel,
        datum=sessie.datum.isoformat(),
        aangemaakt=sessie.aangemaakt.isoformat(),
        deelnemers=len(sessie.deelnemers),
        beantwoord=share_answered(sessie, content),
        voorgesteld=advice.fase.fase,
        gekozen=sessie.fase,
        verborgen=advice.verborgen,
        acties=len(sessie.actieplan),
    )


def _stamp(path: Path) -> list[int] | None:
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return [info.st_mtime_ns, info.st_size, stat.S_IFMT(info.st_mode)]


def _read_cache(folder: Path, content: Content) -> dict[str, dict]:
    try:
        raw = read_file(folder / INDEX_NAME, MAX_INDEX_BYTES)
    except Unreadable:
        return {}
    return parse_index(raw, [INDEX_VERSION, content.versie])


def parse_index(raw: bytes, versie: list) -> dict[str, dict]:
    """The summaries in an index of this `versie` by file name; none when it is of another
    version or not an index at all. Lines end at '\\n' only: JSON writes the other line
    breaks Python knows (U+2028, U+2029, U+0085, which a title may hold) as they are, and
    `splitlines` would break a summary in two. Blank lines (an editor's) are passed by."""
    try:
        lines = [line for line in raw.decode("utf-8").split("\n") if line.strip()]
        if not lines or json.loads(lines[0]) != {"versie": versie}:
            return {}
        files = {}
        for line in lines[1:]:
            name, summary = json.loads(line)
            if not isinstance(name, str) or not isinstance(summary, dict):
                return {}
            files[name] = summary
    except (ValueError, TypeError, RecursionError):  # not JSON, not UTF-8, not [name, summary]
        return {}
    return files


def index_bytes(versie: list, files: dict[str, dict]) -> bytes:
    lines = [json.dumps({"versie": versie}, ensure_ascii=False)]
    lines += [json.dumps([name, summary], ensure_ascii=False) for name, summary in files.items()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _write_cache(folder: Path, content: Content, files: dict[str, dict]) -> None:
    try:
        write_atomic(folder / INDEX_NAME, index_bytes([INDEX_VERSION, content.versie], files))
    except SaveError:
        pass  # a read-only folder: the list still works, only slower


def overview(
    folder: Path,
    content: Content,
    *,
    exclude: Path | None = None,
    stop: Callable[[int, int], bool] = lambda done, total: False,
) -> list[Overzicht]:
    """Every session file in the folder, in name order; an unreadable one with its reason.
    `exclude` is left out, unread: the open session, which the caller has in memory.
    `stop(done, total)` is asked before each file (a thread can say how far it is); when it
    is true (the app quits while 10,000 files are read), what was read so far is returned
    at once and the cache is left as it was."""
    cache = _read_cache(folder, content)
    fresh: dict[str, dict] = {}
    result = []
    paths = list(session_files(folder))
    for done, path in enumerate(paths):
        if stop(done, len(paths)):
            return result
        if path == exclude:
            if path.name in cache:
                fresh[path.name] = cache[path.name]  # as it was: the next list checks its stamp
            continue
        stamp = _stamp(path)
        if stamp is None:
            continue
        cached = cache.get(path.name)
        if isinstance(cached, dict) and cached.get("stamp") == stamp:
            entry = _from_cache(path, cached)
            if entry is not None:
                fresh[path.name] = cached
                result.append(entry)
                continue
        entry = _read(path, content)
        fresh[path.name] = {
            "stamp": stamp,
            "samenvatting": asdict(entry.samenvatting) if entry.samenvatting else None,
            "fout": entry.fout,
        }
        result.append(entry)
    if fresh != cache:
        _write_cache(folder, content, fresh)
    return result


def _read(path: Path, content: Content) -> Overzicht:
    try:
        return Overzicht(path, summarize(load_session(path, content), content), None)
    except FormatError as error:
        return Overzicht(path, None, str(error))


def _from_cache(path: Path, cached: dict) -> Overzicht | None:
    try:
        summary = cached["samenvatting"]
        return Overzicht(path, Samenvatting(**summary) if summary else None, cached["fout"])
    except (KeyError, TypeError):
        return None


def sessions_of_municipality(
    folder: Path,
    gemeente: str,
    content: Content,
    *,
    exclude: Path | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> list:
    """The sessions of one municipality, loaded in full (and only those); `stop` as in overview."""
    found = []
    for path, _ in _summaries_of(folder, gemeente, content, exclude, stop):
        if stop():
            break  # overview has stopped reading; the full loads below are the long part here
        sessie = _loaded(path, content)
        if sessie is not None:
            found.append((path, sessie))
    return found


def latest_plan(
    folder: Path,
    current: Sessie,
    content: Content,
    *,
    exclude: Path | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> Eerder | None:
    """The most recent earlier session of `current`'s municipality with an action plan (the
    plan to review when `current` opens), loading only the files whose summary says they may
    be it, newest first: in a folder of 1,000 sessions of one municipality the scan once loaded
    all 1,000, a second of work in a thread, and the app's garbage collector then walked what
    it had made for 41 ms in the middle of a key. `stop` as in sessions_of_municipality."""
    before = moment(current)
    dated, undated = [], []
    for path, summary in _summaries_of(folder, current.gemeente, content, exclude, stop):
        if not summary.acties:
            continue
        try:  # a summary that cannot say when (a cache edited by hand): its file will say, last
            when = (date.fromisoformat(summary.datum), datetime.fromisoformat(summary.aangemaakt))
            if when < before:
                dated.append((when, path))
        except (TypeError, ValueError):
            undated.append(path)
    for path in [path for _, path in sorted(dated, reverse=True)] + undated:
        if stop():
            return None
        sessie = _loaded(path, content)
        eerder = previous_with_plan(current, [Eerder(path, sessie)]) if sessie is not None else None
        if eerder is not None:
            return eerder
    return None


def _summaries_of(
    folder: Path, gemeente: str, content: Content, exclude: Path | None, stop: Callable[[], bool]
) -> list[tuple[Path, Samenvatting]]:
    """The readable sessions of one municipality in the folder, with their summaries."""
    key = municipality_key(gemeente)
    return [
        (entry.path, entry.samenvatting)
        for entry in overview(folder, content, exclude=exclude, stop=lambda done, total: stop())
        if entry.samenvatting is not None and municipality_key(entry.samenvatting.gemeente) == key
    ]


def _loaded(path: Path, content: Content) -> Sessie | None:
    """A session in full; None if it changed on disk since the overview and no longer reads."""
    try:
        return load_session(path, content)
    except FormatError:
        return None
