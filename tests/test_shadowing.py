"""No screen or widget of the app gives itself an attribute that Textual's own classes already
have. `self.loading = True` on a screen once blanked the whole terminal: `loading` is Textual's
reactive that swaps a widget for a loading indicator. Every `self.NAME = ...` in a class of
workshop/ui that derives from Textual is read, so the next such name fails here, not on a beamer."""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
from pathlib import Path

from textual.dom import DOMNode

UI = Path(__file__).parent.parent / "workshop" / "ui"
# set on purpose: Textual's attribute itself, used as Textual documents it
MEANT = {
    "theme",
    "virtual_size",
    "value",
    "cursor_blink",
    "styles",
    "title",
    "sub_title",
    "tooltip",
    "can_focus",
    "display",
    "DEFAULT_MODE",  # the first screen is the default mode (first_screen.py)
}


def textual_classes():
    for path in sorted(UI.rglob("*.py")):
        module = importlib.import_module(".".join(path.relative_to(UI.parent.parent).with_suffix("").parts))
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, DOMNode):
                yield cls


def assigned(cls) -> set[str]:
    """Every NAME in `self.NAME = ...` (or +=, or annotated) in the class's own source."""
    names = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(cls)))):
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        for target in targets:
            for part in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "self":
                    names.add(part.attr)
    return names


def test_the_walk_finds_the_screens_and_widgets():
    found = {cls.__name__ for cls in textual_classes()}
    assert {"WorkshopApp", "PickerScreen", "QuestionnaireScreen", "AnswerGrid", "LivePanel"} <= found


def test_no_attribute_of_the_app_shadows_one_of_textual():
    clashes = []
    for cls in textual_classes():
        theirs = set().union(*(vars(base) for base in cls.__mro__ if base.__module__.startswith("textual")))
        clashes += [f"{cls.__name__}.{name}" for name in sorted(assigned(cls) & theirs - MEANT)]
    assert clashes == []
