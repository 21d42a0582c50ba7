"""Debian's Chromium for the tests that need a real browser (the phone page through
Playwright, the QR code from a screenshot). Never `playwright install`: it downloads a
browser, which fails here. Without Chromium the tests skip and say why; in CI
(WORKSHOP_BROWSER_REQUIRED set) a missing browser fails them instead."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# the binary itself: /usr/bin/chromium is a shell wrapper that prints a harmless warning
CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")


def chromium() -> str:
    """The path of Chromium, or skip (fail in CI) with the reason."""
    found = next((path for path in CANDIDATES if Path(path).exists()), None) or shutil.which("chromium")
    if found is None:
        need("Chromium ontbreekt (apt-get install chromium)")
    return found


def zbarimg() -> str:
    found = shutil.which("zbarimg")
    if found is None:
        need("zbarimg ontbreekt (apt-get install zbar-tools)")
    return found


def need(reason: str) -> None:
    if os.environ.get("WORKSHOP_BROWSER_REQUIRED"):
        pytest.fail(f"{reason}; WORKSHOP_BROWSER_REQUIRED is set, so this is a failure")
    pytest.skip(reason)


def svg_to_png(svg: str, png: Path, width: int, height: int) -> Path:
    """A screenshot (SVG text) as Chromium paints it, `width` x `height` pixels, into `png`."""
    import subprocess

    page = png.with_suffix(".html")
    page.with_suffix(".svg").write_text(svg, encoding="utf-8")
    page.write_text(
        f'<html><body style="margin:0;background:#fff"><img src="{page.with_suffix(".svg").name}" '
        f'style="width:{width}px;display:block"></body></html>',
        encoding="utf-8",
    )
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--screenshot={png}",
        f"--window-size={width},{height}",
        page.as_uri(),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    return png


def decode_qr(image: Path) -> list[str]:
    """Every QR code zbarimg finds in `image`, as text."""
    import subprocess

    result = subprocess.run([zbarimg(), "--quiet", "--raw", str(image)], capture_output=True, text=True, timeout=60)
    return [line for line in result.stdout.splitlines() if line]
