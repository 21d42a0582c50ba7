"""The styles of a screen are read when it is first shown (app.py), without restyling what
is on screen already. That is only right if a screen's .tcss file styles nothing but the
screens that read it, and if every screen reads the files of the ids and classes it uses."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

from textual.screen import Screen

import workshop.ui.screens

SCREENS_DIR = Path(workshop.ui.screens.__file__).parent
SELECTOR = re.compile(r"([#.])([a-z][a-z0-9-]*)")
NAMED = re.compile(r'(id|classes)="([^"]+)"')


def screen_classes() -> list[type[Screen]]:
    found = []
    for module_file in sorted(SCREENS_DIR.glob("*.py")):
        module = importlib.import_module(f"workshop.ui.screens.{module_file.stem}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


def css_files(cls: type[Screen]) -> set[str]:
    paths = cls.CSS_PATH if isinstance(cls.CSS_PATH, list) else [cls.CSS_PATH] if cls.CSS_PATH else []
    return {str(path) for path in paths}


def names_in_file(name: str) -> set[tuple[str, str]]:
    text = re.sub(r"/\*.*?\*/", "", (SCREENS_DIR / name).read_text(), flags=re.S)
    selectors = "\n".join(line for line in text.splitlines() if line.rstrip().endswith("{"))
    # not the state classes (-breed, -ruim) nor a widget's parts (option-list--option-disabled)
    return {(kind, word) for kind, word in SELECTOR.findall(selectors) if not word.startswith("-") and "--" not in word}


def names_used(cls: type[Screen]) -> set[tuple[str, str]]:
    used = set()
    for attribute, value in NAMED.findall(inspect.getsource(cls)):
        for word in value.split():
            used.add(("#" if attribute == "id" else ".", word))
    return used


def test_every_style_file_is_read_by_a_screen_and_every_named_file_exists():
    named = {name for cls in screen_classes() for name in css_files(cls)}
    assert named == {path.name for path in SCREENS_DIR.glob("*.tcss")}


def test_a_screen_reads_the_style_file_of_every_id_and_class_it_uses():
    owners = {name: names_in_file(name) for name in (path.name for path in SCREENS_DIR.glob("*.tcss"))}
    for cls in screen_classes():
        for name, styled in owners.items():
            missing = names_used(cls) & styled
            assert not missing or name in css_files(cls), f"{cls.__name__} uses {sorted(missing)} of {name}"


def test_a_style_file_styles_only_ids_and_classes_of_the_screens_that_read_it():
    readers: dict[str, set[tuple[str, str]]] = {}
    for cls in screen_classes():
        for name in css_files(cls):
            readers.setdefault(name, set()).update(names_used(cls))
    for name, used in readers.items():
        stray = names_in_file(name) - used
        assert not stray, f"{name} styles {sorted(stray)}, which no screen that reads it uses"
