"""Lean start-up: the generated data shipped in the package equals what the models and packs
generate, the pack cache is used only while fresh, and the hot path imports no pydantic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, cli
from hypothesis import given
from hypothesis import strategies as st

from compliance.engine.ir import PackSet
from compliance.facts import table as factschema
from compliance.packs import cache as packcache
from compliance.packs.compiler import compile_packs, compile_packs_uncached
from compliance.packs.locate import builtin_dir
from compliance.tools import datagen, facttable

GOLDEN_PACK = "tests/data/pack"


# --- the shipped, generated files ---------------------------------------------------------------


def test_the_shipped_fact_table_is_what_the_models_generate() -> None:
    assert factschema.table() == facttable.generate_table()
    assert datagen.fact_table_text() == factschema.table_json_text()


def test_the_shipped_contract_schema_is_what_the_models_generate() -> None:
    from compliance.contracts.fastvalidate import contract_schema
    from compliance.model.schema import contract_schema as generated

    assert contract_schema() == generated()


def test_the_shipped_builtin_packs_are_what_the_yaml_compiles_to() -> None:
    assert datagen.stale() == []
    shipped = packcache.shipped_packs()
    assert shipped is not None
    fresh = compile_packs_uncached(None)
    assert packcache.packset_to_json(PackSet(list(shipped.values()), shipped)) == (
        packcache.packset_to_json(fresh)
    )


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of compliance/data that compliance.core.shipped reads instead."""
    from compliance.core import shipped

    folder = tmp_path / "data"
    shutil.copytree(shipped.DATA_DIR, folder)
    monkeypatch.setattr(shipped, "DATA_DIR", str(folder))
    shipped._bundle.cache_clear()
    yield folder
    shipped._bundle.cache_clear()


def test_shipped_data_comes_from_the_bundle_once_then_from_the_json(data_copy: Path) -> None:
    from compliance.core import shipped

    first = shipped.load_json("jurisdictions.json")
    assert first == json.loads((data_copy / "jurisdictions.json").read_text(encoding="utf-8"))
    (data_copy / "jurisdictions.json").write_text('{"parsed": true}', encoding="utf-8")
    # the bundle's copy was handed out: the second call parses the (now different) file
    assert shipped.load_json("jurisdictions.json") == {"parsed": True}


def test_a_json_file_edited_after_the_bundle_is_read_from_the_json(data_copy: Path) -> None:
    from compliance.core import shipped

    (data_copy / "jurisdictions.json").write_text('{"edited": 1}', encoding="utf-8")
    assert shipped.load_json("jurisdictions.json") == {"edited": 1}
    assert not shipped.bundle_is_fresh()


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xe9\x00"])
def test_an_unreadable_bundle_falls_back_to_the_json(data_copy: Path, content: bytes) -> None:
    from compliance.core import shipped

    (data_copy / shipped.BUNDLE_FILE).write_bytes(content)
    expected = json.loads((data_copy / "facttable.json").read_text(encoding="utf-8"))
    assert shipped.load_json("facttable.json") == expected
    assert not shipped.bundle_is_fresh()


def test_the_bundle_is_stale_when_a_value_changes_type(data_copy: Path) -> None:
    import marshal

    from compliance.core import shipped

    content = shipped.bundle_content()
    _size, data = content["files"]["builtin-packs.json"]
    from compliance.packs.cache import FORMAT

    assert data["format"] == FORMAT
    data["format"] = float(FORMAT)  # equal, not the same
    (data_copy / shipped.BUNDLE_FILE).write_bytes(marshal.dumps(content))
    assert not shipped.bundle_is_fresh()


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-1, 1)
    | st.sampled_from([0.0, -0.0, 1.0])
    | st.sampled_from(["a", "b"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("xyz"), inner, max_size=3)
    ),
    max_leaves=12,
)


def _containers(value: object, out: list[object]) -> list[object]:
    if isinstance(value, dict | list):
        out.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            _containers(item, out)
    return out


@given(st.lists(_JSON, min_size=1, max_size=4))
def test_equal_parts_of_a_bundled_file_are_one_object(value: list[object]) -> None:
    """The bundle's packs hold each equal list or dict once: the value reads back equal,
    of the same types (``True`` never becomes ``1``), and equal parts are one object."""
    import marshal

    from compliance.core import shipped

    out = shipped.shared(value, {})
    assert repr(out) == repr(value)
    back = marshal.loads(marshal.dumps(out, shipped.MARSHAL_VERSION))
    assert repr(back) == repr(out) == repr(value)
    by_content: dict[str, set[int]] = {}
    for part in _containers(back, []):  # equal: the same repr (True is not 1, nor 1.0)
        by_content.setdefault(repr(part), set()).add(id(part))
    assert all(len(ids) == 1 for ids in by_content.values())


