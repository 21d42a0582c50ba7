"""The app with joining open, in a process of its own, for tests/test_live_crash.py:

    python live_child.py SESSION URL_FILE

It opens SESSION with joining open on the loopback address, writes the join URL to URL_FILE
and then keeps running until it is killed (SIGKILL, by the test)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from workshop.ui.app import WorkshopApp


async def main(session: Path, url_file: Path) -> None:
    app = WorkshopApp(session_path=session, sessions_dir=session.parent, live=("127.0.0.1", 0))
    async with app.run_test(size=(100, 40)) as pilot:
        while app.live.server is None:
            await pilot.pause(0.05)
        url_file.write_text(app.live.server.url, encoding="utf-8")
        while True:
            await pilot.pause(0.5)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2])))
