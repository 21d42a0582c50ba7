"""A program on a pseudo-terminal of our own, and a terminal emulator (pyte) that reads what it
writes: so a benchmark sees what a person sees, at the size a person has.

Time runs from the moment we start the program, or write a key, until the end of the first
complete frame that shows what we wait for. Textual marks each frame with the synchronized
output sequences (BSU/ESU) once the terminal says it supports them; we say so, and answer
the other questions a terminal is asked at start, so that nothing waits for a timeout.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pyte

FRAME_START, FRAME_END = b"\x1b[?2026h", b"\x1b[?2026l"  # a synchronized update: one whole frame
ANSWERS = {
    b"\x1b[?2026$p": b"\x1b[?2026;2$y",  # synchronized output: supported (reset)
    b"\x1b[?2048$p": b"\x1b[?2048;0$y",  # in-band resize: not supported
    b"\x1b[6n": b"\x1b[1;1R",  # cursor position
    b"\x1b[c": b"\x1b[?62;22c",  # device attributes: a VT220 with colour
}


class Timeout(Exception):
    pass


class Terminal:
    """One program on a pty of `columns` x `rows`, read into a pyte screen."""

    def __init__(self, argv: Sequence[str], columns: int, rows: int, env: dict[str, str], cwd: Path) -> None:
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.pending = b""  # output after the last complete frame, not yet fed to the screen
        self.frames = 0
        self.synchronized = False  # frames are marked (the first may come before Textual knows it may)
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: our size on its terminal, then the program; never back here
            try:
                fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
                os.chdir(cwd)
                os.execvpe(argv[0], list(argv), {**env, "TERM": "xterm-256color", "COLORTERM": "truecolor"})
            except BaseException as error:  # noqa: B036 - the child must not return into the parent's code
                os.write(2, f"{error!r}\n".encode())
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd

    def wait_for(self, shown: Callable[[list[str]], bool], timeout: float = 20.0) -> float:
        """Read until a complete frame leaves the screen in a state where `shown(lines)`;
        the time at the end of that frame."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, 1 << 16)
            except OSError:  # the program ended
                break
            now = time.perf_counter()
            self._answer(chunk)
            self.pending += chunk
            self.synchronized = self.synchronized or FRAME_START in self.pending
            if not self.synchronized:  # an unmarked frame is written whole, in one go: what came is it
                done, self.pending = self.pending, b""
            elif FRAME_END in self.pending:
                done, end, self.pending = self.pending.rpartition(FRAME_END)
                done += end
            else:
                continue
            self.stream.feed(done)
            self.frames += 1
            if shown(self.screen.display):
                return now
        raise Timeout(f"not shown within {timeout} s; the screen:\n" + "\n".join(self.screen.display))

    def press(self, key: bytes) -> float:
        """Write a key; the moment it was written."""
        moment = time.perf_counter()
        os.write(self.fd, key)
        return moment

    def _answer(self, chunk: bytes) -> None:
        for question, answer in ANSWERS.items():
            if question in chunk:
                os.write(self.fd, answer)

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)


def text_shown(*words: str) -> Callable[[list[str]], bool]:
    def shown(lines: list[str]) -> bool:
        screen = "\n".join(lines)
        return all(word in screen for word in words)

    return shown
