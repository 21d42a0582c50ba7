"""Two themes: light and high-contrast for a washed-out beamer, and dark."""

from __future__ import annotations

from textual.theme import Theme

LIGHT, DARK = "beamer-licht", "donker"

THEMES = [
    Theme(
        name=LIGHT,
        primary="#003399",
        secondary="#1A1A1A",
        accent="#7A2E00",
        warning="#6B4500",
        error="#A0001C",
        success="#005A1E",
        foreground="#000000",
        background="#FFFFFF",
        surface="#FFFFFF",
        panel="#E6E6E6",
        boost="#F0F0F0",
        dark=False,
        variables={
            "footer-key-foreground": "#003399",
            "footer-description-foreground": "#000000",
            "block-cursor-background": "#003399",
            "block-cursor-foreground": "#FFFFFF",
            "block-cursor-blurred-background": "#C8D4F0",
            "block-cursor-blurred-foreground": "#000000",
            "input-cursor-background": "#000000",
            "input-cursor-foreground": "#FFFFFF",
            "border": "#003399",
            "border-blurred": "#5A5A5A",
        },
    ),
    Theme(
        name=DARK,
        primary="#8EC5FF",
        secondary="#E6E6E6",
        accent="#FFC46B",
        warning="#FFD37A",
        error="#FF9B9B",
        success="#8FE39A",
        foreground="#FFFFFF",
        background="#000000",
        surface="#0A0A0A",
        panel="#262626",
        boost="#1A1A1A",
        dark=True,
        variables={
            "footer-key-foreground": "#8EC5FF",
            "footer-description-foreground": "#FFFFFF",
            "block-cursor-background": "#8EC5FF",
            "block-cursor-foreground": "#000000",
            "block-cursor-blurred-background": "#34506E",
            "block-cursor-blurred-foreground": "#FFFFFF",
            "border": "#8EC5FF",
            "border-blurred": "#9A9A9A",
        },
    ),
]