def test_the_shipped_packs_share_their_equal_parts() -> None:
    from compliance.core import shipped

    with open(shipped.data_path(shipped.BUNDLE_FILE), "rb") as handle:
        import marshal

        data = marshal.loads(handle.read())
    packs = data["files"]["builtin-packs.json"][1]
    parts = _containers(packs, [])
    assert len({id(part) for part in parts}) < len(parts) * 0.8


def test_the_packs_parsed_again_share_their_parts_as_the_bundle_does(data_copy: Path) -> None:
    """A second read of the compiled packs (parsed, the bundle's copy handed out) has the
    same shared parts: the nodes built from it, and their generated code, are the same."""
    from compliance.core import shipped

    first = shipped.load_json("builtin-packs.json")
    again = shipped.load_json("builtin-packs.json")
    assert first is not again and repr(first) == repr(again)
    ids = [len({id(part) for part in _containers(x, [])}) for x in (first, again)]
    assert ids[0] == ids[1] < len(_containers(first, []))


def test_compiled_packs_survive_the_json_round_trip() -> None:
    packset = compile_packs_uncached([GOLDEN_PACK])
    data = json.loads(json.dumps(packcache.packset_to_json(packset)))
    again = packcache.packset_from_json(data)
    assert again.selected == packset.selected
    assert again.all == packset.all


def test_a_run_with_builtin_ids_selects_as_the_compiler_does() -> None:
    for specs in (None, ["no-mass-surveillance"], ["data-residency", "no-autonomous-weapons"]):
        fast = compile_packs(specs)
        slow = compile_packs_uncached(specs)
        assert [p.id for p in fast.selected] == [p.id for p in slow.selected]
        assert list(fast.all) == list(slow.all)
        assert fast.all == slow.all


# --- the runtime guard on the built-in packs ----------------------------------------------------


