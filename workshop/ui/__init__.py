"""The app on Textual.

Textual writes at most TEXTUAL_FPS frames a second (its documented setting, default 60), read
when Textual is first imported, which this package does after this line. A key pressed just
after another frame (a live count from phones) waits up to 1/FPS for its own frame. It only
spaces frames that are due anyway: nothing is drawn unless something changed, and Textual's
animations keep their own 60 a second. benchmarks/live.py, key to frame p95 while 50 phones
answer: 2.6x the idle p95 at 60 (earlier benchmark, 02-12), and in the benchmark that reads the
terminal all the time, 15.8 ms at 240 against 11.3 ms at 1000 (idle 8.8 and 7.9 ms). A value
the user set is kept.
"""

import os

os.environ.setdefault("TEXTUAL_FPS", "1000")
