"""The live state of one session answered on phones: the join token and code, anonymous
participants known by a random cookie, their answers, and the caps and rate limits.

A phone that opens the page gets a cookie and waits, in memory only; it becomes
"Deelnemer N" in the session with its first answer or group choice. So a page opened and
left (a second browser on the same phone, a preview of a link shared in a chat) is no
empty participant in the grid, the report and the count on the projector. The session
keeps only the SHA-256 of a participant's cookie (`Deelnemer.apparaat`), so that a restarted
app knows the phone again, and that link is erased when joining closes for good. No name,
IP address or user agent is ever stored.
Pure Python: no web server here (workshop/live serves this room).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from workshop.content import Content
from workshop.content.records import Vraag
from workshop.domain.model import Deelnemer, Sessie
from workshop.domain.rules import question_result

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0 or 1: nothing to mistake
CODE_LENGTH = 8
WINDOW = 10.0  # seconds
JOINS_PER_WINDOW = 100  # new phones (a room of 100 scanning in the same ten seconds), and tries at the code
ANSWERS_PER_WINDOW = 60  # per participant
DEFAULT_CAP = 200
PHONE_ROLE = "anders"
GROUPS = ("raad", "college")  # the coarse groups a phone may choose; role ids in content
COOKIE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")  # what secrets.token_urlsafe makes


class Refused(Exception):
    """A request the room refuses; the message is Dutch, for the phone's page."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Closed(Refused):
    """Joining or answering is closed."""


class Full(Refused):
    """The participant cap is reached."""


class TooFast(Refused):
    """A rate limit: too many joins, code attempts or answers in a short time."""


class Invalid(Refused):
    """Not a question, value or group the room knows."""


class Unknown(Refused):
    """Not a participant (any more): a cookie the room does not know."""


@dataclass(frozen=True)
class Stats:
    """What the projector may show: how many phones joined (answered or chose a group), how
    many have the page open without either, and how many answered each question (keyboard
    answers included). Counts only, never the spread."""

    joined: int
    waiting: int
    cap: int
    answered: dict[str, int]


class Limiter:
    """At most `count` events per `window` seconds (a sliding window)."""

    def __init__(self, count: int, window: float, clock: Callable[[], float]):
        self.count, self.window, self.clock = count, window, clock
        self.times: deque[float] = deque()

    def allow(self) -> bool:
        """Count one event if it is within the limit; False (and nothing counted) if not."""
        now = self.clock()
        while self.times and self.times[0] <= now - self.window:
            self.times.popleft()
        if len(self.times) >= self.count:
            return False
        self.times.append(now)
        return True


def device_hash(cookie: str) -> str:
    """What the session keeps of a phone's cookie."""
    return hashlib.sha256(cookie.encode("ascii")).hexdigest()


def new_code() -> str:
    """A short code to type on a phone, shown as ABCD-EFGH."""
    letters = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{letters[:4]}-{letters[4:]}"


def _plain_code(text: str) -> str:
    return "".join(ch for ch in text[:64].upper() if ch.isalnum())


