"""Jurisdictions: ISO 3166-1 country codes and dated groups of countries.

Geography in a contract is a list of ISO 3166-1 alpha-2 codes (``DE``, ``US``, ``NO`` for
Norway) or group ids (``EU``, ``EEA``, ``NATO``, ``EFTA``, ``FIVE-EYES``, ``EU-ADEQUACY``)
that expand to countries (read as every member, or as one member unknown which, by the fact
that holds them: :data:`compliance.facts.vocabulary.PLACE_READINGS`). Group membership is
dated, so expansion takes a date:

>>> from datetime import date
>>> len(members("NATO", date(2023, 4, 3))), len(members("NATO", date(2023, 4, 4)))
(30, 31)

A membership runs from its ``from`` date to its ``until`` date, both inclusive; a missing
``until`` means the membership is current. The data live in ``data/jurisdictions.json``,
are read at the first call (never at import) and cached; :func:`data_version` says when
they were compiled. All functions are pure and return sorted lists or frozensets.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache, lru_cache
from itertools import pairwise
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypedDict, cast

from compliance.core.hints import mean
from compliance.core.records import record

__all__ = [
    "ANYWHERE",
    "GroupInfo",
    "Resolution",
    "UnknownJurisdiction",
    "aliases",
    "countries",
    "data_version",
    "expand",
    "group_info",
    "groups",
    "is_alias",
    "is_country",
    "is_group",
    "is_known",
    "members",
    "name",
    "normalise",
    "partial_note",
    "resolve",
    "unrestricted",
]

_DATA_FILE = "jurisdictions.json"

ANYWHERE = "ANYWHERE"
"""The group of every country, for a term that permits a location without limit ("remote
support from any location"). How the other groups are read depends on the fact that holds
them (:data:`compliance.facts.vocabulary.PLACE_READINGS`): in a term that permits places
(storage, transfers, staff locations) a group stands for every member, so storage "in the
EU" lies outside an allowed list of Germany alone; where a fact says where one thing is (a
party's establishment) it is one member, unknown which. This one says every country is
permitted in any fact, so it lies outside any list of allowed jurisdictions that does not
hold every country (see :func:`unrestricted`)."""
_CUTOFF = 0.7  # minimum difflib ratio for a did-you-mean suggestion


class UnknownJurisdiction(ValueError):
    """A value that is neither a country code, an alias nor a group id.

    ``suggestion`` is the closest known code (a did-you-mean), or ``None``.
    """

    def __init__(self, value: object, suggestion: str | None = None, hint: str = "") -> None:
        self.value = value
        self.suggestion = suggestion
        message = f"unknown jurisdiction {value!r}"
        if hint:
            message += f" ({hint})"
        message += mean(suggestion)
        super().__init__(message)


@record(frozen=True)
class Resolution:
    """The outcome of :func:`resolve`: the canonical code and how it was reached."""

    code: str
    """The ISO 3166-1 alpha-2 code or group id."""
    given: str
    """The value as supplied."""
    alias: str | None = None
    """The non-ISO alias that was used (e.g. ``UK``), or ``None``."""

    @property
    def warning(self) -> str | None:
        """A message a caller can show when an alias was used, else ``None``."""
        if self.alias is None:
            return None
        return f"{self.alias!r} is not an ISO 3166-1 code; use {self.code!r}"


if TYPE_CHECKING:

    class GroupInfo(TypedDict):
        """What :func:`group_info` returns."""

        id: str
        name: str
        description: str
        source: str
        partial: dict[str, str]
        """Country code -> note, for current (or latest) memberships that are partial."""

else:
    # At run time a plain dict: making a TypedDict compiles each string annotation of its
    # fields as a forward reference (five compilations on every run's start-up).
    GroupInfo = dict


@record(frozen=True)
class _Membership:
    """One country's membership of a group, from one date until another."""

    country: str
    start: date
    end: date | None  # last day of membership, inclusive; None = current
    partial: str | None

    def active(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@record(frozen=True)
class _Group:
    """A named group of countries with dated memberships."""

    id: str
    name: str
    description: str
    source: str
    members: tuple[_Membership, ...]


@record(frozen=True)
class _Data:
    """The jurisdiction data, indexed for look-ups."""

    version: str
    countries: MappingProxyType[str, str]  # code -> English short name
    aliases: MappingProxyType[str, str]  # alias -> ISO code
    groups: MappingProxyType[str, _Group]
    # lower-cased spelling (code, alpha-3, name, group name) -> canonical code, kind rank
    spellings: tuple[tuple[str, str, int], ...]
    exact_names: MappingProxyType[str, str]  # lower-cased name or alpha-3 -> code


# ---------------------------------------------------------------------------- loading


def _parse_date(value: object, where: str) -> date:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected an ISO date string, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{where}: bad date {value!r}") from exc


def _build(raw: dict[str, Any]) -> _Data:
    countries, exact = _countries(raw["countries"])
    aliases: dict[str, str] = {}
    for alias, entry in raw["aliases"].items():
        target = str(entry["code"])
        if target not in countries or alias in countries:
            raise ValueError(f"aliases: bad alias {alias!r} -> {target!r}")
        aliases[alias] = target
    groups: dict[str, _Group] = {}
    for gid, entry in raw["groups"].items():
        if gid in countries or gid in aliases or gid != gid.upper():
            raise ValueError(f"groups: bad group id {gid!r}")
        groups[gid] = _read_group(gid, entry, countries)
        exact.setdefault(str(entry["name"]).lower(), gid)
    return _Data(
        version=str(raw.get("version", "")),
        countries=MappingProxyType(dict(sorted(countries.items()))),
        aliases=MappingProxyType(aliases),
        groups=MappingProxyType(groups),
        spellings=_spellings(countries, aliases, groups, exact),
        exact_names=MappingProxyType(exact),
    )


def _countries(raw: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Country code -> name, and each exact spelling (name, common name, alpha-3) -> code."""
    countries: dict[str, str] = {}
    exact: dict[str, str] = {}
    for code, entry in raw.items():
        if len(code) != 2 or not code.isascii() or not code.isupper():
            raise ValueError(f"countries: bad code {code!r}")
        countries[code] = str(entry["name"])
        for spelling in (entry["name"], entry.get("common_name"), entry.get("alpha_3")):
            if spelling:
                exact.setdefault(str(spelling).lower(), code)
    return countries, exact


def _read_group(gid: str, entry: dict[str, Any], countries: dict[str, str]) -> _Group:
    """A group with its memberships, checked (known countries, no overlapping periods);
    ``members: "*"`` (only :data:`ANYWHERE`) is every country, always."""
    if entry["members"] == "*":
        if gid != ANYWHERE:
            raise ValueError(f"groups.{gid}: only {ANYWHERE} holds every country")
        everyone = tuple(_Membership(code, date.min, None, None) for code in sorted(countries))
        return _Group(
            gid, str(entry["name"]), str(entry["description"]), str(entry["source"]), everyone
        )
    memberships = []
    for i, member in enumerate(entry["members"]):
        where = f"groups.{gid}.members[{i}]"
        country = member["country"]
        if country not in countries:
            raise ValueError(f"{where}: unknown country {country!r}")
        start = _parse_date(member["from"], where)
        end = _parse_date(member["until"], where) if "until" in member else None
        if end is not None and end <= start:
            raise ValueError(f"{where}: 'until' {end} is not after 'from' {start}")
        memberships.append(_Membership(country, start, end, member.get("partial")))
    ordered = tuple(sorted(memberships, key=lambda m: (m.country, m.start)))
    for prev, cur in pairwise(ordered):
        if prev.country == cur.country and (prev.end is None or prev.end >= cur.start):
            raise ValueError(f"groups.{gid}: overlapping periods for {cur.country!r}")
    return _Group(gid, str(entry["name"]), str(entry["description"]), str(entry["source"]), ordered)


def _spellings(
    countries: dict[str, str],
    aliases: dict[str, str],
    groups: dict[str, _Group],
    exact: dict[str, str],
) -> tuple[tuple[str, str, int], ...]:
    """Spellings for did-you-mean, ranked groups (0) before countries (1) before aliases (2)."""
    spellings: dict[str, tuple[str, int]] = {}
    for gid, group in groups.items():
        spellings.setdefault(gid.lower(), (gid, 0))
        spellings.setdefault(group.name.lower(), (gid, 0))
    for code in countries:
        spellings.setdefault(code.lower(), (code, 1))
    for spelling, code in exact.items():
        spellings.setdefault(spelling, (code, 0 if code in groups else 1))
    for alias, target in aliases.items():
        spellings.setdefault(alias.lower(), (target, 2))
    return tuple(sorted((k, c, r) for k, (c, r) in spellings.items()))


@cache
def _data() -> _Data:
    from compliance.core.shipped import load_json

    return _build(load_json(_DATA_FILE))


# ---------------------------------------------------------------------------- helpers


def _key(code: object) -> str | None:
    """Strip and upper-case a code; ``None`` for anything that is not a string."""
    if not isinstance(code, str):
        return None
    return code.strip().upper()


def _on(on: date) -> date:
    value = cast(object, on)
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise TypeError(f"expected a datetime.date, got {type(value).__name__}")
    return value


def _suggest(value: str) -> str | None:
    """The closest known code to ``value``, or ``None`` if nothing is close."""
    from difflib import SequenceMatcher

    data = _data()
    query = " ".join(value.split()).lower()
    if not query:
        return None
    if query in data.exact_names:
        return data.exact_names[query]
    best: tuple[float, int, str] | None = None
    best_code: str | None = None
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(query)
    for spelling, code, rank in data.spellings:
        matcher.set_seq1(spelling)
        if matcher.real_quick_ratio() < _CUTOFF or matcher.quick_ratio() < _CUTOFF:
            continue
        ratio = matcher.ratio()
        if ratio < _CUTOFF:
            continue
        shorter = min(len(query), len(spelling))
        if shorter >= 2 and (query.startswith(spelling) or spelling.startswith(query)):
            ratio += 0.1
        candidate = (-ratio, rank, spelling)
        if best is None or candidate < best:
            best, best_code = candidate, code
    return best_code


# ---------------------------------------------------------------------------- predicates


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code (or ``XK``); aliases such as ``UK`` are not."""
    return _key(code) in _data().countries


def is_alias(code: str) -> bool:
    """True for an accepted non-ISO spelling of a country (``UK``, ``EL``)."""
    return _key(code) in _data().aliases


def is_group(code: str) -> bool:
    """True for a group id (``EU``, ``NATO``, ...)."""
    return _key(code) in _data().groups


def unrestricted(code: str) -> bool:
    """True for :data:`ANYWHERE`: every country is permitted, in any fact (also in one that
    reads another group as one of its members)."""
    return _key(code) == ANYWHERE


def is_known(code: str) -> bool:
    """True for a country code, an alias or a group id."""
    return is_country(code) or is_alias(code) or is_group(code)


# ---------------------------------------------------------------------------- normalising


def resolve(code: str) -> Resolution:
    """Normalise ``code`` and say whether an alias was used.

    Raises :class:`UnknownJurisdiction` for anything unknown, with a did-you-mean.
    """
    key = _key(code)
    if key is None:
        value = cast(object, code)
        if value is False:
            # YAML 1.1 reads an unquoted NO (Norway) as the boolean false.
            raise UnknownJurisdiction(value, "NO", "a boolean, not a code: quote 'NO' in YAML")
        raise UnknownJurisdiction(value, None, f"expected a string, got {type(value).__name__}")
    data = _data()
    if key in data.countries or key in data.groups:
        return Resolution(key, code)
    if key in data.aliases:
        return Resolution(data.aliases[key], code, key)
    raise UnknownJurisdiction(code, _suggest(code))


def normalise(code: str) -> str:
    """Strip, upper-case and map aliases: ``" uk "`` -> ``"GB"``, ``"nato"`` -> ``"NATO"``.

    Raises :class:`UnknownJurisdiction` (a ``ValueError``) with a ``suggestion`` for
    unknown values: ``"Germny"`` suggests ``"DE"``, ``"EUR"`` suggests ``"EU"``.
    """
    return resolve(code).code


# ---------------------------------------------------------------------------- expansion


def _group(group: str) -> _Group:
    gid = normalise(group)
    found = _data().groups.get(gid)
    if found is None:
        raise ValueError(f"{gid!r} is a country, not a group")
    return found


def members(group: str, on: date) -> frozenset[str]:
    """The countries in ``group`` on the date ``on``.

    Raises :class:`UnknownJurisdiction` for unknown values and ``ValueError`` for a country.
    """
    day = _on(on)
    return frozenset(m.country for m in _group(group).members if m.active(day))


@lru_cache(maxsize=4096)
def expand(code: str, on: date) -> frozenset[str]:
    """A country expands to itself (aliases to their ISO code), a group to its members.
    (Kept for the run, as the data are: every contract of a batch asks the same.)"""
    canonical = normalise(code)
    if canonical in _data().groups:
        return members(canonical, on)
    _on(on)
    return frozenset({canonical})


# ---------------------------------------------------------------------------- listings


def countries() -> list[str]:
    """All country codes, sorted: the 249 ISO 3166-1 alpha-2 codes plus ``XK``."""
    return list(_data().countries)


def groups() -> list[str]:
    """All group ids, sorted."""
    return sorted(_data().groups)


def aliases() -> dict[str, str]:
    """Accepted non-ISO spellings and the ISO code each maps to, sorted by alias."""
    return dict(sorted(_data().aliases.items()))


def data_version() -> str:
    """When the data were compiled (ISO date). Memberships change after it."""
    return _data().version


def name(code: str) -> str:
    """The English short name of a country (or alias target) or the name of a group."""
    canonical = normalise(code)
    data = _data()
    if canonical in data.groups:
        return data.groups[canonical].name
    return data.countries[canonical]


def group_info(code: str) -> GroupInfo:
    """A group's name, description, source URL and notes on partial memberships."""
    group = _group(code)
    latest: dict[str, _Membership] = {}
    for membership in group.members:  # sorted by (country, start): the last one wins
        latest[membership.country] = membership
    partial = {c: m.partial for c, m in sorted(latest.items()) if m.partial is not None}
    return GroupInfo(
        id=group.id,
        name=group.name,
        description=group.description,
        source=group.source,
        partial=partial,
    )


def partial_note(group: str, country: str, on: date | None = None) -> str | None:
    """The limit on ``country``'s membership of ``group``, or ``None`` if it is full.

    With ``on``, the note of the membership active on that date (``None`` if ``country``
    was not a member then); without it, the note of the latest membership.
    """
    found = _group(group)
    canonical = normalise(country)
    entries = [m for m in found.members if m.country == canonical]
    if on is not None:
        day = _on(on)
        entries = [m for m in entries if m.active(day)]
    return entries[-1].partial if entries else None
