"""A program on a pseudo-terminal of our own, and a terminal emulator (pyte) that reads what it
writes: so a benchmark sees what a person sees, at the size a person has.

Time runs from the moment we start the program, or write a key, until the end of the first
complete frame that shows what we wait for. Textual marks each frame with the synchronized
output sequences (BSU/ESU) once the terminal says it supports them; we say so, and answer
the other questions a terminal is asked at start, so that nothing waits for a timeout.

A thread reads the pty all the time and notes when each piece arrived, as a real terminal
reads: pyte takes about 50 ms for a full 200x60 frame (33 KB), and while nobody reads, the
program's writes wait on a full pty buffer. Reading only while waiting for a frame made the
first key after opening a session look 230 ms slow: the frame after the first one sat in the
buffer while the benchmark slept between keys. The reader takes the interpreter lock back
quickly (`sys.setswitchinterval`), so a moment noted is within a fraction of a millisecond of
the read.
"""

from __future__ import annotations

import fcntl
import os
import pty
import queue
import signal
import struct
import sys
import termios
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pyte

FRAME_START, FRAME_END = b"\x1b[?2026h", b"\x1b[?2026l"  # a synchronized update: one whole frame
ANSWERS = {
    b"\x1b[?2026$p": b"\x1b[?2026;2$y",  # synchronized output: supported (reset)
    b"\x1b[?2048$p": b"\x1b[?2048;0$y",  # in-band resize: not supported
    b"\x1b[6n": b"\x1b[1;1R",  # cursor position
    b"\x1b[c": b"\x1b[?62;22c",  # device attributes: a VT220 with colour
}


SWITCH_INTERVAL = 0.0005  # seconds a thread may hold the interpreter lock while the reader waits for it


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
        self.frame_time = 0.0  # when the last complete frame fed to the screen had arrived
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.arrived: queue.SimpleQueue[tuple[float, bytes]] = queue.SimpleQueue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        """The reader's thread: every piece of output with the moment it arrived; b"" at the end."""
        while True:
            try:
                chunk = os.read(self.fd, 1 << 16)
            except OSError:  # the program ended
                chunk = b""
            self.arrived.put((time.perf_counter(), chunk))
            if not chunk:
                return
            try:
                self._answer(chunk)
            except OSError:  # the program is gone: the next read says so
                pass

    def wait_for(self, shown: Callable[[list[str]], bool], timeout: float = 20.0) -> float:
        """Take what arrived until a complete frame leaves the screen in a state where
        `shown(lines)`; the moment the end of that frame arrived."""
        deadline = time.perf_counter() + timeout
        for moment in self._frames(lambda: time.perf_counter() >= deadline):
            if shown(self.screen.display):
                return moment
        raise Timeout(f"not shown within {timeout} s; the screen:\n" + "\n".join(self.screen.display))

    def settled(self, quiet: float = 0.5, limit: float = 10.0, skip: int = 1) -> float:
        """After a wait_for: take frames until none came for `quiet` seconds; the moment the
        first frame arrived that already looked as the last one. The first `skip` lines are
        not compared (the status line, where the autosave says when it saved)."""
        history = [(self.frame_time, self.screen.display[skip:])]
        deadline = time.perf_counter() + limit
        last = [time.perf_counter()]

        def done() -> bool:
            now = time.perf_counter()
            return now >= deadline or now - last[0] >= quiet

        for moment in self._frames(done):
            history.append((moment, self.screen.display[skip:]))
            last[0] = time.perf_counter()
        final = history[-1][1]
        return next(moment for moment, lines in history if lines == final)

    def _frames(self, done: Callable[[], bool]) -> Iterator[float]:
        """Feed what arrives to the screen; the moment each complete frame arrived, until
        `done()` or the program ends."""
        while not done():
            try:
                now, chunk = self.arrived.get(timeout=0.05)
            except queue.Empty:
                continue
            if not chunk:
                self.arrived.put((now, chunk))  # the end stays the end for the next caller
                return
            self.pending += chunk
            self.synchronized = self.synchronized or FRAME_START in self.pending
            if not self.synchronized:  # an unmarked frame is written whole, in one go: what came is it
                frame, self.pending = self.pending, b""
            elif FRAME_END in self.pending:
                frame, end, self.pending = self.pending.rpartition(FRAME_END)
                frame += end
            else:
                continue
            self.stream.feed(frame)
            self.frames += 1
            self.frame_time = now
            yield now

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
        self.reader.join(timeout=2)  # it ends on the closed pty
        os.close(self.fd)


def text_shown(*words: str) -> Callable[[list[str]], bool]:
    def shown(lines: list[str]) -> bool:
        screen = "\n".join(lines)
        return all(word in screen for word in words)

    return shown
