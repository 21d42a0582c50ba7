"""Answering on one's own phone: the answer page's web server, its pages and its address.

Nothing here is imported when the app starts: `server` (aiohttp) only when joining opens.
The live state itself (who joined, what they answered) is `workshop.domain.live`.
"""
