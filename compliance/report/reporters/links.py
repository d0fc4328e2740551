"""Which URLs become links in the reports: only ``http`` and ``https`` ones, written
plainly. A contract's source ``url`` is untrusted text; ``javascript:``, ``data:`` or a URL
that would break out of its Markdown or HTML link is shown as text, never as a link (pack
citations are held to the same rule when a pack is read)."""

from __future__ import annotations

import re

_WEB = re.compile(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)


def web_url(url: object) -> str | None:
    """``url`` if it is an http(s) URL safe to make a link of, else None."""
    if isinstance(url, str) and _WEB.fullmatch(url):
        return url
    return None
