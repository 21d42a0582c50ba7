"""The handreiking's own words for the step on screen: the stappenplan's text, in full where
there is room (a tall projector terminal), else one line of it with the key that opens it."""

from __future__ import annotations

from textual.content import Content as Text

from workshop.content import Content
from workshop.ui.display import fit
from workshop.ui.widgets.steady import SteadyStatic

FULL_HEIGHT = 48  # from this many lines the whole text of the step shows
MORE = " · h: de hele tekst"


def title(content: Content, step: int) -> str:
    """'Handreiking, stap 1: Invullen van de vragenlijst · Vragenlijst: basis voor het goede gesprek'."""
    text = f"Handreiking, stap {step}: {content.stappen[step - 1].titel}"
    return text + (f" · {content.vragenlijst_titel}" if step == 1 else "")


def guide_text(content: Content, step: int, width: int, full: bool) -> Text:
    """All of the step's text under its title, or one line: the title, the text as far as it
    fits, and the key that shows the rest."""
    if full:
        return Text.assemble((title(content, step), "bold"), "\n", content.stappen[step - 1].tekst)
    head = content.vragenlijst_titel if step == 1 else "Handreiking"  # the step's name is on the bar above
    line = fit(f"{head} · {content.stappen[step - 1].tekst}", max(1, width - len(MORE)))
    return Text.assemble((line[: len(head)], "bold"), line[len(head) :], (MORE, "bold"))


class StepGuide(SteadyStatic):
    def __init__(self, content: Content, step: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handreiking = content
        self.step = step

    def on_mount(self) -> None:
        # the text and its height before the screen's first layout, at the width the guide
        # will have (the screen's): else the first frame shows one line, and the next one the
        # whole text, with everything below it moved down
        self._show(self.app.size.width - self.styles.gutter.width)

    def on_resize(self) -> None:
        self._show(self.content_region.width)

    def _show(self, width: int) -> None:
        full = self.app.size.height >= FULL_HEIGHT
        self.set_class(full, "-vol")
        self.show_text(guide_text(self.handreiking, self.step, width, full))
