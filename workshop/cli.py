"""The `workshop` command: the app, and the subcommands that work without it.

Every problem reaches the user as one Dutch line and a non-zero exit; no traceback, and
no file is changed by a command that fails. Textual is imported only when the app starts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from workshop import __version__, locations
from workshop.content import Content, default_content, load_content
from workshop.content.fields import FormatError
from workshop.files.atomic import folder_warning
from workshop.files.store import SaveError, load_session
from workshop.output.text import one_line

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
GLOBAL_OPTIONS = ("--sessions",)  # accepted before a subcommand as well as after it


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
        self.exit(EXIT_USAGE, one_line(f"{self.prog}: {_translate(message)} (zie '{self.prog} --help')") + "\n")


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
    parser.add_argument("--live", action="store_true", help="open SESSIE met deelnemen via telefoon aan")
    parser.add_argument("--bind", metavar="ADRES", help="het ene adres om op te luisteren (standaard: het lokale)")
    parser.add_argument("--port", metavar="POORT", type=int, default=0, help="de poort (standaard: een vrije)")
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


def say(text: str, *, error: bool = False) -> None:
    """One line for the user: every name and value in it visible, never a control character."""
    print(one_line(text), file=sys.stderr if error else sys.stdout)


def split_command(args: list[str]) -> tuple[str | None, list[str]]:
    """The subcommand and its arguments; options given before the subcommand
    (`workshop --sessions DIR list`) go with it as if given after it."""
    before: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in SUBCOMMANDS:
            return arg, [*args[index + 1 :], *before]
        if arg in GLOBAL_OPTIONS and index + 1 < len(args):
            before += args[index : index + 2]
            index += 2
        elif arg.split("=", 1)[0] in GLOBAL_OPTIONS:
            before.append(arg)
            index += 1
        else:
            break
    return None, args


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        command, rest = split_command(args)
        return COMMANDS[command](rest) if command else _run_app(rest)
    except (Problem, FormatError, SaveError) as problem:
        say(f"workshop: {problem}", error=True)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _quietly_closed()
    except Exception as error:  # the last safety net: one line and a log, never a traceback
        if os.environ.get("WORKSHOP_DEBUG"):
            raise
        log = write_log(traceback.format_exc())
        say(f"workshop: onverwachte fout: {type(error).__name__}: {error}", error=True)
        say(
            f"workshop: de details staan in {log}" if log else "workshop: zet WORKSHOP_DEBUG=1 voor de details",
            error=True,
        )
        return EXIT_PROBLEM


EXIT_PIPE_CLOSED = 141  # as a program stopped by SIGPIPE: `workshop list | head -1`


def _quietly_closed() -> int:
    """The reader of our output went away: stop without a word, and without Python
    complaining about the stdout it cannot flush at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_PIPE_CLOSED


def write_log(text: str) -> Path | None:
    """Keep the details of an unexpected error in a file of the user's own (0600); its path,
    or None when it cannot be written."""
    from workshop.files.atomic import write_atomic

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = locations.log_dir() / f"fout-{stamp}-{os.getpid()}.log"
    try:
        write_atomic(path, f"workshop {__version__}\n{text}".encode("utf-8", "backslashreplace"))
    except SaveError:
        return None
    return path


def _run_app(args: list[str]) -> int:
    options = _main_parser().parse_args(args)
    if options.path is not None and options.demo:
        raise Problem("geef een SESSIE of --demo, niet allebei")
    if options.path is not None:
        load_session(options.path, default_content())  # a bad file is one line here, not a broken app
    from workshop.live.address import live_options  # no web server: that comes when joining opens

    try:
        live = live_options(options.live, options.path, options.bind, options.port)
    except ValueError as problem:
        raise Problem(str(problem)) from None
    return _start_app(
        path=options.path, demo=options.demo, sessions=locations.sessions_dir(options.sessions), live=live
    )


def _new(args: list[str]) -> int:
    parser = Parser("workshop new", "Begin een nieuwe sessie in de app.")
    _sessions_option(parser)
    options = parser.parse_args(args)
    return _start_app(new=True, sessions=locations.sessions_dir(options.sessions))


def _start_app(**options) -> int:
    """Textual and the app, imported only to start the app; an unexpected error in the app is
    one line here and its details in a log, never a traceback on the terminal."""
    code, crash = _import_launch()(**options)
    if crash:
        if os.environ.get("WORKSHOP_DEBUG"):
            sys.stderr.write(crash)
        log = write_log(crash)
        where = f"de details staan in {log}" if log else "zet WORKSHOP_DEBUG=1 voor de details"
        say(f"workshop: onverwachte fout in de app; {where}", error=True)
        return code or EXIT_PROBLEM
    return code


