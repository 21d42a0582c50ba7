"""The app's actions on the open session: opening, the new-session wizard, participants,
norms, the action plan, and the prompt to review the previous plan."""

from __future__ import annotations

from pathlib import Path

from workshop.content.fields import FormatError
from workshop.domain.forms import format_date
from workshop.domain.model import Actie, Sessie
from workshop.files.demo import load_demo
from workshop.files.open_session import OpenSession
from workshop.files.store import file_name, load_session, new_path
from workshop.ui.screens.choice import ChoiceScreen, Option


class SessionActions:
    """Mixed into WorkshopApp."""

    NEEDS_SESSION = frozenset(
        {"step", "participants", "norms", "toggle_anonymous", "reveal_all", "toggle_one_filler", "plan"}
    )

    def open_path(self, path: Path) -> bool:
        try:
            sessie = load_session(path, self.content)
        except FormatError as problem:
            self.notify(str(problem), title="Kan deze sessie niet openen", severity="error", timeout=15)
            return False
        self.open_session(sessie, path, save=False)
        return True

    def become_current(self, sessie: Sessie, path: Path):
        """Make this the open session: nothing of the one before survives (its lock, its
        notifications, timers and the instrument stap 4 was to open; each step screen starts
        afresh when it sees the new session). Returns the other window that holds it, if any."""
        if self.current is not None and self.current.path != path:
            self.current.release()
        self.clear_notifications()
        self.timers.reset_all()
        self.wanted_instrument = None
        self.current = OpenSession(sessie, path, self.content, self.clock)
        return self.current.take_lock()

    def open_session(self, sessie: Sessie, path: Path, *, save: bool) -> None:
        holder = self.become_current(sessie, path)
        self.switch_mode("stap1")
        if save:
            self.changed()  # on disk right after the first paint, as every change
        # the questions come after the first paint: opening a session is not held up by them
        if holder is not None:
            self.call_after_refresh(self._offer_take_over, holder)
        else:
            self.call_after_refresh(self._offer_review)

    def _offer_take_over(self, holder) -> None:
        """Another running instance has this session open: read-only, or take it over."""
        question = (
            f"Deze sessie is al open in een ander venster: {holder.describe()}. Twee vensters die "
            "tegelijk opslaan, overschrijven elkaar. Wat wilt u doen?"
        )
        options = [
            Option("l", "alleen lezen (niets opslaan)", False),
            Option("o", "overnemen: dit venster slaat op, het andere niet meer", True),
        ]

        def answer(take_over: bool | None) -> None:
            if take_over:
                self.current.take_lock(take_over=True)
                self.notify("Overgenomen: dit venster slaat nu op.")
            self.show_status()

        self.push_screen(ChoiceScreen("Al geopend", question, options), answer)

    def _offer_review(self) -> None:
        """A session of a municipality with an earlier action plan opens with the question
        whether to review that plan first."""
        from workshop.domain.history import Eerder, needs_review, previous_with_plan
        from workshop.files.index import sessions_of_municipality

        current = self.current
        found = sessions_of_municipality(self.sessions_dir, current.sessie.gemeente, self.content, exclude=current.path)
        others = [Eerder(path, sessie) for path, sessie in found]
        previous = previous_with_plan(self.current.sessie, others)
        if not needs_review(self.current.sessie, previous):
            return
        eerder = previous.sessie
        question = (
            f"{eerder.titel} ({format_date(eerder.datum)}) had een actieplan van {len(eerder.actieplan)} "
            f"{'actie' if len(eerder.actieplan) == 1 else 'acties'}. Eerst terugblikken: wat is ervan gedaan?"
        )
        options = [Option("j", "ja, naar de terugblik (stap 5)", True), Option("n", "nee, later", False)]

        def answer(yes: bool | None) -> None:
            if yes:
                self.action_step(5)
                self.call_after_refresh(lambda: self.screen.action_review())

        self.push_screen(ChoiceScreen("Vorig actieplan", question, options), answer)

    def open_demo(self) -> None:
        """A copy of the demo session in the sessions folder; an earlier copy is never
        overwritten without asking."""
        sessie = load_demo(self.content)
        path = self.sessions_dir / file_name(sessie)
        if not (path.exists() or path.is_symlink()):
            self.open_session(sessie, path, save=True)
            return
        options = [
            Option("o", "de bestaande kopie openen", "open"),
            Option("n", "een nieuwe kopie maken", "new"),
            Option("v", "vervangen door een verse kopie", "replace"),
        ]
        question = f"Er is al een kopie van de voorbeeldsessie: {path.name}. Wat wilt u doen?"
        self.switch_mode("sessies")

        def chosen(choice: str | None) -> None:
            if choice == "open":
                self.open_path(path)
            elif choice == "new":
                self.open_session(sessie, new_path(self.sessions_dir, sessie), save=True)
            elif choice == "replace":
                self.open_session(sessie, path, save=True)

        self.push_screen(ChoiceScreen("Voorbeeldsessie", question, options), chosen)

    # --- the new-session wizard ---------------------------------------------------------

    def action_new_session(self, earlier: Sessie | None = None) -> None:
        from workshop.ui.screens.new_session import NewSessionScreen

        self.push_screen(NewSessionScreen(earlier), self._created)

    def _created(self, sessie: Sessie | None) -> None:
        if sessie is None:
            return
        self.become_current(sessie, new_path(self.sessions_dir, sessie))
        self.current.save()
        from workshop.ui.screens.participants import ParticipantsScreen

        self.push_screen(ParticipantsScreen(wizard=True), self._participants_done)

    def _participants_done(self, go_on: bool | None) -> None:
        from workshop.ui.screens.norms import NormsScreen

        current = self.current
        if go_on:
            self.push_screen(
                NormsScreen(wizard=True), lambda _: self.open_session(current.sessie, current.path, save=False)
            )
        else:
            self.open_session(current.sessie, current.path, save=False)

    # --- during the session ------------------------------------------------------------

    def action_participants(self) -> None:
        from workshop.ui.screens.participants import ParticipantsScreen

        self.push_screen(ParticipantsScreen())

    def action_norms(self) -> None:
        from workshop.ui.screens.norms import NormsScreen

        self.push_screen(NormsScreen())

    def action_compare(self) -> None:
        from workshop.ui.screens.compare import CompareSetupScreen

        anchor = self.current.path if self.current else None
        selected = getattr(self.screen, "selected", None)  # on the picker: the highlighted session
        if callable(selected) and selected() is not None:
            anchor = selected().path
        self.push_screen(CompareSetupScreen(anchor))

    def action_intro(self) -> None:
        from workshop.ui.screens.intro import IntroScreen

        self.push_screen(IntroScreen())

    def action_toggle_anonymous(self) -> None:
        sessie = self.current.sessie
        sessie.anoniem = not sessie.anoniem
        self.notify(
            "Anonieme stand: de zaal ziet nummers in een geschudde volgorde, geen namen en geen rollen"
            if sessie.anoniem
            else "Open stand: namen en rollen zichtbaar"
        )
        self.changed()
        self._redraw()

    def action_reveal_all(self) -> None:
        """Reveal every question now: the end of a round."""
        sessie = self.current.sessie
        sessie.reveal(vraag.id for vraag in self.content.vragen)
        self.notify("Alle vragen zijn onthuld.")
        self.changed()
        self._redraw()

    def action_toggle_one_filler(self) -> None:
        """One person fills in alone: each answer shows as it is typed. Not for a room."""
        sessie = self.current.sessie
        sessie.een_invuller = not sessie.een_invuller
        self.notify(
            "Eén invuller: elk antwoord is meteen zichtbaar."
            if sessie.een_invuller
            else "Meerdere invullers: antwoorden blijven verborgen tot u ze onthult."
        )
        self.changed()
        self._redraw()

    def _redraw(self) -> None:
        if hasattr(self.screen, "sync"):
            self.screen.sync()

    def action_plan(self) -> None:
        from workshop.ui.screens.action_plan import ActionPlanScreen

        self.push_screen(ActionPlanScreen(), lambda _: self._redraw())

    def add_action(self, instrument_id: str, then=None) -> None:
        """Ask owner, due date, status and notes, then add the instrument to the action plan."""
        from workshop.ui.screens.action_plan import ActionForm

        def added(actie: Actie | None) -> None:
            if actie is None:
                return
            self.current.sessie.actieplan.append(actie)
            self.changed()
            name = self.content.instrument(instrument_id).naam
            count = len(self.current.sessie.actieplan)
            self.notify(f"{name} staat in het actieplan ({count} {'actie' if count == 1 else 'acties'})")
            (then or self._redraw)()

        self.push_screen(ActionForm(Actie(instrument_id), "Aan het actieplan toevoegen"), added)

    def show_instrument(self, instrument_id: str) -> None:
        """Stap 4, opened on this instrument's explanation."""
        self.wanted_instrument = instrument_id
        self.switch_mode("stap4")
