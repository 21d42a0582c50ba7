"""The `workshop` command: the app, and the subcommands that work without it.

Every problem reaches the user as one Dutch line and a non-zero exit; no traceback, and
no file is changed by a command that fails. Textual is imported only when the app starts.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from workshop import __version__, locations
from workshop.content import Content, default_content, load_content
from workshop.fields import FormatError
from workshop.store import SaveError, load_session

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class Problem(Exception):
    """A problem to report as one line, with exit code 1."""


class Parser(argparse.ArgumentParser):
    """argparse with Dutch headings and one-line errors."""

    def __init__(self, prog: str, description: str, **kwargs):
        super().__init__(prog=prog, description=description, add_help=False, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "gebruik:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "gebruik:", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {_translate(message)} (zie '{self.prog} --help')\n")


_ARGPARSE_DUTCH = (
    ("the following arguments are required: --csv", "kies een formaat: --csv"),
    ("the following arguments are required: ", "ontbreekt: "),
    ("unrecognized arguments: ", "onbekend argument: "),
    ("expected one argument", "verwacht een waarde"),
    ("invalid choice: ", "ongeldige keuze: "),
    ("choose from ", "kies uit "),
    ("not allowed with argument ", "gaat niet samen met "),
)


def _translate(message: str) -> str:
    for english, dutch in _ARGPARSE_DUTCH:
        message = message.replace(english, dutch)
    return message


SUBCOMMANDS = {
    "new": "een nieuwe sessie beginnen in de app",
    "demo": "de voorbeeldsessie als bestand schrijven",
    "list": "de opgeslagen sessies tonen",
    "check": "inhoud en sessiebestanden controleren",
    "report": "een verslag in Markdown schrijven",
    "compare": "sessies met elkaar vergelijken",
    "export": "de antwoorden als CSV voor een spreadsheet",
}


def _main_parser() -> Parser:
    commands = "\n".join(f"  {name:<8} {help}" for name, help in SUBCOMMANDS.items())
    parser = Parser(
        "workshop",
        "Een bijeenkomst over bestuurscultuur leiden, volgens de handreiking voor burgemeesters.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"opdrachten:\n{commands}\n\n'workshop OPDRACHT --help' toont de hulp bij een opdracht.",
    )
    parser.add_argument("path", nargs="?", metavar="SESSIE", type=Path, help="open deze sessie")
    parser.add_argument("--demo", action="store_true", help="open een kopie van de voorbeeldsessie")
    _sessions_option(parser)
    parser.add_argument("--version", action="version", version=f"workshop {__version__}", help="toon de versie")
    return parser


def _sessions_option(parser: Parser) -> None:
    parser.add_argument(
        "--sessions",
        metavar="MAP",
        type=Path,
        help=f"de map met sessies (standaard ${locations.SESSIONS_ENV} of ./sessions)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            return COMMANDS[args[0]](args[1:])
        return _run_app(args)
    except (Problem, FormatError, SaveError) as problem:
        print(f"workshop: {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last safety net: one line, never a traceback
        if os.environ.get("WORKSHOP_DEBUG"):
            raise
        print(f"workshop: onverwachte fout: {type(error).__name__}: {error}", file=sys.stderr)
        print("workshop: zet WORKSHOP_DEBUG=1 om de details te zien", file=sys.stderr)
        return EXIT_PROBLEM


def _run_app(args: list[str]) -> int:
    options = _main_parser().parse_args(args)
    if options.path is not None and options.demo:
        raise Problem("geef een SESSIE of --demo, niet allebei")
    if options.path is not None:
        load_session(options.path, default_content())  # a bad file is one line here, not a broken app
    launch = _import_launch()
    return launch(path=options.path, demo=options.demo, sessions=locations.sessions_dir(options.sessions))


def _new(args: list[str]) -> int:
    parser = Parser("workshop new", "Begin een nieuwe sessie in de app.")
    _sessions_option(parser)
    options = parser.parse_args(args)
    launch = _import_launch()
    return launch(new=True, sessions=locations.sessions_dir(options.sessions))


def _import_launch() -> Callable[..., int]:
    """Textual and the app, imported only to start the app. Without the garbage collector:
    importing makes no garbage, and a collection walks every object loaded so far, again
    and again."""
    gc.disable()
    try:
        from workshop.launch import launch
    finally:
        gc.enable()
    return launch


def _demo(args: list[str]) -> int:
    parser = Parser("workshop demo", "Schrijf de ingevulde voorbeeldsessie naar een bestand.")
    parser.add_argument("-o", "--output", metavar="BESTAND", type=Path, help="standaard: in de map met sessies")
    _sessions_option(parser)
    options = parser.parse_args(args)
    from workshop.demo import write_demo

    path = write_demo(default_content(), options.output, locations.sessions_dir(options.sessions))
    print(f"Voorbeeldsessie geschreven naar {path}")
    return EXIT_OK


def _list(args: list[str]) -> int:
    parser = Parser("workshop list", "Toon de sessies in de map met sessies.")
    _sessions_option(parser)
    options = parser.parse_args(args)
    from workshop.listing import print_listing

    folder = locations.sessions_dir(options.sessions)
    if not folder.is_dir():
        raise Problem(f"{folder}: map met sessies bestaat niet")
    print_listing(folder, default_content())
    return EXIT_OK


def _check(args: list[str]) -> int:
    parser = Parser("workshop check", "Controleer de inhoud en de gegeven sessiebestanden.")
    parser.add_argument("paths", nargs="*", metavar="SESSIE", type=Path)
    options = parser.parse_args(args)
    problems = 0
    try:
        content = load_content(locations.content_dir())
    except FormatError as error:
        print(f"workshop: inhoud: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    print(
        f"inhoud in orde: versie {content.versie}, {len(content.vragen)} vragen, "
        f"{len(content.instrumenten)} instrumenten, {len(content.tips)} tips"
    )
    from workshop.demo import demo_file

    for path in [demo_file(), *options.paths]:
        try:
            load_session(path, content)
        except FormatError as error:
            print(f"workshop: {error}", file=sys.stderr)
            problems += 1
        else:
            print(f"{path}: in orde")
    return EXIT_PROBLEM if problems else EXIT_OK


def _output_options(parser: Parser) -> None:
    parser.add_argument("-o", "--output", metavar="BESTAND", type=Path, help="standaard: naar het scherm")
    parser.add_argument("--force", action="store_true", help="overschrijf een bestaand BESTAND")


def _report(args: list[str]) -> int:
    parser = Parser("workshop report", "Schrijf een verslag van een sessie in Markdown, voor de notulen.")
    parser.add_argument("path", metavar="SESSIE", type=Path)
    parser.add_argument(
        "--compare", metavar="EERDER", type=Path, nargs="+", help="voeg de vergelijking met eerdere sessies toe"
    )
    _output_options(parser)
    options = parser.parse_args(args)
    from workshop.report import report

    content = default_content()
    sessie = load_session(options.path, content)
    text = report(sessie, content)
    if options.compare:
        from workshop.compare_output import compare_markdown
        from workshop.domain.compare import HANDREIKING, compare_sessions

        earlier = _load_all(options.compare, content)
        text += "\n" + compare_markdown(compare_sessions([*earlier, sessie], content), content, HANDREIKING)
    write_output(text.encode("utf-8"), options.output, force=options.force)
    return EXIT_OK


def _load_all(paths: Sequence[Path], content: Content) -> list:
    """Every session, or the first problem as one line; the same file twice is a mistake."""
    resolved = [path.resolve() for path in paths]
    for index, path in enumerate(resolved):
        if path in resolved[:index]:
            raise Problem(f"{paths[index]} staat er twee keer in")
    return [load_session(path, content) for path in paths]


def _compare(args: list[str]) -> int:
    parser = Parser("workshop compare", "Vergelijk sessies: per vraag de richting van de verandering.")
    parser.add_argument("paths", metavar="SESSIE", type=Path, nargs="+", help="twee of meer sessies")
    parser.add_argument("--format", choices=("table", "md", "csv"), default="table", help="standaard: table")
    parser.add_argument(
        "--sort", choices=("handreiking", "slechter"), default="handreiking", help="volgorde van de vragen"
    )
    _output_options(parser)
    options = parser.parse_args(args)
    if len(options.paths) < 2:
        raise Problem("vergelijken kan pas met twee of meer sessies")
    from workshop.compare_output import compare_csv, compare_markdown, print_rich
    from workshop.domain.compare import compare_sessions

    content = default_content()
    vergelijking = compare_sessions(_load_all(options.paths, content), content)
    if options.format == "table" and options.output is None:
        print_rich(vergelijking, content, options.sort)
    elif options.format == "csv":
        write_output(compare_csv(vergelijking, content, options.sort), options.output, force=options.force, csv=True)
    else:
        write_output(
            compare_markdown(vergelijking, content, options.sort).encode("utf-8"), options.output, force=options.force
        )
    return EXIT_OK


def _export(args: list[str]) -> int:
    parser = Parser("workshop export", "Schrijf de antwoorden als CSV: één regel per deelnemer en vraag.")
    parser.add_argument("path", metavar="SESSIE", type=Path)
    parser.add_argument("--csv", action="store_true", required=True, help="als CSV (puntkomma's, UTF-8)")
    _output_options(parser)
    options = parser.parse_args(args)
    from workshop.export import answers_csv

    content = default_content()
    write_output(
        answers_csv(load_session(options.path, content), content), options.output, force=options.force, csv=True
    )
    return EXIT_OK


def write_output(data: bytes | str, output: Path | None, *, force: bool, csv: bool = False) -> None:
    """Print to stdout, or write a new file (a CSV file with a byte order mark for Excel);
    an existing file only with --force."""
    if output is None:
        sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
        return
    from workshop.csvfile import csv_file_bytes
    from workshop.store import write_atomic

    if (output.exists() or output.is_symlink()) and not force:
        raise Problem(f"{output} bestaat al; kies een andere naam of gebruik --force")
    write_atomic(output, csv_file_bytes(data) if csv else data if isinstance(data, bytes) else data.encode("utf-8"))
    print(f"Geschreven naar {output}", file=sys.stderr)


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "new": _new,
    "demo": _demo,
    "list": _list,
    "check": _check,
    "report": _report,
    "compare": _compare,
    "export": _export,
}
