"""What each command of commands.py runs: a function of the App. Kept apart from the command
descriptions so that a screen can bind a command's key without importing what runs it (the
flows import the screens; the screens must not import the flows)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workshop.ui import flow, writing
from workshop.ui.commands import COMMANDS

if TYPE_CHECKING:
    from workshop.ui.app import WorkshopApp


def _step(number: int) -> Callable[[WorkshopApp], object]:
    return lambda app: app.switch_mode(f"stap{number}")


def screen_action(action: str) -> Callable[[WorkshopApp], object]:
    return lambda app: app.run_action(f"screen.{action}")


RUNS: dict[str, Callable[[WorkshopApp], object]] = {
    "hulp": flow.show_help,
    **{f"stap{number}": _step(number) for number in range(1, 6)},
    "sessies": flow.show_sessions,
    "nieuw": flow.new_session,
    "inleiding": flow.intro,
    "vergelijken": flow.compare,
    "onthullen": screen_action("reveal"),
    "zaal": screen_action("present"),
    "per_rol": screen_action("toggle_roles"),
    "zijpaneel": screen_action("toggle_panel"),
    "alles_onthullen": flow.reveal_all,
    "deelnemers": flow.participants,
    "normen": flow.norms,
    "actieplan": flow.action_plan,
    "anoniem": flow.toggle_anonymous,
    "een_invuller": flow.toggle_one_filler,
    "opslaan_als": writing.save_as,
    "verslag": writing.report,
    "verslag_html": writing.report_html,
    "csv": writing.export_csv,
    "telefoon": flow.live_panel,
    "thema": flow.toggle_theme,
    "stoppen": flow.quit,
}
assert set(RUNS) == {command.name for command in COMMANDS}, "every command runs something, and only those"
