"""Resource limits for untrusted input, and the messages of the checks every parser shares.

Both parsers (:mod:`compliance.document.loader` for YAML, :mod:`compliance.document.jsonparse`
for JSON) apply the same limits and refuse the same characters, with the same words.
"""

from __future__ import annotations

import re
from functools import cache

from compliance.core.records import record


@record(frozen=True)
class Limits:
    """Resource limits for untrusted input; each has a command-line option to raise it."""

    max_bytes: int = 10 * 1024 * 1024  # --max-file-size
    max_depth: int = 64  # --max-depth
    max_aliases: int = 1000  # --max-aliases (alias uses while expanding)
    max_nodes: int = 1_000_000  # total values after alias expansion
    max_clauses: int = 10_000  # --max-clauses (clauses and sources of one contract)
    max_items: int = 10_000  # --max-items (elements of one list)


DEFAULT_LIMITS = Limits()

#: Longest JSON number accepted (digits and signs): a longer one is not a contract's number.
MAX_NUMBER = 100

#: Characters no contract, pack or waiver text may hold, however escaped: C0 and C1 control
#: characters but tab, line feed and carriage return; DEL; lone surrogates (not Unicode);
#: the noncharacters U+FFFE and U+FFFF (no XML document, such as a Word report, can hold them).
BAD_CHARACTERS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"


@cache
def _bad_character() -> re.Pattern[str]:
    # Compiled on first use: the class with the surrogates takes a millisecond to compile,
    # and most runs never need it (see bad_character: only text with an unprintable
    # character is searched).
    return re.compile(BAD_CHARACTERS)


def too_many_items(count: int | None, limit: int) -> str:
    """The message for a list longer than --max-items (``count`` None: not counted to
    the end)."""
    size = f"{count} items" if count is not None else f"more than {limit} items"
    return f"a list of {size}, over the limit of {limit} (raise it with --max-items)"


def bad_character(text: str) -> str | None:
    """The message for a string holding a character no input may hold, or None."""
    # Every character refused is a control character, a surrogate or a noncharacter, none
    # of them printable (tab, line feed and carriage return are allowed, and unprintable
    # too).
    if (
        text.isprintable()
        or text.replace("\n", "").replace("\t", "").replace("\r", "").isprintable()
    ):
        return None
    found = _bad_character().search(text)
    if found is None:
        return None
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        return f"lone surrogate U+{code:04X} in a string (not valid Unicode text)"
    if code >= 0xFFFE:
        return f"noncharacter U+{code:04X} in a string (not allowed in text)"
    return f"control character U+{code:04X} in a string (not allowed in text)"
