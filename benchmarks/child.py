"""One fresh process for the start-up benchmark: start an app, and at its first paint
(on_ready) report the seconds since the parent started this process, and the peak RSS.

    python -m benchmarks.child bare|workshop|picker T0 SESSIONS
"""

from __future__ import annotations

import importlib
import json
import resource
import sys
import time
import types


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

        def patch(launch) -> None:
            launch.WorkshopApp.on_ready = lambda app: report(app, started)

        when_imported("workshop.ui.launch", patch)
        cli.main(["--demo", "--sessions", sessions] if which == "workshop" else ["--sessions", sessions])


def when_imported(name: str, patch) -> None:
    """Patch a module when the command imports it, not before: so that Textual and the app
    load at the moment and in the order that `workshop` itself loads them."""

    class Pending(types.ModuleType):
        def __getattr__(self, attribute):
            del sys.modules[name]
            module = importlib.import_module(name)
            patch(module)
            return getattr(module, attribute)

    sys.modules[name] = Pending(name)


if __name__ == "__main__":
    main()
