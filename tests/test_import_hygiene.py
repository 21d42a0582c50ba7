"""The layers hold: every module of the pure layers (content, domain, files, output) and the
command line imports no Textual, Rich or web server, proven in a fresh interpreter; the
modules import each other without a cycle; and no file or class grows past its limit.

New modules are found by walking the folders: nothing to add to a list."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "workshop"
PURE_LAYERS = ("content", "domain", "files", "output")
FORBIDDEN = ("textual", "rich", "aiohttp", "segno")
MAX_FILE_LINES, MAX_CLASS_LINES = 400, 250


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(*folders: str) -> list[str]:
    paths = [p for folder in folders for p in sorted((PACKAGE / folder).rglob("*.py"))]
    return [module_name(p) for p in paths]


PURE = [*modules(*PURE_LAYERS), "workshop.cli", "workshop.locations"]


def test_the_walk_finds_the_layers():
    assert {"workshop.domain.model", "workshop.files.store", "workshop.output.report"} <= set(PURE)
    assert len(PURE) > 30


@pytest.mark.parametrize("module", PURE)
def test_a_pure_module_imports_no_textual_rich_or_web_server(module):
    code = (
        f"import sys, {module}; "
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}); "
        "print(','.join(loaded))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Every workshop module that `path` imports, at the top or inside a function: a
    deferred import hides a cycle, it does not remove it. 'from workshop.ui import flow'
    imports the module flow; 'from workshop.ui.app import WorkshopApp' the module app."""
    found = set()
    for node in runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in known else node.module)
    return {name for name in found if name in known}


def runtime_nodes(tree: ast.AST):
    """Every node, except what is only there for a type checker (`if TYPE_CHECKING:`)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            continue
        yield node
        yield from runtime_nodes(node)


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: imports_of(path, set(paths)) - {name} for name, path in paths.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the path now, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target] if target in path else [node, target]
            if target not in state:
                found = visit(target, [*path, target])
                if found:
                    return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return None


def test_the_modules_import_each_other_without_a_cycle():
    assert find_cycle(import_graph()) is None


def test_the_cycle_check_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_file_over_400_lines_and_no_class_over_250():
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= MAX_FILE_LINES, f"{path.relative_to(PACKAGE)} is too long"
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                length = node.end_lineno - node.lineno + 1
                assert length <= MAX_CLASS_LINES, f"{path.relative_to(PACKAGE)}: class {node.name} has {length} lines"


def test_the_app_starts_without_the_web_server_or_the_qr_code():
    """Answering on phones costs start-up nothing: aiohttp and segno come when joining opens."""
    code = (
        "import sys, workshop.cli, workshop.ui.app, workshop.ui.flow, workshop.ui.screens.live_panel; "
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('aiohttp', 'segno'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_first_screen_does_without_what_it_does_not_show():
    """The questionnaire and the picker, the screens the app starts on, do not import Textual's
    DataTable or TextArea (about 12 ms), nor define the fields, the choice dialog or the Dutch
    TOML messages (a widget class takes 0.5 ms to define): what needs them imports them, when
    first shown or asked."""
    code = (
        "import sys, workshop.cli, workshop.ui.launch, workshop.ui.screens.questionnaire, "
        "workshop.ui.screens.picker; "
        "print(','.join(sorted(m for m in sys.modules if m in ('textual.widgets._data_table', "
        "'textual.widgets._text_area', 'workshop.ui.widgets.plain_fields', 'workshop.ui.dialogs.choice', "
        "'workshop.content.toml_errors'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
