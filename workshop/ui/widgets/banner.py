"""The current question, large and readable from the back of the room."""

from __future__ import annotations

from textual.content import Content as Text

from workshop.content import Content
from workshop.domain.model import Sessie
from workshop.domain.rules import missing
from workshop.ui.display import clean
from workshop.ui.widgets.steady import SteadyStatic


class QuestionBanner(SteadyStatic):
    def show(
        self,
        sessie: Sessie,
        content: Content,
        vraag_index: int,
        deelnemer_index: int,
        richting: str,
        last: str = "",
    ) -> None:
        vraag = content.vragen[vraag_index]
        keys = "  ".join(f"{w.waarde} {w.woord}" for w in content.schaal)
        direction = "↓ per persoon" if richting == "omlaag" else "→ per vraag"
        self.show_lines(
            [
                Text.styled(position(content, vraag), "bold"),
                Text.styled(vraag.tekst, "bold $primary"),
                Text.assemble(*who(sessie, content, vraag, deelnemer_index)),
                Text.assemble((keys, "bold"), f"  · {direction}", f"  · laatste: {last}" if last else ""),
            ]
        )


def position(content: Content, vraag) -> str:
    """'Vraag 3 van 19 · Raad'."""
    return f"Vraag {vraag.nummer} van {len(content.vragen)} · {content.sectie(vraag.sectie).naam}"


def hidden_status(sessie: Sessie, vraag_id: str) -> Text:
    """How many answered a question that is not revealed yet, and nothing more."""
    total = len(sessie.deelnemers)
    answered = total - len(missing(sessie, vraag_id))
    return Text.assemble(("Verborgen", "bold"), f": {answered} van {total} hebben geantwoord.")


def who(sessie: Sessie, content: Content, vraag, deelnemer_index: int) -> list:
    """Whose answer the cursor is on, and that answer (its word only once revealed)."""
    if not sessie.deelnemers:
        return [("Nog geen deelnemers: druk op d om ze toe te voegen.", "bold")]
    deelnemer = sessie.columns()[deelnemer_index]
    value = deelnemer.antwoorden.get(vraag.id)
    if value is None:
        answer = ("nog geen antwoord", "bold")
    elif sessie.is_revealed(vraag.id):
        answer = (content.woord(value).woord, "bold reverse")
    else:
        answer = ("● ingevuld, verborgen", "bold")
    if sessie.anoniem:  # the number is the label: no name, and no role (one burgemeester is a name)
        whose = [(f"Deelnemer {deelnemer_index + 1} van {len(sessie.deelnemers)}", "bold")]
    else:
        rol = content.naam(content.rollen, deelnemer.rol)
        whose = [
            f"Deelnemer {deelnemer_index + 1} van {len(sessie.deelnemers)}: ",
            (f"{clean(deelnemer.naam)} ({rol})", "bold"),
        ]
    return [*whose, " · antwoord: ", answer]
