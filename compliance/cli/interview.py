"""``compliance interview``: write a description by answering the questions that decide verdicts."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from compliance.cli.command import Command
from compliance.cli.options import check_options, run_options
from compliance.core.errors import EXIT_INPUT, EXIT_OK

HELP_WORDS = (
    "unspecified (the contract does not say), skip, ? (explain), back (undo the last "
    "answer), q (save and quit)"
)


def _say(text: str = "") -> None:
    click.echo(text)


def _read(prompt: str) -> str | None:
    """One line from standard input (None at end of input). Bytes that are not UTF-8 are
    kept as lone surrogates, refused with the answer (whatever the locale: in some, reading
    them raised UnicodeDecodeError)."""
    click.echo(prompt, nl=False)
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdin, "errors", None) != "surrogateescape":
        reconfigure(errors="surrogateescape")
    line = sys.stdin.readline()
    if not line:
        click.echo()
        return None
    return line.rstrip("\n")


def _tally(session: Any) -> str:
    counts = session.tally()
    return (
        f"Tally: {counts['pass']} pass, {counts['fail']} fail, {counts['unknown']} unknown, "
        f"{counts['not_applicable']} not applicable"
    )


def _decided(step: Any) -> None:
    if step.decided:
        _say("Newly decided: " + ", ".join(f"{r} {s}" for r, s in step.decided.items()))


def _show_question(session: Any, question: Any, number: int) -> None:
    from compliance.run.interview import allowed, why

    _say()
    _say(f"Question {number} ({question.topic}): {question.text}")
    _say(f"  Why it matters: {why(question)}.")
    if _is_open(question):
        _say("  Answer with yes (the list as written is complete) or no (it may grow)")
    else:
        _say("  Answer with " + "\n    ".join(allowed(question.facts[0].path)))
    _say(f"  or: {HELP_WORDS}")


def _is_open(question: Any) -> bool:
    return any(m.reason == "open" for m in question.facts)


def _target(path: str | None, output: str | None) -> tuple[str, str | None]:
    """Where to write, and the note to give (a new file beside an existing one)."""
    from compliance.core.errors import InputError

    if output is not None:
        return output, None
    if path is None:
        raise InputError("name the file to write with -o FILE")
    stem, _ = os.path.splitext(path)
    beside = f"{stem}.interview.yaml"
    return beside, (
        f"note: the YAML tooling cannot keep the comments of {path}; it is left as it was, "
        f"and the description with the answers is written beside it: {beside}"
    )


QUIT, NEXT, AGAIN = "quit", "next", "again"


def _prompt_loop(session: Any) -> None:
    """Ask until no question is left or the user quits."""
    while True:
        question = session.next_question()
        if question is None:
            _say()
            _say(_stop_message(session))
            return
        _show_question(session, question, len(session.steps) + 1)
        paths = [m.path for m in question.facts] or [question.path]
        answered = 0
        for path in paths:
            outcome = _ask_fact(session, question, path, len(paths) > 1)
            if outcome == QUIT:
                return
            if outcome != NEXT:
                break
            answered += 1
        if answered == len(paths):
            _say(_tally(session))
            _decided(session.steps[-1])


def _ask_fact(session: Any, question: Any, path: str, several: bool) -> str:
    """Ask one fact of a question: NEXT once answered, AGAIN after skip or back, QUIT."""
    if several:
        _say(f"  For {path}:")
    while True:
        text = _read("> ")
        if text is None or text.strip().lower() in ("q", "quit"):
            return QUIT
        text = text.strip()
        outcome = _command(session, question, text)
        if outcome is None:
            answer = _close_list if _is_open(question) else _value
            outcome = answer(session, question, path, text)
        if outcome:  # None or "": ask again
            return outcome


def _command(session: Any, question: Any, text: str) -> str | None:
    """``?``, ``back`` and ``skip`` (or an empty line): AGAIN, or "" after ``?`` (ask
    again); None for an answer."""
    from compliance.run.interview import explain

    if text == "?":
        for line in explain(question, session.report()):
            _say("  " + line)
        return ""
    if text.lower() == "back":
        step = session.back()
        _say("Undone: " + (step.answer.path if step else "nothing to undo"))
        _say(_tally(session))
        return AGAIN
    if text.lower() in ("skip", ""):
        session.skip(question)
        return AGAIN
    return None


def _close_list(session: Any, question: Any, path: str, text: str) -> str | None:
    """A yes or no to whether an open list is complete: NEXT, AGAIN, or None (ask again)."""
    from compliance.core.errors import InputError
    from compliance.run.answers import Answer

    if text.lower() in ("n", "no"):
        session.skip(question)
        return AGAIN
    if text.lower() not in ("y", "yes"):
        _say("  not an answer here: answer yes or no")
        return None
    try:
        session.answer(Answer(path, None, close=True), question)
    except InputError as exc:
        _say(f"  not an answer here: {exc}")
        return None
    return NEXT


def _value(session: Any, question: Any, path: str, text: str) -> str | None:
    """A value for the fact, then whether the list is complete and where the contract says
    it: NEXT, QUIT, or None (ask again)."""
    from compliance.cli.options import current_limits
    from compliance.core.errors import InputError
    from compliance.run.answers import UNSPECIFIED, Answer, is_list
    from compliance.run.interview import parse_text

    try:
        value = parse_text(path, text, current_limits())
    except Exception as exc:  # a value of the wrong form, or bad YAML
        _say(f"  not an answer here: {str(exc).splitlines()[0]}")
        return None
    complete = False
    if value != UNSPECIFIED and is_list(path):
        reply = _read("Is that the complete list? [y/N] ")
        if reply is None:
            return QUIT
        complete = reply.strip().lower() in ("y", "yes")
    clause = _read("Where does the contract say it? Clause number (empty: none) ")
    if clause is None:
        return QUIT
    quote = None
    if clause.strip():
        quote = _read("Quote from the clause (optional) ")
        if quote is None:
            return QUIT
    answer = Answer(path, value, clause.strip() or None, (quote or "").strip() or None, complete)
    try:
        session.answer(answer, question)
    except InputError as exc:
        _say(f"  not an answer here: {exc}")
        return None
    return NEXT


def _scripted(session: Any, answers: list[Any]) -> None:
    """The interview on an answers file: the questions asked, in order, then the answers no
    question asked for."""
    from compliance.run.interview import apply_rest, scripted

    left = scripted(session, answers)
    for number, step in enumerate(session.steps, start=1):
        where = f" (clause {step.answer.clause})" if step.answer.clause else ""
        shown = "complete as written" if step.answer.close else _shown(step.answer.value)
        _say(f"{number}. {step.question.text}")
        _say(f"   {step.answer.path}: {shown}{where}")
        _decided(step)
    asked = len(session.steps)
    _say(_tally(session))
    _say(_stop_message(session))
    _say(f"Questions asked: {asked}; answers in the file: {len(answers)}.")
    if left:
        apply_rest(session, left)
        _say(f"Applied the {len(left)} answer(s) no question asked for.")
        _say(_tally(session))


def _shown(value: Any) -> str:
    """An answer in one line, as written in YAML flow style."""
    import yaml

    from compliance.run.answers import dumper

    text: str = yaml.dump(
        value, Dumper=dumper(), default_flow_style=True, sort_keys=False, width=10_000
    ).strip()
    return text.removesuffix("\n...").removesuffix("...").strip()


def _stop_message(session: Any) -> str:
    skipped = len(session.skipped)
    text = "No answer could change a verdict any more"
    if skipped:
        return f"{text}, apart from the {skipped} skipped question(s)."
    return text + "."


@click.command(cls=Command)
@click.argument("path", required=False, metavar="[PATH]")
@run_options
@click.option("-o", "--output", metavar="FILE", help="The description to write.")
@click.option(
    "--answers",
    "answers_file",
    metavar="FILE",
    help="Answers (YAML: fact path -> answer, or {answer, clause, quote, complete}): run "
    "without prompts.",
)
@click.option("--force", is_flag=True, help="Overwrite the output file without asking.")
@click.option(
    "--id", "ident", default="interview", show_default=True, help="Id of a new description."
)
@click.option("--title", default=None, help="Title of a new description.")
def interview(
    path: str | None,
    packs: tuple[str, ...],
    profile: str | None,
    sets: tuple[str, ...],
    as_of: str | None,
    output: str | None,
    answers_file: str | None,
    force: bool,
    ident: str,
    title: str | None,
) -> int:
    """Describe a contract by answering questions, one at a time: always the one whose answer
    decides the most verdicts (the ranking of gaps --questions).

    Starts from nothing, or from the description PATH (written back beside it, as
    PATH-STEM.interview.yaml, since comments cannot be kept). After each answer: the tally
    of verdicts and the ones just decided. At the prompt: an answer, `unspecified` (the
    contract does not say), `skip`, `?` (the rules and their citations), `back`, `q`.
    Quitting (q, end of input, Ctrl-C) saves what was answered.

    Exit 2 on bad input, or when the output file exists and may not be overwritten.
    """
    from compliance.core.atomic import cannot_write, write_atomic
    from compliance.core.errors import InputError
    from compliance.document.loader import display_name
    from compliance.run.answers import load_answers, new_document
    from compliance.run.interview import Session

    target, note = _target(path, output)
    interactive = answers_file is None and sys.stdin.isatty()
    if os.path.exists(target) and not force:
        if not interactive:
            raise InputError(f"{target} exists: give --force to overwrite it")
        if not click.confirm(f"{target} exists. Overwrite it?", default=False):
            return EXIT_INPUT
    options = check_options(packs, sets, as_of, profile)
    if path is not None:
        from compliance.contracts.load import load_contract
        from compliance.run.answers import read_document

        load_contract(path, options.limits, options.as_of)  # limits; FILE:LINE:COL errors
        base = read_document(path, options.limits)
    else:
        base = new_document(ident, title)
    answers = None if answers_file is None else load_answers(answers_file, options.limits)
    session = Session(base, options, os.path.basename(target))
    try:
        session.report()
        _say(_tally(session))
        try:
            if answers_file is not None and answers is not None:
                try:
                    _scripted(session, answers)
                except InputError as exc:
                    raise exc.located(display_name(answers_file)) from None
            else:
                _prompt_loop(session)
        except KeyboardInterrupt:
            _say()
            _say("Interrupted: saving what was answered.")
        text = session.text()
    finally:
        session.close()
    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        raise cannot_write(target, exc) from None
    if note:
        click.echo(note, err=True)
    _say(f"Wrote {target} ({len(session.steps)} answer(s)).")
    return EXIT_OK
