"""The QR code that takes a phone to the answering page: its modules, nothing drawn.

Pure (no Textual); segno is imported inside the function, so importing this module costs
nothing until a code is really made.
"""

from __future__ import annotations

# Around the code, in modules. The standard asks for 4; in a terminal the cells around the
# widget are the (dark) background, so 2 light modules are enough to find the code, and
# they keep it smaller on the screen. Decoding with this border is checked in tests/test_qr.py.
BORDER = 2
# The lowest level, for the smallest version that holds the text; segno then raises the
# level as far as that same version allows (boost_error). A ~60-character URL is version 4
# (33 modules) at level M.
ERROR = "L"


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of the QR code for `text`, row by row (True = dark), with a light border
    of BORDER modules: a square of 4 * version + 17 + 2 * BORDER modules."""
    import segno

    code = segno.make(text, error=ERROR, boost_error=True, micro=False)
    return [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=BORDER)]
