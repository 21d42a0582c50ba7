"""An instrument of the escalation ladder in words, in stap 4 and beside the ladder in stap 3."""

from __future__ import annotations

from textual.content import Content as Text

from workshop.content import Instrument


def explanation(instrument: Instrument, fase_naam: str) -> Text:
    """The whole explanation of one instrument, in the handreiking's words, under the name the
    ladder gives it, and the name of the toelichting where that differs."""
    wie = [f"• {w}" for w in instrument.wie] or ["De handreiking noemt hier geen specifieke partij."]
    refs = [f"• {r}" for r in instrument.verwijzingen] or ["Geen."]
    other = f"\nIn de toelichting: {instrument.toelichting_naam}" if instrument.toelichting_naam else ""
    return Text.assemble(
        (instrument.naam, "bold $primary"),
        f"{other}\nThuisfase: {fase_naam}\n\n",
        ("Wat", "bold underline"),
        f"\n{instrument.wat}\n\n",
        ("Hoe", "bold underline"),
        f"\n{instrument.hoe}\n\n",
        ("Wie kan helpen", "bold underline"),
        "\n" + "\n".join(wie) + "\n\n",
        ("Verwijzingen", "bold underline"),
        "\n" + "\n".join(refs),
    )
