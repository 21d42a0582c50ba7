"""The live room without a network: joining, answering, changing, anonymity, caps and limits."""

from __future__ import annotations

import dataclasses
import re

import pytest
from helpers import CONTENT, IDS, people, session

from workshop.content import Keuze
from workshop.domain.live import (
    ANSWERS_PER_WINDOW,
    CODE_ALPHABET,
    JOINS_PER_WINDOW,
    Closed,
    Full,
    Invalid,
    LiveRoom,
    Refused,
    TooFast,
    Unknown,
    device_hash,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def with_groups(content=CONTENT):
    """The content with the phone roles 'raad' and 'college' (added when it lacks them)."""
    have = {rol.id for rol in content.rollen}
    extra = [Keuze(i, naam) for i, naam in (("raad", "Raad"), ("college", "College")) if i not in have]
    return dataclasses.replace(content, rollen=(*content.rollen, *extra))


def make_room(sessie=None, **options) -> tuple[LiveRoom, list[int]]:
    changes: list[int] = []
    room = LiveRoom(
        session() if sessie is None else sessie,
        options.pop("content", CONTENT),
        on_change=lambda: changes.append(1),
        **options,
    )
    return room, changes


def make_seen_room(sessie) -> tuple[LiveRoom, list[int], list[int]]:
    changes: list[int] = []
    seen: list[int] = []
    room = LiveRoom(sessie, CONTENT, on_change=lambda: changes.append(1), on_seen=lambda: seen.append(1))
    return room, changes, seen


def test_a_phone_that_opens_the_page_waits_and_joins_with_its_first_answer():
    """Opening the page is no participant yet: a second browser on the same phone, or a chat's
    preview of the link, must not leave an empty "Deelnemer" in the grid and the report."""
    sessie = session(people(2))
    room, changes, seen = make_seen_room(sessie)
    cookie = room.join(None)
    assert len(cookie) >= 32 and changes == [] and seen == [1]  # the counts repaint, nothing to save
    assert len(sessie.deelnemers) == 2 and room.member(cookie) is None
    assert (room.stats().joined, room.stats().waiting) == (0, 1)
    blank = room.participant(cookie)
    assert blank is not None and blank.naam == "" and blank.antwoorden == {} and blank not in sessie.deelnemers
    room.answer(cookie, IDS[0], 2)
    assert changes == [1, 1]  # the participant, and the answer
    deelnemer = sessie.deelnemers[-1]
    assert deelnemer.antwoorden == {IDS[0]: 2}
    assert (deelnemer.naam, deelnemer.rol) == ("Deelnemer 3", "anders")
    assert deelnemer.apparaat == device_hash(cookie) and cookie not in deelnemer.apparaat
    assert re.fullmatch(r"[0-9a-f]{64}", deelnemer.apparaat)
    assert room.member(cookie) is deelnemer and room.participant(cookie) is deelnemer
    assert (room.stats().joined, room.stats().waiting) == (1, 0)  # the two typed in at the keyboard are no phones


def test_the_same_cookie_twice_is_the_same_participant():
    sessie = session()
    room, _ = make_room(sessie)
    cookie = room.join(None)
    assert room.join(cookie) == cookie  # waiting
    assert sessie.deelnemers == []
    room.answer(cookie, IDS[0], 3)
    assert room.join(cookie) == cookie  # a participant
    assert len(sessie.deelnemers) == 1


def test_an_unknown_or_malformed_cookie_gets_a_new_participant():
    sessie = session()
    room, _ = make_room(sessie)
    for strange in ("", "kort", "x" * 20 + "<script>", "a" * 40):
        cookie = room.join(strange)
        assert cookie != strange
        room.answer(cookie, IDS[0], 1)
    assert [d.naam for d in sessie.deelnemers] == [f"Deelnemer {n}" for n in range(1, 5)]


def test_the_name_takes_the_next_free_number():
    sessie = session([("Deelnemer 2", "anders")])
    room, _ = make_room(sessie)
    room.answer(room.join(None), IDS[0], 4)
    assert sessie.deelnemers[-1].naam == "Deelnemer 3"


def test_after_a_restart_the_hash_finds_the_participant_again():
    sessie = session()
    room, _ = make_room(sessie)
    cookie = room.join(None)
    room.answer(cookie, IDS[0], 2)
    restarted, _ = make_room(sessie)  # a new room, the same session (as loaded from the file)
    assert restarted.join(cookie) == cookie
    assert len(sessie.deelnemers) == 1
    assert restarted.own_answers(cookie) == {IDS[0]: 2}


def test_answer_and_change():
    sessie = session()
    room, changes = make_room(sessie)
    cookie = room.join(None)
    room.answer(cookie, IDS[0], 1)
    room.answer(cookie, IDS[0], 4)
    room.answer(cookie, IDS[0], 4)  # the same again: no change
    assert room.own_answers(cookie) == {IDS[0]: 4}
    assert len(changes) == 3  # the participant (its first answer), the answer, the change
    room.clear(cookie, IDS[0])
    assert room.own_answers(cookie) == {}


@pytest.mark.parametrize(("vraag", "waarde"), [("bestaat-niet", 3), (IDS[0], 0), (IDS[0], 6), (IDS[0], True)])
def test_only_known_questions_and_values_one_to_five(vraag, waarde):
    room, _ = make_room()
    cookie = room.join(None)
    with pytest.raises(Invalid):
        room.answer(cookie, vraag, waarde)
    assert room.own_answers(cookie) == {}


def test_an_unknown_cookie_cannot_answer():
    room, _ = make_room()
    with pytest.raises(Unknown):
        room.answer("a" * 32, IDS[0], 3)
    with pytest.raises(Unknown):
        room.answer(None, IDS[0], 3)


def test_paced_mode_accepts_only_the_open_question():
    room, _ = make_room()
    cookie = room.join(None)
    room.paced = True
    assert room.answerable() == ()
    with pytest.raises(Closed):
        room.answer(cookie, IDS[0], 3)
    room.current = IDS[1]
    assert room.answerable() == (IDS[1],)
    room.answer(cookie, IDS[1], 3)
    with pytest.raises(Closed):
        room.answer(cookie, IDS[0], 3)
    room.paced = False
    assert len(room.answerable()) == 19


def test_closed_joining_refuses_new_phones_and_answers():
    room, _ = make_room()
    cookie = room.join(None)
    room.open = False
    with pytest.raises(Closed) as refused:
        room.join(None)
    assert "gesloten" in refused.value.reason
    assert room.join(cookie) == cookie  # a joined phone still sees its page
    with pytest.raises(Closed):
        room.answer(cookie, IDS[0], 3)


def test_the_cap():
    room, _ = make_room(cap=3)
    late = room.join(None)  # opened the page, answers after the room is full
    for _ in range(3):
        room.answer(room.join(None), IDS[0], 3)
    with pytest.raises(Full) as refused:
        room.join(None)
    assert "3" in refused.value.reason
    with pytest.raises(Full):
        room.answer(late, IDS[0], 3)
    assert (room.stats().joined, room.stats().cap) == (3, 3)


def test_a_refused_first_request_leaves_no_participant():
    sessie = session()
    room, changes = make_room(sessie)
    cookie = room.join(None)
    room.paced, room.current = True, IDS[1]
    with pytest.raises(Closed):
        room.answer(cookie, IDS[0], 3)  # not the open question
    with pytest.raises(Invalid):
        room.answer(cookie, IDS[1], 9)
    with pytest.raises(Closed):
        room.choose_group(cookie, "raad")  # groups are off
    room.clear(cookie, IDS[1])  # nothing to take back
    assert sessie.deelnemers == [] and changes == [] and room.stats().waiting == 1
    room.answer(cookie, IDS[1], 3)
    assert [d.antwoorden for d in sessie.deelnemers] == [{IDS[1]: 3}]


def test_pages_left_open_make_way_beyond_the_cap():
    """Waiting phones are kept in memory only, at most `cap` of them: the oldest makes way."""
    room, _ = make_room(cap=3)
    first, *others = [room.join(None) for _ in range(4)]
    assert room.stats().waiting == 3
    with pytest.raises(Unknown):
        room.answer(first, IDS[0], 3)
    for cookie in others:
        room.answer(cookie, IDS[0], 3)
    assert (room.stats().joined, room.stats().waiting) == (3, 0)


def test_the_join_rate_limit():
    clock = Clock()
    room, _ = make_room(clock=clock)
    for _ in range(JOINS_PER_WINDOW):
        room.join(None)
    with pytest.raises(TooFast):
        room.join(None)
    clock.now += 10.01
    room.join(None)
    assert room.stats().waiting == JOINS_PER_WINDOW + 1


def test_the_answer_rate_limit_is_per_participant():
    clock = Clock()
    room, _ = make_room(clock=clock)
    one, other = room.join(None), room.join(None)
    for n in range(ANSWERS_PER_WINDOW):
        room.answer(one, IDS[n % 19], n % 5 + 1)
    with pytest.raises(TooFast):
        room.answer(one, IDS[0], 1)
    room.answer(other, IDS[0], 1)
    clock.now += 10.01
    room.answer(one, IDS[0], 1)


def test_the_code_attempts_are_limited():
    clock = Clock()
    room, _ = make_room(clock=clock)
    for _ in range(JOINS_PER_WINDOW):
        assert room.try_code("FOUT-FOUT") is False
    with pytest.raises(TooFast):
        room.try_code(room.code)
    clock.now += 10.01
    assert room.try_code(room.code)


def test_close_for_good_erases_every_link():
    sessie = session()
    room, changes = make_room(sessie)
    cookie = room.join(None)
    room.answer(cookie, IDS[0], 2)
    room.close_for_good()
    assert not room.open and changes[-1:] == [1]
    assert all(d.apparaat == "" for d in sessie.deelnemers)
    assert sessie.deelnemers[0].antwoorden == {IDS[0]: 2}  # the answers stay
    assert room.member(cookie) is None and room.own_answers(cookie) == {}
    room.open = True  # opened again: the old phone is a new participant, with its first answer
    again = room.join(cookie)
    assert again != cookie
    room.answer(again, IDS[0], 5)
    assert len(sessie.deelnemers) == 2


def test_a_removed_participant_is_no_member_any_more():
    sessie = session()
    room, _ = make_room(sessie)
    cookie = room.join(None)
    room.answer(cookie, IDS[0], 1)
    sessie.remove_deelnemer(sessie.deelnemers[0].id)
    assert room.member(cookie) is None


def test_csrf():
    room, _ = make_room()
    one, other = room.join(None), room.join(None)
    token = room.csrf(one)
    assert room.csrf_ok(one, token)
    assert not room.csrf_ok(other, token)
    assert not room.csrf_ok(one, token[:-1])
    assert not room.csrf_ok(None, token) and not room.csrf_ok(one, None)
    assert LiveRoom(session(), CONTENT).csrf(one) != token  # a secret per room


def test_token_and_code():
    room, _ = make_room()
    token, code = room.token, room.code
    assert len(token) >= 16  # 128 bits as URL-safe text
    assert re.fullmatch(f"[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}", code)
    assert room.token_matches(token) and not room.token_matches(token[:-1] + "x") and not room.token_matches("")
    assert room.code_matches(code) and room.code_matches(f" {code.lower().replace('-', '')} ")
    assert not room.code_matches("") and not room.code_matches("ABCD-EFGH" if code != "ABCD-EFGH" else "X")
    cookie = room.join(None)
    room.new_token()
    assert room.token != token and room.code != code
    assert not room.token_matches(token) and not room.code_matches(code)
    assert room.join(cookie) == cookie  # a joined phone stays in


def test_group_choice():
    content = with_groups()
    sessie = session(content=content)
    room, _ = make_room(sessie, content=content)
    cookie = room.join(None)
    with pytest.raises(Closed):
        room.choose_group(cookie, "raad")
    room.groups_allowed = True
    assert room.groups() == ("raad", "college")
    room.choose_group(cookie, "college")
    assert sessie.deelnemers[0].rol == "college"
    room.choose_group(cookie, "")
    assert sessie.deelnemers[0].rol == "anders"
    for refused in ("burgemeester", "griffier", "raadslid-coalitie", "<b>"):
        with pytest.raises(Invalid):
            room.choose_group(cookie, refused)


def test_no_group_the_content_lacks():
    content = dataclasses.replace(CONTENT, rollen=tuple(r for r in CONTENT.rollen if r.id not in ("raad", "college")))
    room, _ = make_room(content=content)
    room.groups_allowed = True
    cookie = room.join(None)
    assert room.groups() == ()
    with pytest.raises(Invalid):
        room.choose_group(cookie, "raad")


def test_stats_count_and_revealed_totals():
    sessie = session(people(1))
    sessie.deelnemers[0].antwoorden[IDS[0]] = 5  # typed at the keyboard
    room, _ = make_room(sessie)
    cookies = [room.join(None) for _ in range(3)]
    for cookie, value in zip(cookies, (1, 1, 3)):
        room.answer(cookie, IDS[0], value)
    room.answer(cookies[0], IDS[1], 2)
    stats = room.stats()
    assert stats.joined == 3 and stats.answered[IDS[0]] == 4 and stats.answered[IDS[1]] == 1
    assert stats.answered[IDS[2]] == 0
    assert [room.totals(vraag) for vraag in CONTENT.vragen] == [None] * 19
    sessie.reveal([IDS[0]])
    totals = {vraag.id: room.totals(vraag) for vraag in CONTENT.vragen}
    assert {vraag_id: counts for vraag_id, counts in totals.items() if counts} == {IDS[0]: (2, 0, 1, 0, 1)}


def test_refused_carries_a_dutch_reason():
    room, _ = make_room(cap=0)
    with pytest.raises(Refused) as refused:
        room.join(None)
    assert str(refused.value) == refused.value.reason and "deelnemers" in refused.value.reason
