"""Plain-language questions about facts: one per fact path, and the topic it belongs to.

The texts are data (``compliance/data/questions.yaml``), kept with the vocabulary so that
every output that asks about a fact (``gaps --questions``, and later an interview) asks
in the same words. A path with no text of its own gets one derived from its description
in the fact table, so every fact a rule can wait on has a question.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from typing import Any

QUESTIONS_FILE = "questions.yaml"

_INDEX = re.compile(r"\[\d+\]")
_ARTICLE = re.compile(r"^(Arts?\.? |Annex )")


@cache
def _data() -> dict[str, dict[str, str]]:
    import yaml

    path = os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", QUESTIONS_FILE
    )
    with open(path, encoding="utf-8") as handle:
        loaded: Any = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        "topics": {str(k): str(v) for k, v in loaded["topics"].items()},
        "questions": {str(k): " ".join(str(v).split()) for k, v in loaded["questions"].items()},
    }


@lru_cache(maxsize=4096)
def pattern(path: str) -> str:
    """``parties[1].roles`` -> ``parties[*].roles`` (the key of the tables)."""
    return _INDEX.sub("[*]", path)


def explicit() -> dict[str, str]:
    """The questions written out in the data file: fact path -> question."""
    return dict(_data()["questions"])


@lru_cache(maxsize=4096)
def topic(path: str) -> str:
    """The topic a fact belongs to: the title of the longest matching path prefix."""
    topics = _data()["topics"]
    key = pattern(path).replace("[*]", "")
    parts = key.split(".")
    for length in range(len(parts), 0, -1):
        prefix = ".".join(parts[:length])
        if prefix in topics:
            return topics[prefix]
    return "Other facts"


def _description(path: str) -> tuple[str, str]:
    """The fact's kind and description from the fact table (empty when not there)."""
    from compliance.facts.table import table_json_text

    entry = _entries(table_json_text()).get(pattern(path), {})
    return str(entry.get("kind", "")), str(entry.get("description", ""))


@lru_cache(maxsize=1)
def _entries(text: str) -> dict[str, dict[str, Any]]:
    """The fact table's entries, parsed once per text (the table is read once a process;
    parsing it for every question took most of a gap report's time)."""
    import json

    loaded: dict[str, dict[str, Any]] = json.loads(text)
    return loaded


def _restriction(path: str) -> str | None:
    """The words of a prohibited use (``restrictions.X``), for derived questions."""
    parts = pattern(path).split(".")
    if len(parts) != 3 or parts[0] != "restrictions":
        return None
    _, text = _description(".".join(parts[:2]))
    text = _plain(_SENTENCE.split(" ".join(text.split()), maxsplit=1)[0])
    return _lower(text) if text else parts[1].replace("_", " ")


#: The end of a description's first sentence (not "Art. 6", "e.g. a", "i.e. the"): a
#: prohibited use is named by it, the rest being guidance for the describer.
_SENTENCE = re.compile(r"(?<!\bArt)(?<!\bArts)(?<!e\.g)(?<!i\.e)\. (?=[A-Z])")


def derived(path: str) -> str:
    """A readable question made from the fact's description (for paths without a text)."""
    restriction = _restriction(path)
    leaf = pattern(path).rsplit(".", 1)[-1]
    if restriction is not None and leaf == "prohibited":
        return f"Does the contract prohibit this use: {restriction}?"
    if restriction is not None and leaf == "exceptions":
        return f"Are there exceptions to the prohibition ({restriction})? If so, which?"
    if restriction is not None and leaf == "condition":
        return (
            f"Does the prohibition ({restriction}) apply unconditionally, or only under some "
            "condition?"
        )
    kind, text = _description(path)
    text = _plain(text)
    if not text:
        words = pattern(path).replace("[*]", "").replace("_", " ").replace(".", ", ")
        return f"What does the contract say about {words}?"
    context = ""
    parent = pattern(path).rsplit(".", 1)[0] if "." in pattern(path) else ""
    if restriction is not None:
        context = f" (on the prohibition: {restriction})"
    elif parent.endswith("[*]"):
        context = f" ({_lower(_plain(_description(parent[:-3])[1]))})"
    if text.lower().startswith("whether "):
        return f"Does the contract say {_lower(text)}{context}?"
    if kind == "bool" or _ARTICLE.match(text):
        return f"Does the contract provide for this: {text}{context}?"
    if kind == "date":
        return f"What date does the contract set for this: {_lower(text)}{context}?"
    return f"What does the contract say on this: {_lower(text)}{context}?"


def _plain(text: str) -> str:
    """A description without its trailing full stop and its ``true:``/``false:`` notes."""
    text = " ".join(text.split()).rstrip(".")
    text = re.sub(r"; false: .*$", "", text)
    text = re.sub(r" \(false: [^)]*\)", "", text)
    return re.sub(r"^true: ", "", text)


def _short(text: str) -> str:
    """A description's naming part: without its bracketed asides, up to its first
    explanation (a colon, a semicolon or the end of its first sentence), so that a question
    names the list in a few words and leaves the fact's meaning to the vocabulary. A
    description that opens with the case it is for ("For a transfer ...: which of its
    conditions ...") is named by what follows."""
    text = _without_asides(text)
    parts = _EXPLANATION.split(text, maxsplit=1)
    if len(parts) > 1 and parts[0].startswith("For "):
        return _EXPLANATION.split(parts[1], maxsplit=1)[0]
    return parts[0]


#: Where a description's naming part ends: a colon, a semicolon, or a full stop that ends
#: a sentence (not "Art. 6", "e.g. a", "i.e. the").
_EXPLANATION = re.compile(r": |; |(?<!\bArt)(?<!\bArts)(?<!e\.g)(?<!i\.e)\. (?=[^a-z])")


def _without_asides(text: str) -> str:
    """``text`` without its bracketed asides: a bracket opened after a space, to its match
    (brackets within it included); a bracket attached to a word ("Art. 6(3)") stays."""
    out: list[str] = []
    depth = 0
    for index, char in enumerate(text):
        if depth:
            depth += (char == "(") - (char == ")")
            continue
        if char == "(" and index and text[index - 1] == " ":
            depth = 1
            if out and out[-1] == " ":
                out.pop()
            continue
        out.append(char)
    return "".join(out)


def _lower(text: str) -> str:
    """Lower-case the first letter unless it starts an acronym (EU, GDPR)."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


@lru_cache(maxsize=4096)
def question(path: str) -> str:
    """The plain-language question about a fact (concrete path or pattern)."""
    return explicit().get(pattern(path)) or derived(path)


@lru_cache(maxsize=4096)
def open_list_question(path: str) -> str:
    """The question about an open list: is it complete?"""
    text = _short(_plain(_description(path)[1]))
    what = _lower(text) if text else pattern(path).replace("[*]", "")
    return (
        f"Is the list of {what} complete, or may it grow? If it is complete, please say so "
        "in the contract."
    )
