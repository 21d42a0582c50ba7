"""Every command of the app, defined once: its name, its title in the command palette, what it
does (the palette's help line and the help screen), its keys, and whether it needs an open
session. The App's bindings, the command palette and the help screen are generated from this
list; a screen binds a command's key to it with `key_for`. What each command runs is in
actions.py, which the screens never import."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from textual.binding import Binding

from workshop.ui.widgets.bars import STEP_NAMES

if TYPE_CHECKING:
    from workshop.ui.app import WorkshopApp


class Command(NamedTuple):
    name: str
    title: str  # in the command palette
    help: str  # what it does: the palette's second line, and the help screen
    keys: str = ""  # the App's own keys for it ('f1,question_mark'); a screen may add its own
    label: str = ""  # the word in the keys line (else the title)
    needs_session: bool = False
    shown: bool = False  # in the keys line
    in_palette: bool = True
    screen_action: str = ""  # offered only on a screen that has this action


def _step(number: int) -> Command:
    return Command(
        f"stap{number}",
        f"Stap {number}: {STEP_NAMES[number - 1]}",
        f"Naar stap {number}: {STEP_NAMES[number - 1].lower()}",
        keys=f"f{number + 1}",
        label=f"Stap {number}",
        needs_session=True,
    )


COMMANDS: tuple[Command, ...] = (
    Command("hulp", "Hulp", "Alle toetsen", keys="f1,question_mark", shown=True),
    *(_step(number) for number in range(1, 6)),
    Command("sessies", "Sessie openen", "Terug naar de lijst met sessies", keys="f9"),
    Command("nieuw", "Nieuwe sessie", "Begin een nieuwe sessie"),
    Command("inleiding", "Inleiding", "Wat is bestuurscultuur, de onderstroom, het stappenplan"),
    Command("vergelijken", "Sessies vergelijken", "Twee of meer sessies naast elkaar, per vraag"),
    Command(
        "onthullen",
        "Deze vraag onthullen",
        "Toon de antwoorden van de gekozen vraag (nog eens: verbergen)",
        needs_session=True,
        screen_action="reveal",
    ),
    Command(
        "zaal",
        "Zaalweergave aan/uit",
        "De vraag groot en de tellingen in grote cijfers (z)",
        needs_session=True,
        screen_action="present",
    ),
    Command(
        "per_rol",
        "Tellingen per rolgroep aan/uit",
        "In stap 1 de tellingen per rolgroep in het zijpaneel (g)",
        needs_session=True,
        screen_action="toggle_roles",
    ),
    Command(
        "zijpaneel",
        "Zijpaneel verbergen/tonen",
        "In stap 1 het zijpaneel weg: de tabel krijgt de hele breedte, voor veel deelnemers (v)",
        needs_session=True,
        screen_action="toggle_panel",
    ),
    Command(
        "alles_onthullen",
        "Alles onthullen",
        "Alle vragen nu onthullen, bijvoorbeeld aan het eind",
        needs_session=True,
    ),
    Command(
        "deelnemers",
        "Deelnemers",
        "Deelnemers toevoegen, wijzigen of verwijderen",
        needs_session=True,
    ),
    Command("normen", "Normen", "De normen en de voorspelling vaststellen", needs_session=True),
    Command("actieplan", "Actieplan", "Het actieplan bekijken en bewerken", needs_session=True),
    Command(
        "anoniem",
        "Anoniem aan/uit",
        "Nummers in een geschudde volgorde, geen namen en rollen; of open",
        needs_session=True,
    ),
    Command(
        "een_invuller",
        "Eén invuller aan/uit",
        "Elk antwoord meteen tonen: alleen als één persoon alleen invult",
        needs_session=True,
    ),
    Command(
        "opslaan_als",
        "Opslaan als…",
        "Bewaar de sessie onder een nieuwe naam",
        needs_session=True,
    ),
    Command(
        "verslag",
        "Verslag schrijven",
        "Een verslag in Markdown voor de notulen, ook halverwege",
        needs_session=True,
    ),
    Command(
        "verslag_html",
        "Verslag als webpagina opslaan",
        "Een verslag met grafieken om te printen of te mailen: één bestand, opent zonder internet",
        needs_session=True,
    ),
    Command(
        "csv",
        "CSV exporteren",
        "Eén regel per deelnemer en vraag, voor een spreadsheet",
        needs_session=True,
    ),
    Command(
        "telefoon",
        "Deelnemen via telefoon",
        "De zaal antwoordt anoniem op de eigen telefoon: QR-code, link en code; openen en sluiten",
        keys="f7",
        label="Telefoons",
        needs_session=True,
    ),
    Command("thema", "Thema wisselen", "Licht (beamer) of donker"),
    Command(
        "stoppen",
        "Stoppen",
        "Stoppen (vraagt eerst als iets niet is opgeslagen)",
        keys="ctrl+q",
    ),
)
BY_NAME = {command.name: command for command in COMMANDS}
PALETTE_KEY = "ctrl+p"


def app_bindings() -> list[Binding]:
    """The App's keys, from the commands that have one; and the command palette."""
    bindings = [
        Binding(c.keys, f"run('{c.name}')", c.label or c.title, show=c.shown, tooltip=c.help)
        for c in COMMANDS
        if c.keys
    ]
    return [
        *bindings,
        Binding(PALETTE_KEY, "palette", "Opdrachten", show=False, priority=True, tooltip="Alle opdrachten"),
    ]


def key_for(name: str, keys: str, *, show: bool = True, priority: bool = False) -> Binding:
    """A screen's key for an app command: its word and help come from the command. A
    `priority` key runs in the App's own turn, before the next key is handled: for a command
    that opens a form, so that what is typed next lands in the form."""
    command = BY_NAME[name]
    return Binding(
        keys, f"app.run('{name}')", command.label or command.title, show=show, tooltip=command.help, priority=priority
    )


def offered(app: WorkshopApp) -> Iterable[Command]:
    """The commands the palette offers now: those that can run on this screen and session."""
    for command in COMMANDS:
        if not command.in_palette or (command.needs_session and app.current is None):
            continue
        if command.screen_action and not hasattr(app.screen, f"action_{command.screen_action}"):
            continue
        yield command