@pytest.fixture
def own_builtins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built-in packs that the run takes as its built-in folder."""
    root = tmp_path / "rules"
    shutil.copytree(builtin_dir(), root)
    for path in root.rglob("*"):  # older than a stamp trusts (see packcache.RACY_NS)
        os.utime(path, ns=(10**18, 10**18))
    monkeypatch.setattr("compliance.packs.locate.builtin_root", lambda: str(root))
    monkeypatch.setattr(packcache, "_SHIPPED", None)
    monkeypatch.setenv(packcache.CACHE_ENV, str(tmp_path / "cache"))
    return root


def test_unchanged_builtin_packs_are_taken_as_shipped(own_builtins: Path) -> None:
    shipped = packcache.shipped_packs()
    assert shipped is not None
    rule = shipped["no-mass-surveillance"].rules[0]
    assert rule.file.startswith(str(own_builtins))


def test_an_edited_builtin_pack_is_compiled_again(own_builtins: Path) -> None:
    rule_file = own_builtins / "no-mass-surveillance" / "explicit-ban.yaml"
    text = rule_file.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    rule_file.write_text(text.replace(title, "title: Edited locally"), encoding="utf-8")
    assert packcache.shipped_packs() is None
    packset = compile_packs(["no-mass-surveillance"])
    titles = {rule.id: rule.title for rule in packset.selected[0].rules}
    assert titles["explicit-ban"] == "Edited locally"


def _unhashed(folder: str) -> str:
    raise AssertionError("hashed although the stamp holds")


def test_a_checkout_stamps_its_pack_files_once_they_hash_right(
    own_builtins: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert packcache.shipped_packs() is not None
    stamp = Path(packcache.stamp_path(str(own_builtins)))
    assert stamp.read_text(encoding="utf-8").startswith(packcache.STAMP_HEADER)
    monkeypatch.setattr(packcache, "_SHIPPED", None)
    monkeypatch.setattr(packcache, "folder_hash", _unhashed)
    assert packcache.shipped_packs() is not None  # from the stamp: no file read


def test_the_stamp_also_spares_the_inputs_hash(
    own_builtins: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "facttable.json"
    table.write_text("{}", encoding="utf-8")
    os.utime(table, ns=(1, 1))
    monkeypatch.setattr(packcache, "_input_files", lambda: [str(table)])
    assert packcache.shipped_packs() is not None
    monkeypatch.setattr(packcache, "inputs_hash", lambda: "another fact table")
    packcache._SHIPPED = None
    assert packcache.shipped_packs() is not None  # the stamp holds: not computed
    table.write_text("{ }", encoding="utf-8")  # the input changed: computed, and differs
    packcache._SHIPPED = None
    assert packcache.shipped_packs() is None


def test_an_installed_package_hashes_no_pack_folder(
    own_builtins: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packcache, "_installed", lambda root: True)
    monkeypatch.setattr(packcache, "folder_hash", _unhashed)
    assert packcache.shipped_packs() is not None
    monkeypatch.setattr(packcache, "inputs_hash", lambda: "another fact table")
    packcache._SHIPPED = None
    assert packcache.shipped_packs() is not None  # stamped: the inputs are not hashed


def test_a_file_changed_after_the_stamp_is_hashed_again(own_builtins: Path) -> None:
    assert packcache.shipped_packs() is not None
    rule_file = own_builtins / "no-mass-surveillance" / "explicit-ban.yaml"
    text = rule_file.read_text(encoding="utf-8")
    rule_file.write_text(text.replace("title:", "title: X", 1), encoding="utf-8")
    os.utime(rule_file, ns=(1, 1))  # whatever its time, its size differs
    packcache._SHIPPED = None
    assert packcache.shipped_packs() is None
    rule_file.write_text(text[:-1] + "\t", encoding="utf-8")  # the same size, a new time
    packcache._SHIPPED = None
    assert packcache.shipped_packs() is None


def test_no_stamp_for_a_file_too_new_to_trust_its_time(own_builtins: Path) -> None:
    pack_file = own_builtins / "data-residency" / "pack.yaml"
    pack_file.touch()  # now: a change within the same clock tick would keep this time
    assert packcache.shipped_packs() is not None
    assert not Path(packcache.stamp_path(str(own_builtins))).exists()


def test_a_garbled_stamp_is_ignored(own_builtins: Path) -> None:
    stamp = Path(packcache.stamp_path(str(own_builtins)))
    stamp.parent.mkdir(parents=True)
    stamp.write_bytes(b"\xff\xfe garbage")
    assert packcache.shipped_packs() is not None
    assert stamp.read_text(encoding="utf-8").startswith(packcache.STAMP_HEADER)


def test_a_new_builtin_pack_is_compiled_again(own_builtins: Path) -> None:
    shutil.copytree(ROOT / GOLDEN_PACK, own_builtins / "golden")
    assert packcache.shipped_packs() is None


# --- the user cache for packs named by path -----------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(packcache.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(ROOT / GOLDEN_PACK, target)
    return target


def never(specs: list[str] | None) -> PackSet:
    raise AssertionError("compiled although the cache holds the packs")


def cached_only(specs: list[str], monkeypatch: pytest.MonkeyPatch) -> PackSet:
    """The packs as :func:`compile_packs` gives them, failing if it would compile them."""
    with monkeypatch.context() as patch:
        patch.setattr("compliance.packs.compiler.compile_packs_uncached", never)
        return compile_packs(specs)


def test_a_pack_named_by_path_is_cached_and_reused(
    cache: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = compile_packs([str(pack)])
    entries = list(cache.glob("packs-*.json"))
    assert len(entries) == 1
    again = cached_only([str(pack)], monkeypatch)
    assert again.all == first.all
    assert [p.id for p in again.selected] == [p.id for p in first.selected]


def test_the_cache_is_not_used_once_a_pack_file_changes(
    cache: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_packs([str(pack)])
    rule_file = pack / "identity.yaml"
    rule_file.write_text(
        rule_file.read_text(encoding="utf-8").replace("title:", "title: Changed", 1),
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match="compiled although"):
        cached_only([str(pack)], monkeypatch)
    packset = compile_packs([str(pack)])
    assert any(r.title.startswith("Changed") for r in packset.selected[0].rules)


def test_the_cache_is_not_used_once_a_rule_file_is_added(
    cache: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_packs([str(pack)])
    shutil.copy(pack / "identity.yaml", pack / "copy.yaml")
    with pytest.raises(AssertionError, match="compiled although"):
        cached_only([str(pack)], monkeypatch)


def test_a_cache_that_cannot_be_written_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pack: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(packcache.CACHE_ENV, str(blocker / "cache"))
    packset = compile_packs([str(pack)])
    assert packset.selected[0].id == compile_packs_uncached([str(pack)]).selected[0].id


def test_a_corrupt_cache_entry_is_ignored(cache: Path, pack: Path) -> None:
    compile_packs([str(pack)])
    (entry,) = cache.glob("packs-*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert compile_packs([str(pack)]).all == compile_packs_uncached([str(pack)]).all


def test_a_pack_with_an_error_is_not_cached(cache: Path, pack: Path) -> None:
    from compliance.core.errors import PackError

    (pack / "identity.yaml").write_text("id: identity\n", encoding="utf-8")
    with pytest.raises(PackError):
        compile_packs([str(pack)])
    assert not list(cache.glob("packs-*.json"))


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(packcache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert packcache.cache_dir() == os.path.join("/somewhere", "compliance")
    monkeypatch.setenv(packcache.CACHE_ENV, "/elsewhere")
    assert packcache.cache_dir() == "/elsewhere"


def test_a_cached_run_reports_the_same_through_the_cli(tmp_path: Path) -> None:
    env = {packcache.CACHE_ENV: str(tmp_path / "cache")}
    args = ["check", "tests/data/contracts/alpha.yaml", "--pack", GOLDEN_PACK]
    args += ["--as-of", "2026-11-27", "--format", "json"]
    first = _run(args, env)
    assert list((tmp_path / "cache").glob("packs-*.json"))
    second = _run(args, env)
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout)


# --- what the hot path imports ------------------------------------------------------------------

PROBE = """
import sys
from compliance.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = sorted(m for m in ("pydantic", "jsonschema", "yaml") if m in sys.modules)
print("IMPORTED:" + ",".join(heavy), file=sys.stderr)
print("STDLIB:" + ",".join(sorted(sys.modules)), file=sys.stderr)
"""

#: Standard modules that a check of a valid contract with the built-in packs does without
#: (each costs start-up time; import them where they are used).
NOT_ON_THE_CHECK_PATH = (
    "pathlib",
    "hashlib",
    "contextvars",
    "urllib",
    "tempfile",
    "shutil",
    "ipaddress",
    "importlib.resources",
    "zipfile",
    "json",
    "orjson",
    "signal",
    "locale",
)


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def imported(args: list[str]) -> list[str]:
    proc = _run(args)
    line = next(x for x in proc.stderr.splitlines() if x.startswith("IMPORTED:"))
    return [m for m in line.removeprefix("IMPORTED:").split(",") if m]


def test_version_and_help_import_no_heavy_module() -> None:
    assert imported(["--version"]) == []
    assert imported(["--help"]) == []
    assert imported(["check", "--help"]) == []


def test_check_of_a_valid_contract_imports_neither_pydantic_nor_jsonschema() -> None:
    assert imported(["check", "contracts/nato-openai-2026.yaml", "--as-of", "2026-11-27"]) == [
        "yaml"
    ]


def test_check_of_a_valid_contract_imports_no_costly_standard_module() -> None:
    proc = _run(["check", "contracts/nato-openai-2026.yaml", "--as-of", "2026-11-27"])
    line = next(x for x in proc.stderr.splitlines() if x.startswith("STDLIB:"))
    loaded = set(line.removeprefix("STDLIB:").split(","))
    assert "compliance.engine.conditions" in loaded  # the probe saw a real check
    assert sorted(loaded & set(NOT_ON_THE_CHECK_PATH)) == []


def test_an_invalid_contract_still_gets_its_positioned_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: t\ndata:\n  retention_months: twelve\n", encoding="utf-8")
    result = cli("check", str(bad))
    assert result.code == 2
    assert f"{bad}:4:21: data.retention_months: expected a whole number, got 'twelve'" in (
        result.err
    )


def test_a_check_with_a_profile_seen_before_imports_no_pydantic(tmp_path: Path) -> None:
    env = {packcache.CACHE_ENV: str(tmp_path / "cache")}
    args = ["check", "contracts/nato-openai-2026.yaml", "--profile", "alliance-unclassified"]
    first = _run(args, env)
    assert "pydantic" in first.stderr  # validated once, by the model
    second = _run(args, env)
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    line = next(x for x in second.stderr.splitlines() if x.startswith("IMPORTED:"))
    assert "pydantic" not in line


def test_an_edited_profile_is_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from compliance.core.errors import InputError
    from compliance.packs.profiles import load_profile, profiles_dir

    monkeypatch.setenv(packcache.CACHE_ENV, str(tmp_path / "cache"))
    profile = tmp_path / "mine.yaml"
    text = (profiles_dir() / "alliance-unclassified.yaml").read_text(encoding="utf-8")
    profile.write_text(text, encoding="utf-8")
    assert load_profile(str(profile)).id == "alliance-unclassified"
    assert load_profile(str(profile)).id == "alliance-unclassified"  # from the cache
    profile.write_text(text + "colour: red\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown field 'colour'"):
        load_profile(str(profile))


# --- the garbage collector during start-up ------------------------------------------------------

GC_PROBE = """
import gc, sys
from compliance.run import batch
seen = []
check_file = batch.check_file
def spy(*args, **kwargs):
    seen.append(gc.isenabled())
    return check_file(*args, **kwargs)
