"""Condition shorthands: ``permits_practice`` and ``permits_use``, expanded from the
vocabulary's tables (:mod:`compliance.facts.practices`) into plain conditions on the
permitted-use facts, and ``ban_prevails``, expanded into the restriction's own statement
of precedence over a lawful-use grant and the contract's general one, so that reports,
docs and explanations show the values they read.

Each function returns the plain condition and the description the compiled condition
takes when the pack gives none; an unknown or empty shorthand raises :class:`ValueError`
with the message for the pack's author.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from compliance.facts.practices import Practice


def use_class_condition(ident: str) -> tuple[dict[str, Any], str]:
    """``permits_use: IDENT``: a use of a class of the classification table (Annex III
    points, profiling, Art. 50 duties)."""
    from compliance.facts import practices

    try:
        values = practices.values_for_class(ident)
    except ValueError:
        known = ", ".join(practices.USE_CLASSES)
        raise ValueError(f"unknown class of uses {ident!r} (classes: {known})") from None
    if not values:
        raise ValueError(f"no use case or capability is of class {ident!r}")
    text = f"The contract permits a use of class {ident}: {_class_title(ident)}"
    parts = [{"fact": fact, "any_of": found} for fact, found in values.items()]
    cond: dict[str, Any] = parts[0] if len(parts) == 1 else {"any": parts}
    return cond, text


def ban_prevails_condition(name: str) -> tuple[dict[str, Any], str]:
    """``ban_prevails: NAME``: the restriction ``restrictions.NAME`` applies notwithstanding
    a grant of any lawful use. Three-valued: the restriction's own statement
    (``prevails_over_grants``) decides where stated, the specific term prevailing over the
    general one; else ``grants.red_lines_prevail``, which speaks for every restriction;
    else unknown. A restriction whose own statement the contract leaves open
    (``unspecified``) is unknown, whatever the general statement: the open term may
    yield."""
    from compliance.model.usefacts import Restrictions

    field = Restrictions.model_fields.get(name)
    if field is None or name == "in_contract":
        from compliance.core.hints import did_you_mean

        names = [key for key in Restrictions.model_fields if key != "in_contract"]
        extra = did_you_mean(name, names)
        known = ", ".join(names)
        raise ValueError(f"unknown restriction {name!r}{extra} (restrictions: {known})")
    return _prevails(f"restrictions.{name}"), (
        f"The restriction {name} applies notwithstanding a grant of any lawful use (its own "
        "statement, else that of every restriction)"
    )


def _prevails(restriction: str) -> dict[str, Any]:
    """The plain condition of :func:`ban_prevails_condition` for the restriction at the
    dotted path ``restriction``."""
    own = f"{restriction}.prevails_over_grants"
    return {
        "any": [
            {
                "stated": {"fact": own, "equals": True},
                "unspecified": "unknown",
                "description": "The restriction states that it prevails over the grant",
            },
            {
                "all": [
                    {
                        "not": {
                            "stated": {"fact": own, "equals": False},
                            "unspecified": "unknown",
                        },
                        "description": "The restriction does not state that it yields to the grant",
                    },
                    {"fact": "grants.red_lines_prevail", "equals": True},
                ],
                "description": "The contract states that its restrictions prevail over the "
                "grant, and this one does not say otherwise",
            },
        ]
    }


def practice_condition(ident: str) -> tuple[dict[str, Any], str]:
    """``permits_practice: IDENT``: a permitted use that amounts to a restricted practice,
    not covered by a recognised exception stated on the ban (when the ban has any)."""
    from compliance.facts import practices

    practice = practices.PRACTICES.get(ident)
    if practice is None:
        from compliance.core.hints import did_you_mean

        extra = did_you_mean(ident, list(practices.PRACTICES))
        known = ", ".join(sorted(practices.PRACTICES))
        raise ValueError(f"unknown practice {ident!r}{extra} (practices: {known})")
    values = practices.values_for(ident)
    if not values:
        raise ValueError(
            f"no use case, purpose or capability amounts to practice {ident!r} in the "
            "vocabulary's table"
        )
    cite = practice.citations[0]
    uses: dict[str, Any] = {
        "any": [{"fact": fact, "any_of": found} for fact, found in values.items()],
        "description": f"A permitted use amounts to: {practice.title} "
        f"({cite.instrument}, {cite.provision})",
    }
    if len(values) == 1:
        ((fact, found),) = values.items()
        uses = {"fact": fact, "any_of": found, "description": uses["description"]}
    restriction = f"restrictions.{practice.restriction}"
    cond: dict[str, Any] = _beyond_prevailing_ban(uses, restriction)
    if practice.exceptions:
        cond = {
            "all": [
                cond,
                {
                    "not": {
                        "all": [
                            _ban_or_confined(practice, restriction),
                            _stated_exception(practice, restriction),
                            *[
                                {"fact": f"{restriction}.{name}", "equals": True}
                                for name in practice.exception_conditions
                            ],
                            *[
                                {
                                    "not": {"stated": {"fact": path, "equals": value}},
                                    "description": f"The contract does not state {path} "
                                    f"{value!r}, which contradicts what the exceptions rest on",
                                }
                                for path, value in practice.contradicted_by
                            ],
                        ]
                    },
                    "description": "No recognised exception stated on the ban covers "
                    f"it ({', '.join(practice.exceptions)})",
                },
            ]
        }
    covered = ", not covered by a recognised exception" if practice.exceptions else ""
    text = (
        f"The contract permits a use that amounts to the restricted practice {ident!r}: "
        f"{practice.title[0].lower()}{practice.title[1:]} ({cite.provision}){covered}"
    )
    return cond, text


def _beyond_prevailing_ban(uses: dict[str, Any], restriction: str) -> dict[str, Any]:
    """The permitted uses read against a ban that governs the uses the contract leaves
    unnamed.

    A use list left open (no ``complete: true``) may hold a use that amounts to the
    practice, so the plain reading is unknown. Two statements close it, each read as
    stated (silence keeps the plain reading and asks nothing more), beside a stated ban:

    * the contract grants any lawful use and states that the ban applies notwithstanding
      that grant (its own ``prevails_over_grants``, else ``grants.red_lines_prevail``:
      :func:`_prevails`): the uses the list leaves unnamed are those the grant permits, and
      the ban prevails over them;
    * the description states that it records every term of the contract that permits or
      buys a use (``grants.uses_recorded_in_full``), the contract states no grant of any
      lawful use (``grants.any_lawful_use: false``) and the ban is unconditional: the
      contract's own list is then illustrative, the uses it leaves unnamed are bought by no
      term specific to them, and an unconditional ban governs every use the contract
      allows, named or not.

    Either way only a use the contract names can buy the practice. A named use that
    amounts to it still does (what the contract buys outranks what it bans), whatever the
    precedence."""
    plain = {key: value for key, value in uses.items() if key != "description"}
    recorded = {
        "all": [
            {"fact": "grants.uses_recorded_in_full", "equals": True},
            {"fact": "grants.any_lawful_use", "equals": False},
            {"fact": f"{restriction}.condition", "equals": "unconditional"},
        ],
        "description": "The description records every term that permits or buys a use, the "
        "contract grants no lawful use at large, and the ban is unconditional",
    }
    granted = {
        "all": [
            {"fact": "grants.any_lawful_use", "equals": True},
            _prevails(restriction),
        ],
        "description": "The contract grants any lawful use and the ban prevails over the grant",
    }
    # Written so that the uses are read once where neither statement is made (the first
    # part not stated true ends the inner ``all``): every rule that reads a practice pays
    # for it.
    return {
        "all": [
            plain,
            {
                "not": {
                    "all": [
                        {"stated": {"any": [granted, recorded]}},
                        {"stated": {"fact": f"{restriction}.prohibited", "equals": True}},
                        {
                            "not": {"stated": plain},
                            "description": "No use the contract names amounts to it",
                        },
                    ]
                },
                "description": "The uses left unnamed are not shown to be governed by the "
                "ban (a grant of any lawful use it prevails over, or a record of every term "
                "that buys a use beside an unconditional ban)",
            },
        ],
        "description": uses["description"],
    }


def _ban_or_confined(practice: Practice, restriction: str) -> dict[str, Any]:
    """What an exception is stated on: the ban the contract states, or, for an exception
    whose use must be confined to it (``Practice.exception_conditions``, e.g. a workplace
    emotion inference for medical or safety reasons), a statement that the use is so
    confined, which the law's exception reads with or without a ban (Art. 5(1)(f)). No ban
    and no such statement: no exception is relied on."""
    ban: dict[str, Any] = {
        "stated": {"fact": f"{restriction}.prohibited", "equals": True},
        "unspecified": "unknown",
        "description": "The contract states the ban the exception is stated on (no ban "
        "stated: no exception is relied on)",
    }
    if not practice.exception_conditions:
        return ban
    confined = [
        {"stated": {"fact": f"{restriction}.{name}", "equals": True}}
        for name in practice.exception_conditions
    ]
    return {
        "any": [ban, confined[0] if len(confined) == 1 else {"all": confined}],
        "description": "The contract states the ban the exception is stated on, or that the "
        "use is confined to the exception (no ban and no such statement: no exception is "
        "relied on)",
    }


def _stated_exception(practice: Practice, restriction: str) -> dict[str, Any]:
    """A recognised exception is stated on the ban, and, for an exception with conditions
    of its own (``Practice.own_conditions``), those conditions are stated true too: the
    exceptions without any in one leaf, each of the others with its own facts."""
    facts = f"{restriction}.exceptions"
    plain = [e for e in practice.exceptions if not practice.own_conditions_of(e)]
    options: list[dict[str, Any]] = [{"fact": facts, "any_of": plain}] if plain else []
    for exception in practice.exceptions:
        own = practice.own_conditions_of(exception)
        if own:
            options.append(
                {
                    "all": [
                        {"fact": facts, "contains": exception},
                        *[{"fact": f"{restriction}.{name}", "equals": True} for name in own],
                    ],
                    "description": f"The {exception} exception, with its own condition"
                    f"{'s' if len(own) > 1 else ''} ({', '.join(own)})",
                }
            )
    return options[0] if len(options) == 1 else {"any": options}


def _class_title(ident: str) -> str:
    """A class of uses (``permits_use``) in words, with its provision."""
    from compliance.facts import practices

    kind, _, arg = ident.partition(":")
    if kind == "annex-iii" and arg:
        return f"{practices.ANNEX_III[arg].title} (AI Act Annex III, point {arg})"
    if kind == "annex-iii":
        return "a use listed in AI Act Annex III"
    if kind == "profiling":
        return "a use that profiles natural persons (AI Act Art. 6(3), last subparagraph)"
    return f"{practices.ART50[arg].title} (AI Act Art. 50({arg}))"
