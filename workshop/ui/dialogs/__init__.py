"""Dialogs: small screens over another, answered with a key or a line of text."""