batch.check_file = spy
from compliance.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("DURING:" + ",".join(map(str, seen)), "AFTER:" + str(gc.isenabled()), file=sys.stderr)
"""


def _gc_states(args: list[str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", GC_PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    return proc.stderr.strip().splitlines()[-1]


def test_the_collector_is_paused_for_one_contract_and_on_again_after() -> None:
    args = ["check", "contracts/nato-openai-2026.yaml", "--as-of", "2026-11-27"]
    assert _gc_states(args) == "DURING:False AFTER:True"


def test_a_batch_is_checked_with_the_collector_on() -> None:
    args = ["check", "contracts/nato-openai-2026.yaml", "tests/data/contracts/alpha.yaml"]
    assert _gc_states([*args, "--as-of", "2026-11-27"]) == "DURING:True,True AFTER:True"


def test_the_collector_is_on_while_other_commands_work() -> None:
    probe = GC_PROBE.replace(
        "from compliance.run import batch", "from compliance.document import loader as batch"
    )
    probe = probe.replace("check_file", "load_file")
    proc = subprocess.run(
        [sys.executable, "-c", probe, "validate", "contracts/nato-openai-2026.yaml"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.stderr.strip().splitlines()[-1] == "DURING:True AFTER:True"


def test_a_collector_turned_off_by_the_embedder_stays_off() -> None:
    import gc

    from compliance.core import collector

    was = gc.isenabled()
    gc.disable()
    try:
        collector.pause()
        assert not collector.paused()
        collector.resume()
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


EXIT_PROBE = """
import atexit, sys
atexit.register(lambda: print("TORN DOWN", file=sys.stderr))
sys.argv = ["compliance", *sys.argv[1:]]
from compliance.cli import main
main()
"""


def _exit_probe(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", EXIT_PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_a_check_of_one_contract_ends_without_teardown_and_loses_no_output() -> None:
    args = ["check", "contracts/nato-openai-2026.yaml", "--as-of", "2026-11-27"]
    quick = _exit_probe([*args, "--fail-on", "unknown"])
    assert "TORN DOWN" not in quick.stderr
    usual = _run([*args, "--fail-on", "unknown"])  # main(argv): the usual exit
    assert quick.returncode == 1
    assert quick.stdout == usual.stdout
    assert "not listed" in quick.stdout  # the report's last lines


def test_other_commands_and_batches_end_as_usual() -> None:
    batch = ["check", "contracts/nato-openai-2026.yaml", "tests/data/contracts/alpha.yaml"]
    for args in (["validate", "contracts/nato-openai-2026.yaml"], batch):
        assert "TORN DOWN" in _exit_probe(args).stderr


def test_without_a_file_to_stamp_the_hashes_are_computed(
    own_builtins: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packcache, "_input_files", lambda: [str(tmp_path / "no-such.py")])
    assert packcache.shipped_packs() is not None  # computed, as before stamps
    assert not Path(packcache.stamp_path(str(own_builtins))).exists()


def test_a_profiled_check_still_writes_its_profile(tmp_path: Path) -> None:
    out = tmp_path / "check.prof"
    args = ["-m", "cProfile", "-o", str(out), "-m", "compliance", "check"]
    args += ["contracts/nato-openai-2026.yaml", "--as-of", "2026-11-27"]
    proc = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0  # written at exit: the quick exit steps aside