class LiveRoom:
    """The live state of one session. The app sets `open`, `paced`, `current` and
    `groups_allowed`; the server calls `join`, `answer` and `choose_group`; `on_change` is
    called after every change to the session (to save it and repaint), `on_seen` when a
    page is opened by a new phone (the session did not change: repaint the counts only)."""

    def __init__(
        self,
        sessie: Sessie,
        content: Content,
        *,
        cap: int = DEFAULT_CAP,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable[[], None] = lambda: None,
        on_seen: Callable[[], None] = lambda: None,
    ):
        self.sessie, self.content, self.cap, self.clock = sessie, content, cap, clock
        self.on_change, self.on_seen = on_change, on_seen
        self.open = True
        self.paced = False  # own pace: all statements; paced: only `current`
        self.current: str | None = None  # the question the facilitator has open
        self.groups_allowed = False
        self.token, self.code = "", ""
        self.new_token()
        self._secret = secrets.token_bytes(32)  # for the CSRF tokens
        self._members: dict[str, tuple[str, str]] = {}  # cookie -> (deelnemer id, its hash)
        self._waiting: dict[str, None] = {}  # cookies of pages opened, no participant yet; oldest first
        self._joins = Limiter(JOINS_PER_WINDOW, WINDOW, clock)
        self._codes = Limiter(JOINS_PER_WINDOW, WINDOW, clock)
        self._answers: dict[str, Limiter] = {}  # deelnemer id -> its limiter

    # --- the way in ---------------------------------------------------------------------

    def new_token(self) -> None:
        """A new join token and code; the old ones stop working (joined phones stay in)."""
        self.token = secrets.token_urlsafe(16)
        self.code = new_code()

    def token_matches(self, candidate: str) -> bool:
        return hmac.compare_digest(candidate.encode("utf-8", "replace"), self.token.encode())

    def code_matches(self, candidate: str) -> bool:
        """Whether a typed code is the room's, minding neither case, spaces nor the dash."""
        wanted = _plain_code(self.code)
        return hmac.compare_digest(_plain_code(candidate).encode("utf-8", "replace"), wanted.encode())

    def try_code(self, candidate: str) -> bool:
        """A typed code, counted against the same limit as joining; raises TooFast."""
        if not self._codes.allow():
            raise TooFast("Te veel pogingen kort na elkaar. Wacht tien seconden en probeer het opnieuw.")
        return self.code_matches(candidate)

    def join(self, cookie: str | None) -> str:
        """The cookie for this phone: its own when the room knows it (a participant's, also
        only by its hash after a restart, or one waiting), else a new one that waits for its
        first answer. Raises Closed, Full or TooFast."""
        if cookie is not None and (cookie in self._waiting or self.member(cookie) is not None):
            return cookie
        if not self.open:
            raise Closed("Deelnemen is gesloten. Vraag de begeleider om de deelname te openen.")
        self._check_cap()
        if not self._joins.allow():
            raise TooFast("Er melden zich veel telefoons tegelijk aan. Wacht tien seconden en probeer het opnieuw.")
        cookie = secrets.token_urlsafe(24)
        self._waiting[cookie] = None
        while len(self._waiting) > self.cap:  # the oldest page left open makes way (memory stays bounded)
            del self._waiting[next(iter(self._waiting))]
        self.on_seen()
        return cookie

    def _check_cap(self) -> None:
        if self.joined() >= self.cap:
            raise Full(f"Het maximum van {self.cap} deelnemers is bereikt.")

    def _new_participant(self, cookie: str) -> Deelnemer:
        """A waiting phone's first answer or group choice: now it is "Deelnemer N"."""
        self._check_cap()
        del self._waiting[cookie]
        deelnemer = self.sessie.add_deelnemer(self._free_name(), PHONE_ROLE)
        deelnemer.apparaat = device_hash(cookie)
        self._members[cookie] = (deelnemer.id, deelnemer.apparaat)
        self._limit(deelnemer)  # its first request counts against its limit too
        self.on_change()
        return deelnemer

    def participant(self, cookie: str | None) -> Deelnemer | None:
        """For the page: this cookie's participant, a blank one (no name yet, no answers) for
        a phone that waits, None for a cookie the room does not know."""
        if cookie is not None and cookie in self._waiting:
            return Deelnemer(id="", naam="", rol=PHONE_ROLE)
        return self.member(cookie)

    def member(self, cookie: str | None) -> Deelnemer | None:
        """The participant of this cookie, or None for an unknown or malformed one."""
        if not cookie or not COOKIE.match(cookie):
            return None
        known = self._members.get(cookie)
        if known is not None:
            deelnemer_id, digest = known
            found = next((d for d in self.sessie.deelnemers if d.id == deelnemer_id), None)
            if found is not None and found.apparaat and hmac.compare_digest(found.apparaat, digest):
                return found
            del self._members[cookie]  # removed by the facilitator, or the link was erased
            return None
        digest = device_hash(cookie)
        found = next(
            (d for d in self.sessie.deelnemers if d.apparaat and hmac.compare_digest(d.apparaat, digest)), None
        )
        if found is not None:
            self._members[cookie] = (found.id, digest)
        return found

    def joined(self) -> int:
        """The phones that joined (and are still linked)."""
        return sum(1 for d in self.sessie.deelnemers if d.apparaat)

    def _free_name(self) -> str:
        names = {d.naam for d in self.sessie.deelnemers}
        number = len(self.sessie.deelnemers) + 1
        while f"Deelnemer {number}" in names:
            number += 1
        return f"Deelnemer {number}"

    def close_for_good(self) -> None:
        """Close joining and erase every phone's link: the answers stay, but can no longer
        be tied to a device."""
        self.open = False
        for deelnemer in self.sessie.deelnemers:
            deelnemer.apparaat = ""
        self._members.clear()
        self._waiting.clear()
        self._answers.clear()
        self.on_change()

    # --- answering ----------------------------------------------------------------------

    def answer(self, cookie: str | None, vraag_id: str, waarde: int) -> None:
        """Record (or change) this phone's answer, 1..5; raises Refused."""
        if type(waarde) is not int or not 1 <= waarde <= len(self.content.schaal):
            raise Invalid("Dit antwoord bestaat niet.")
        deelnemer = self._answering(cookie, vraag_id) or self._new_participant(cookie)
        if deelnemer.antwoorden.get(vraag_id) != waarde:
            self.sessie.answer(deelnemer.id, vraag_id, waarde)
            self.on_change()

    def clear(self, cookie: str | None, vraag_id: str) -> None:
        """Take back this phone's answer; raises Refused."""
        deelnemer = self._answering(cookie, vraag_id)  # a phone that waits has nothing to take back
        if deelnemer is not None and vraag_id in deelnemer.antwoorden:
            self.sessie.answer(deelnemer.id, vraag_id, None)
            self.on_change()

    def _answering(self, cookie: str | None, vraag_id: str) -> Deelnemer | None:
        if not isinstance(vraag_id, str) or not self.content.has_vraag(vraag_id):
            raise Invalid("Deze vraag bestaat niet.")
        deelnemer = self._acting(cookie)
        if self.paced and vraag_id != self.current:
            raise Closed("Deze vraag is nu niet open. Wacht op de begeleider.")
        return deelnemer

    def _acting(self, cookie: str | None) -> Deelnemer | None:
        """The participant of a request that changes something: known, open, within limits;
        None for a phone that waits, which the caller makes a participant once every check
        has passed (a refused first request leaves no empty participant)."""
        deelnemer = self.member(cookie)
        if deelnemer is None and (cookie is None or cookie not in self._waiting):
            raise Unknown("Deze telefoon doet niet (meer) mee. Open de link of scan de QR-code opnieuw.")
        if not self.open:
            raise Closed("De vragenlijst is gesloten; antwoorden kan niet meer.")
        if deelnemer is None:
            return None  # its first request: no limit reached yet
        self._limit(deelnemer)
        return deelnemer

    def _limit(self, deelnemer: Deelnemer) -> None:
        limiter = self._answers.setdefault(deelnemer.id, Limiter(ANSWERS_PER_WINDOW, WINDOW, self.clock))
        if not limiter.allow():
            raise TooFast("Te veel antwoorden kort na elkaar. Wacht tien seconden en probeer het opnieuw.")

    def answerable(self) -> tuple[str, ...]:
        """The question ids a phone may answer now: all, or in paced mode the open one."""
        if self.paced:
            return (self.current,) if self.current and self.content.has_vraag(self.current) else ()
        return self.content.vraag_ids

    def choose_group(self, cookie: str | None, group: str) -> None:
        """The coarse group a phone says it belongs to ("raad" or "college"), or "" for
        none; only when the session allows it. Raises Refused."""
        if not self.groups_allowed:
            raise Closed("Een groep kiezen kan in deze bijeenkomst niet.")
        if group not in (*self.groups(), ""):
            raise Invalid("Deze groep bestaat niet.")
        deelnemer = self._acting(cookie) or self._new_participant(cookie)
        rol = group or PHONE_ROLE
        if deelnemer.rol != rol:
            deelnemer.rol = rol
            self.on_change()

    def groups(self) -> tuple[str, ...]:
        """The groups a phone may choose (role ids that the content has)."""
        roles = {rol.id for rol in self.content.rollen}
        return tuple(group for group in GROUPS if group in roles) if self.groups_allowed else ()

    # --- CSRF -----------------------------------------------------------------------------

    def csrf(self, cookie: str) -> str:
        return hmac.new(self._secret, cookie.encode("utf-8", "replace"), hashlib.sha256).hexdigest()

    def csrf_ok(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        return hmac.compare_digest(self.csrf(cookie).encode(), token.encode("utf-8", "replace"))

    # --- what is shown --------------------------------------------------------------------

    def stats(self) -> Stats:
        answered = {vraag.id: 0 for vraag in self.content.vragen}
        for deelnemer in self.sessie.deelnemers:
            for vraag_id in deelnemer.antwoorden:
                if vraag_id in answered:
                    answered[vraag_id] += 1
        return Stats(joined=self.joined(), waiting=len(self._waiting), cap=self.cap, answered=answered)

    def own_answers(self, cookie: str | None) -> dict[str, int]:
        deelnemer = self.member(cookie)
        return dict(deelnemer.antwoorden) if deelnemer else {}

    def totals(self, vraag: Vraag) -> tuple[int, ...] | None:
        """How often each word was answered to this question; None while it is not revealed."""
        if not self.sessie.is_revealed(vraag.id):
            return None
        return question_result(self.sessie, vraag, self.content).telling.counts
