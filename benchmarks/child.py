"""One fresh process for the start-up benchmark: start an app, and at its first paint
(on_ready) report the seconds since the parent started this process, and the peak RSS.

    python -m benchmarks.child bare|workshop|picker T0 SESSIONS
"""

from __future__ import annotations

import json
import resource
import sys
import time


def report(app, started: float) -> None:
    seconds = time.time() - started
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rss_kb": rss_kb}), flush=True)
    app.exit()


def main() -> None:
    which, started, sessions = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    if which == "bare":
        from benchmarks.bare_app import BareApp

        BareApp.on_ready = lambda app: report(app, started)
        BareApp().run()
    else:
        from workshop import cli
        from workshop.app import WorkshopApp

        WorkshopApp.on_ready = lambda app: report(app, started)
        cli.main(["--demo", "--sessions", sessions] if which == "workshop" else ["--sessions", sessions])


if __name__ == "__main__":
    main()
