"""Red team pass: hostile input and hostile options through the real command line, each
finding with the test that failed before its fix.

1. ``-o`` onto a file the run reads (the contract itself, also through a hard link or found
   in a folder named; a waiver file; a baseline; a file of a pack named by path; the
   configuration file that names the output) replaced it with the report: the input was
   lost and the run exited 0. It is now refused before the run, exit 2.
2. A UTF-32 file with its byte-order mark (little-endian) was called UTF-16.
3. A file name holding terminal escapes (ESC, BEL, a C1 CSI) or U+FFFE reached the Markdown
   and HTML reports raw (``cat report.md`` cleared the screen; the HTML held characters it
   may not), made the Word report an internal error (exit 3), and click's "unexpected extra
   arguments" error printed it raw on standard error, its line break starting a new line.
4. ``--assume FACT=-1`` on a count (days, months) was taken, where a description refuses it
   ("0 or more"): ``ai_act.incident_reporting_days=-1`` met a rule's "15 days or fewer".
5. ``compliance docs --vocabulary rules/PACK/pack.yaml`` overwrote the pack file with the
   vocabulary page; a folder or a file in the way of a page was an internal error (exit 3).
6. A contract, waiver or pack file named ``::error title=x::y.yaml`` and given by its bare
   name started lines of the text report, of ``gaps``, ``classify`` and ``validate`` and of
   every error message: a GitHub Actions runner reads such a line as a workflow command (a
   forged annotation). Such a name is now written ``./::error...`` (the same file).
7. ``--config`` naming a folder, a named pipe or ``/dev/null`` said "no such configuration
   file".
8. ``--max-file-size`` of ``100G`` or more was an internal error (exit 3: the read reserved
   that much memory first), ``²`` too, and Arabic-Indic digits were read as a size.
9. A contract whose file name is not UTF-8 (``caf\\xe9.yaml``, Latin-1) made every report
   written with ``-o`` an internal error (exit 3, UnicodeEncodeError): its name is now
   written ``caf\\xe9.yaml`` in messages and reports.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import AS_OF, CONTRACTS, GOLDEN_PACK, ROOT, cli

MODEL = CONTRACTS / "model-contract.yaml"

# --- 1. an output file that is an input of the run ---------------------------------------


def _contract(tmp_path: Path, name: str = "c.yaml", id_: str = "model-contract") -> Path:
    path = tmp_path / name
    path.write_text(MODEL.read_text().replace("id: model-contract", f"id: {id_}", 1))
    return path


@pytest.mark.parametrize(
    "command",
    [
        ("check", "{c}", "-o", "{c}"),
        ("check", "{c}", "-o", "json:{c}"),
        ("check", "{c}", "-o", "{hard}"),
        ("check", "{folder}", "-o", "{inside}"),
        ("check", "{c}", "--waivers", "{w}", "-o", "{w}"),
        ("check", "{c}", "--baseline", "{b}", "-o", "json:{b}"),
        ("check", "{c}", "--nations", "all", "-o", "{c}"),
        ("gaps", "{c}", "-o", "{c}"),
        ("compare", "{c}", "{c2}", "-o", "{c2}"),
        ("nations", "check", "{c}", "-o", "{c}"),
    ],
    ids=lambda c: "-".join(c)[:60],
)
def test_an_output_onto_a_file_the_run_reads_is_refused(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    c = _contract(tmp_path)
    c2 = _contract(tmp_path, "c2.yaml", "other")
    hard = tmp_path / "hard.yaml"
    os.link(c, hard)
    folder = tmp_path / "folder"
    folder.mkdir()
    inside = folder / "inside.yaml"
    shutil.copy(c, inside)
    w = tmp_path / "w.yaml"
    w.write_text("waivers: []\n")
    b = tmp_path / "b.json"
    assert cli("baseline", "create", str(c), "--as-of", AS_OF, "-o", str(b)).code == 0
    names = {"c": c, "c2": c2, "hard": hard, "folder": folder, "inside": inside, "w": w, "b": b}
    args = [part.format(**names) for part in command]
    before = {path: path.read_bytes() for path in (c, c2, inside, w, b)}
    run = cli(*args, "--as-of", AS_OF)
    assert run.code == 2, (run.code, run.err)
    assert "is read by this run" in run.err and run.err.count("\n") == 1, run.err
    assert "Traceback" not in run.err
    for path, data in before.items():
        assert path.read_bytes() == data, f"{path.name} was overwritten"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (".compliance.yaml", "outputs: [.compliance.yaml]\n"),
        ("pyproject.toml", '[tool.compliance]\noutputs = ["pyproject.toml"]\n'),
    ],
)
@pytest.mark.parametrize("nations", [False, True])
def test_an_output_onto_the_configuration_file_is_refused(
    tmp_path: Path, name: str, text: str, nations: bool
) -> None:
    c = _contract(tmp_path)
    config = tmp_path / name
    config.write_text(text)
    extra = ("--nations", "all") if nations else ()
    run = cli("check", str(c), *extra, "--as-of", AS_OF, cwd=tmp_path)
    assert run.code == 2, run.err
    assert "is read by this run" in run.err, run.err
    assert config.read_text() == text


@pytest.mark.parametrize("command", ["check", "gaps"])
def test_an_output_onto_a_file_of_a_pack_is_refused(tmp_path: Path, command: str) -> None:
    c = _contract(tmp_path)
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / GOLDEN_PACK, pack)
    before = (pack / "pack.yaml").read_text()
    run = cli(command, str(c), "--pack", str(pack), "--as-of", AS_OF, "-o", str(pack / "pack.yaml"))
    assert run.code == 2, run.err
    assert "is read by this run" in run.err, run.err
    assert (pack / "pack.yaml").read_text() == before


def test_an_output_beside_the_inputs_is_written(tmp_path: Path) -> None:
    c = _contract(tmp_path)
    report = tmp_path / "report.txt"
    report.write_text("old report\n")  # an existing report is replaced, as before
    run = cli("check", str(c), "--as-of", AS_OF, "-o", str(report))
    assert run.code == 0, run.err
    assert report.read_text().startswith("compliance ")


# --- 2. a UTF-32 file is named for what it is -----------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_a_utf32_file_is_not_called_utf16(tmp_path: Path, encoding: str) -> None:
    contract = tmp_path / "c.yaml"
    contract.write_bytes("\ufeffid: c\ntitle: t\n".encode(encoding))
    run = cli("validate", str(contract))
    assert run.code == 2
    assert run.err == f"{contract}:1:1: file is UTF-32; save it as UTF-8\n", run.err


# --- 3. a control character in a file name or an argument never reaches a report raw ------

EVIL_NAME = "e\x1b[2J\x1b]0;title\x07\x9bvil\ufffe.yaml"
RAW = ("\x1b", "\x07", "\x9b", "\ufffe")


def _evil_files(tmp_path: Path) -> tuple[Path, Path]:
    """A valid contract and an invalid one, both named with terminal escapes."""
    good = _contract(tmp_path, EVIL_NAME)
    bad = tmp_path / ("bad" + EVIL_NAME)
    bad.write_text("id: c\n")
    return good, bad


@pytest.mark.parametrize(
    "command",
    [
        ("check", "--format", "markdown"),
        ("check", "--format", "html"),
        ("check", "--format", "html", "--by", "clause"),
        ("gaps", "--format", "markdown"),
        ("gaps", "--format", "text"),
        ("compare", "--format", "html"),
        ("compare", "--format", "markdown"),
    ],
)
def test_a_file_name_with_escapes_is_shown_not_obeyed(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    good, bad = _evil_files(tmp_path)
    if command[0] == "compare":  # compares only when every file reads
        bad = _contract(tmp_path, "other.yaml", "other")
    run = cli(*command, str(good), str(bad), "--as-of", AS_OF)
    assert run.code in (0, 1, 2), run.err
    assert "Traceback" not in run.err
    assert "e\\x1b[2J" in run.out.replace("\\\\", "\\").replace("\\[", "["), run.out[-2000:]
    for char in RAW:
        assert char not in run.out and char not in run.err, (char, run.out[-2000:])


def test_a_word_report_names_a_file_with_escapes(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    good, _ = _evil_files(tmp_path)
    out = tmp_path / "gaps.docx"
    run = cli("gaps", str(good), "--as-of", AS_OF, "--format", "docx", "-o", str(out))
    assert run.code == 0, run.err  # was exit 3: python-docx refuses a control character
    assert out.stat().st_size > 0


def test_an_unexpected_argument_is_quoted_cleaned(tmp_path: Path) -> None:
    run = cli("explain", "data-residency/audit-logging", "x\x1b]0;pwned\x07\ny.yaml")
    assert run.code == 2
    assert "\x1b" not in run.err and "\x07" not in run.err
    last = run.err.rstrip("\n").split("\n")[-1]
    assert last.startswith("Error: Got unexpected extra argument") and "y.yaml" in last, run.err


# --- 4. --assume holds a count to the rule of a description ----------------------------------


@pytest.mark.parametrize("value", ["-1", "-15"])
def test_a_negative_count_is_refused_as_an_assumption(tmp_path: Path, value: str) -> None:
    c = _contract(tmp_path)
    fact = "ai_act.incident_reporting_days"  # a rule passes it at 15 days or fewer
    described = tmp_path / "described.yaml"
    described.write_text(
        "id: d\ntitle: t\nclauses:\n  - id: '1'\n    title: x\n    text: y\n"
        f"    facts: {{ai_act: {{incident_reporting_days: {value}}}}}\n"
    )
    in_file = cli("validate", str(described))
    assert in_file.code == 2 and "0 or more" in in_file.err, in_file.err
    run = cli("check", str(c), "--as-of", AS_OF, "--assume", f"{fact}={value}")
    assert run.code == 2, run.err
    assert run.err == (
        f"--assume '{fact}={value}': {fact}: expected a whole number, 0 or more, got {value}\n"
    )
    assert cli("check", str(c), "--as-of", AS_OF, "--assume", f"{fact}=0").code == 0


def test_a_negative_extension_integer_is_assumed_as_a_description_may_say_it(
    tmp_path: Path,
) -> None:
    from test_hostile_five import _pack

    pack = str(_pack(tmp_path / "p"))
    described = tmp_path / "c.yaml"
    described.write_text(
        "id: c\ntitle: t\nclauses:\n  - id: '1'\n    title: x\n    text: y\n"
        "    facts: {extensions: {p: {count: -3}}}\n"
    )
    assert cli("validate", str(described), "--pack", pack).code == 0
    bare = _contract(tmp_path, "bare.yaml")
    run = cli(
        "check", str(bare), "--pack", pack, "--as-of", AS_OF, "--assume", "extensions.p.count=-3"
    )
    assert run.code in (0, 1), run.err


# --- 5. compliance docs writes only its own pages, and a bad target is bad input ------------


def test_docs_never_overwrites_a_file_it_did_not_generate(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / GOLDEN_PACK, pack)
    before = (pack / "pack.yaml").read_text()
    out = tmp_path / "pages"
    run = cli(
        "docs", "--pack", str(pack), "--output", str(out), "--vocabulary", str(pack / "pack.yaml")
    )
    assert run.code == 2, run.err
    assert run.err.startswith(f"{pack / 'pack.yaml'}: is not a page compliance docs generated")
    assert (pack / "pack.yaml").read_text() == before
    assert not out.exists()  # nothing written
    # Its own pages it rewrites.
    vocabulary = tmp_path / "vocabulary.md"
    for _ in range(2):
        run = cli(
            "docs", "--pack", str(pack), "--output", str(out), "--vocabulary", str(vocabulary)
        )
        assert run.code == 0, run.err


@pytest.mark.parametrize(
    ("output", "vocabulary", "message"),
    [
        ("pages", "{tmp}", "cannot write the file: is a folder; name a file"),
        ("file.txt", "v.md", "is not a folder"),
        ("pages", "file.txt/v.md", "is not a folder"),
    ],
)
def test_docs_refuses_a_target_it_cannot_write(
    tmp_path: Path, output: str, vocabulary: str, message: str
) -> None:
    (tmp_path / "file.txt").write_text("x\n")
    run = cli(
        "docs",
        "--pack",
        str(ROOT / GOLDEN_PACK),
        "--output",
        str(tmp_path / output),
        "--vocabulary",
        vocabulary.format(tmp=tmp_path) if vocabulary == "{tmp}" else str(tmp_path / vocabulary),
    )
    assert run.code == 2, run.err  # was exit 3, an internal error
    assert message in run.err and run.err.count("\n") == 1, run.err


# --- 6. a file name cannot make a line of the output a GitHub Actions workflow command -------

FORGED = "::error title=forged::pwned.yaml"


@pytest.mark.parametrize(
    "command",
    [
        ("check", "-v"),
        ("check", "--format", "github"),
        ("gaps",),
        ("classify",),
        ("validate",),
        ("check", "--waivers", "{bad}"),
        ("explain", "data-residency/audit-logging", "--contract", "{bad}"),
    ],
)
def test_no_line_starts_with_a_file_named_as_a_workflow_command(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    shutil.copy(MODEL, tmp_path / FORGED)
    (tmp_path / "::warning::bad.yaml").write_text("id: [\n")
    folder = tmp_path / "::notice::folder"
    folder.mkdir()
    (folder / "x.yaml").write_text("id: [\n")
    args = [part.format(bad="::warning::bad.yaml") for part in command]
    paths = [FORGED, "::warning::bad.yaml", "::notice::folder"]
    if "{bad}" in command:
        paths = [] if command[0] == "explain" else [FORGED]
    as_of = [] if command[0] == "validate" else ["--as-of", AS_OF]
    run = cli(*args, *paths, *as_of, cwd=tmp_path)
    assert "Traceback" not in run.err
    lines = (run.out + run.err).splitlines()
    assert any("::warning::bad.yaml" in line or "pwned" in line for line in lines), lines[:5]
    # The tool's own annotations (--format github) carry file= or title= properties.
    forged = [
        line
        for line in lines
        if line.lstrip().startswith(("::error title=forged", "::warning::", "::notice::"))
    ]
    assert not forged, forged


# --- 7. --config names what is wrong with the file ----------------------------------------


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("folder", "is a folder, not a configuration file"),
        ("fifo", "not a regular file"),
        ("device", "not a regular file"),
        ("missing", "no such configuration file"),
    ],
)
def test_a_config_that_is_not_a_file_is_named_for_what_it_is(
    tmp_path: Path, kind: str, message: str
) -> None:
    target = str(tmp_path / kind)
    if kind == "folder":
        os.mkdir(target)
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        target = os.devnull
    run = cli("check", str(MODEL), "--as-of", AS_OF, "--config", target, timeout=30)
    assert run.code == 2
    assert run.err == f"{target}: {message}\n", run.err


# --- 8. --max-file-size: any size it accepts works; any it refuses is one line --------------


@pytest.mark.parametrize("stdin", [False, True])
def test_the_largest_file_size_limit_reads_a_file(stdin: bool) -> None:
    if stdin:
        run = cli("validate", "-", "--max-file-size", "1048576G", stdin=MODEL.read_bytes())
    else:
        run = cli("validate", str(MODEL), "--max-file-size", "1048576G")
    assert run.code == 0, run.err  # was exit 3: a read reserving a petabyte first


@pytest.mark.parametrize(
    ("size", "message"),
    [
        ("²", "expected a size such as 10M or 20000000, got '²'"),  # was exit 3
        ("١٢K", "expected a size such as 10M or 20000000, got '١٢K'"),  # was read as 12K
        ("9999999999G", "at most 1048576G (1 PiB), got '9999999999G'"),  # was exit 3
        ("9" * 40, f"at most 1048576G (1 PiB), got '{'9' * 40}'"),
    ],
)
def test_a_file_size_limit_out_of_range_is_bad_input(size: str, message: str) -> None:
    run = cli("validate", str(MODEL), "--max-file-size", size)
    assert run.code == 2
    assert run.err == f"--max-file-size: {message}\n", run.err


# --- 9. a file name that is not UTF-8 ----------------------------------------------------------


@pytest.mark.parametrize(
    "fmt", ["text", "json", "jsonl", "markdown", "html", "junit", "sarif", "github"]
)
def test_a_file_name_that_is_not_utf8_is_reported(tmp_path: Path, fmt: str) -> None:
    folder = os.fsencode(tmp_path)
    good = os.path.join(folder, b"caf\xe9.yaml")  # Latin-1, as an old system names it
    with open(good, "wb") as handle:
        handle.write(MODEL.read_bytes())
    with open(os.path.join(folder, b"bad\xfe.yaml"), "wb") as handle:
        handle.write(b"id: [\n")
    out = tmp_path / f"report.{fmt}"
    run = cli("check", str(tmp_path), "--as-of", AS_OF, "--format", fmt, "-o", str(out))
    assert run.code == 2, run.err  # the bad file; was exit 3 (UnicodeEncodeError) on writing
    assert "internal error" not in run.err
    assert "bad\\xfe.yaml:2:1: YAML syntax error" in run.err, run.err
    text = out.read_text(encoding="utf-8")
    assert "caf\\xe9.yaml" in text.replace("\\\\", "\\"), text[:500]


def test_a_word_report_names_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    good = os.path.join(os.fsencode(tmp_path), b"caf\xe9.yaml")
    with open(good, "wb") as handle:
        handle.write(MODEL.read_bytes())
    out = tmp_path / "gaps.docx"
    run = cli("gaps", str(tmp_path), "--as-of", AS_OF, "--format", "docx", "-o", str(out))
    assert run.code == 0, run.err


# --- 10. C1 and bidirectional controls in a file name reach no JUnit report raw ---------------


def test_a_junit_report_shows_c1_and_bidirectional_controls_as_escapes(tmp_path: Path) -> None:
    """XML 1.0 allows the C1 controls and the bidirectional controls, but a reader must not
    get them raw: U+009B starts a terminal escape where the report is printed (a CI log),
    U+0085 is a line end to XML 1.1, and U+202E reorders what a dashboard shows. They are
    written as visible escapes, as the Markdown and HTML reports write them; the document
    still parses."""
    import xml.etree.ElementTree as ET

    name = "a\x85\x9b2J\u202eb.yaml"
    (tmp_path / name).write_bytes(MODEL.read_bytes())
    out = tmp_path / "report.xml"
    run = cli("check", str(tmp_path), "--as-of", AS_OF, "--format", "junit", "-o", str(out))
    assert run.code in (0, 1), run.err
    text = out.read_text(encoding="utf-8")
    assert not any(char in text for char in "\x85\x9b\u202e"), "a raw control reached the report"
    assert "a\\x85\\x9b2J\\u202eb.yaml" in text
    ET.fromstring(text.encode("utf-8"))  # still a well-formed document