def _import_launch() -> Callable[..., tuple[int, str]]:
    """Without the garbage collector: importing makes no garbage, and a collection walks
    every object loaded so far, again and again."""
    gc.disable()
    try:
        from workshop.ui.launch import launch
    finally:
        gc.enable()
    return launch


def _demo(args: list[str]) -> int:
    parser = Parser("workshop demo", "Schrijf de ingevulde voorbeeldsessie naar een bestand.")
    parser.add_argument("-o", "--output", metavar="BESTAND", type=Path, help="standaard: in de map met sessies")
    _sessions_option(parser)
    options = parser.parse_args(args)
    from workshop.files.demo import write_demo

    path = write_demo(default_content(), options.output, locations.sessions_dir(options.sessions))
    say(f"Voorbeeldsessie geschreven naar {path}")
    return EXIT_OK


def _list(args: list[str]) -> int:
    parser = Parser("workshop list", "Toon de sessies in de map met sessies.")
    _sessions_option(parser)
    options = parser.parse_args(args)
    from workshop.output.listing import print_listing

    folder = locations.sessions_dir(options.sessions)
    if not folder.is_dir():
        raise Problem(f"{folder}: map met sessies bestaat niet")
    warning = folder_warning(folder)
    if warning:
        say(f"workshop: let op: {warning}", error=True)
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
        say(f"workshop: inhoud: {error}", error=True)
        return EXIT_PROBLEM
    say(
        f"inhoud in orde: versie {content.versie}, {len(content.vragen)} vragen, "
        f"{len(content.instrumenten)} instrumenten, {len(content.tips)} tips"
    )
    from workshop.files.demo import demo_file

    for path in [demo_file(), *options.paths]:
        try:
            load_session(path, content)
        except FormatError as error:
            say(f"workshop: {error}", error=True)
            problems += 1
        else:
            say(f"{path}: in orde")
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
    parser.add_argument("--html", action="store_true", help="een webpagina met grafieken, om te printen")
    _output_options(parser)
    options = parser.parse_args(args)
    from workshop.output.report import html_report, report

    content = default_content()
    sessie = load_session(options.path, content)
    more = []
    if options.compare:
        from workshop.domain.compare import HANDREIKING, compare_sessions
        from workshop.output.comparison import compare_blocks

        earlier = _load_all(options.compare, content)
        names = [path.name for path in [*options.compare, options.path]]
        more = compare_blocks(compare_sessions([*earlier, sessie], content, names), content, HANDREIKING, charts=True)
    text = html_report(sessie, content, more) if options.html else report(sessie, content, more)
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
    parser.add_argument("--format", choices=("table", "md", "csv", "html"), default="table", help="standaard: table")
    parser.add_argument("--html", dest="format", action="store_const", const="html", help="als --format html")
    parser.add_argument(
        "--sort", choices=("handreiking", "slechter"), default="handreiking", help="volgorde van de vragen"
    )
    _output_options(parser)
    options = parser.parse_args(args)
    if len(options.paths) < 2:
        raise Problem("vergelijken kan pas met twee of meer sessies")
    from workshop.domain.compare import compare_sessions
    from workshop.output.comparison import compare_csv, compare_html, compare_markdown

    content = default_content()
    vergelijking = compare_sessions(_load_all(options.paths, content), content, [p.name for p in options.paths])
    if options.format == "table" and options.output is None:
        from workshop.ui.terminal_table import print_rich

        print_rich(vergelijking, content, options.sort)
    elif options.format == "csv":
        write_output(compare_csv(vergelijking, content, options.sort), options.output, force=options.force, csv=True)
    else:
        layout = compare_html if options.format == "html" else compare_markdown
        write_output(layout(vergelijking, content, options.sort).encode("utf-8"), options.output, force=options.force)
    return EXIT_OK


def _export(args: list[str]) -> int:
    parser = Parser("workshop export", "Schrijf de antwoorden als CSV: één regel per deelnemer en vraag.")
    parser.add_argument("path", metavar="SESSIE", type=Path)
    parser.add_argument("--csv", action="store_true", required=True, help="als CSV (puntkomma's, UTF-8)")
    _output_options(parser)
    options = parser.parse_args(args)
    from workshop.output.export import answers_csv

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
    from workshop.files.store import write_atomic
    from workshop.output.csvfile import csv_file_bytes

    if (output.exists() or output.is_symlink()) and not force:
        raise Problem(f"{output} bestaat al; kies een andere naam of gebruik --force")
    write_atomic(output, csv_file_bytes(data) if csv else data if isinstance(data, bytes) else data.encode("utf-8"))
    say(f"Geschreven naar {output}", error=True)


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "new": _new,
    "demo": _demo,
    "list": _list,
    "check": _check,
    "report": _report,
    "compare": _compare,
    "export": _export,
}
