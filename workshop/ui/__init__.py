"""The app on Textual.

Textual writes at most TEXTUAL_FPS frames a second (its documented setting, default 60), read
when Textual is first imported, which this package does after this line. A key pressed just
after another frame (a live count from phones) waits up to 1/FPS for its own frame:
benchmarks/live.py measured the key's p95 under phone traffic at 2.6x the idle p95 with 60
and 1.4x with 240. A value the user set is kept.
"""

import os

os.environ.setdefault("TEXTUAL_FPS", "240")
