"""Stap 2 in the domain: sort orders, section filter and comparing two groups, on the demo."""

from __future__ import annotations

from helpers import CONTENT

from workshop.domain.interpret import HANDREIKING, ONGUNSTIG, VERDEELD, agreement, compare, in_section, sort_results
from workshop.domain.rules import uitslagen


def numbers(results):
    return [r.vraag.nummer for r in results]


def test_the_handreikings_order(demo):
    assert numbers(sort_results(uitslagen(demo, CONTENT)[::-1], HANDREIKING)) == list(range(1, 20))


def test_most_unfavourable_first(demo):
    # deviation 2: 10; deviation 1: 1 (group vaak) before 2, 11, 17, 19 (group geregeld);
    # then within the norm: 7 (vaak), 13 (geregeld), the soms answers, the nooit answers
    assert numbers(sort_results(uitslagen(demo, CONTENT), ONGUNSTIG)) == [
        10, 1, 2, 11, 17, 19, 7, 13, 3, 4, 8, 9, 12, 15, 18, 5, 6, 14, 16
    ]  # fmt: skip


def test_most_divided_first(demo):
    # range 3: 11, 17; range 2: 1, 2, 3, 9, 19; range 1: the rest; range 0: 6, 16
    assert numbers(sort_results(uitslagen(demo, CONTENT), VERDEELD)) == [
        11, 17, 1, 2, 3, 9, 19, 4, 5, 7, 8, 10, 12, 13, 14, 15, 18, 6, 16
    ]  # fmt: skip


def test_unanswered_questions_come_last(demo):
    for deelnemer in demo.deelnemers:
        del deelnemer.antwoorden["geen-langetermijnperspectief"]
    assert numbers(sort_results(uitslagen(demo, CONTENT), ONGUNSTIG))[-1] == 10
    assert numbers(sort_results(uitslagen(demo, CONTENT), VERDEELD))[-1] == 10


def test_filter_by_section(demo):
    results = uitslagen(demo, CONTENT)
    assert numbers(in_section(results, "raad")) == list(range(1, 12))
    assert numbers(in_section(results, "college")) == list(range(12, 20))
    assert len(in_section(results, None)) == 19


def test_compare_the_burgemeester_and_the_opposition(demo):
    burgemeester = uitslagen(demo, CONTENT, [demo.deelnemers[0]])
    oppositie = uitslagen(demo, CONTENT, [demo.deelnemers[3]])
    pairs = compare(burgemeester, oppositie)
    assert [p.stappen for p in pairs] == [0, 1, 2, 0, 0, 0, 1, 0, 1, 0, 2, 0, 1, 1, 0, 0, 3, 0, 1]
    assert (pairs[16].a, pairs[16].b) == (4, 1)  # soms against altijd: the opposition's influence
    assert agreement(pairs) == (10, 19)


def test_compare_with_a_missing_answer(demo):
    del demo.deelnemers[3].antwoorden["coalitie-valt-uiteen"]
    pairs = compare(uitslagen(demo, CONTENT, [demo.deelnemers[0]]), uitslagen(demo, CONTENT, [demo.deelnemers[3]]))
    assert pairs[5].stappen is None
    assert agreement(pairs) == (9, 18)
