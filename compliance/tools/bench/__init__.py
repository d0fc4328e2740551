"""The benchmark: ``python -m compliance.bench`` (needs the ``bench`` extra: regopy and
opa-eval).

In one run it measures, as medians over several repetitions:

1. a cold ``compliance check`` of one contract with every built-in pack (a subprocess, with
   the pack cache as a user has it: warm), against the floor of any click command line that
   reads YAML: ``python -c "import yaml, click"``;
2. rule evaluation alone (contracts loaded, packs compiled), per contract, of the built-in
   pack ``no-autonomous-weapons`` by this engine, against regopy (the rego-cpp interpreter)
   evaluating a hand-written Rego translation of the same pack
   (``compliance/tools/bench/no_autonomous_weapons.rego``, compiled once into a bundle) over the
   same contracts, its input conversion included; and against regorus (a Rego engine in
   Rust, the ``opa-eval`` package) evaluating the same translation, input conversion and
   JSON encoding included;
3. a batch of generated YAML contracts (``--batch N``) checked with every built-in pack on
   every core, in each format (text, json, jsonl, sarif, junit, markdown), against libyaml
   reading the same files on as many processes, as a ratio and in contracts per second
   (``compliance.tools.bench.batch``);
4. peak memory of each of those checks, parent and workers together, for 100 contracts
   and for the batch, and the bytes each format writes per contract;
5. the bytes each format writes for the NATO example with every built-in pack (JSON
   Lines: its contract line).

It also checks that the two engines give the same verdict wherever the engine decided every
predicate it evaluated for a rule (so that three-valued and two-valued logic coincide): a
differential test against an independent engine, which the test suite runs at small size.

The contracts are generated, seeded: varied copies of the bundled examples (facts dropped,
values changed to others of the same kind), so that rules pass, fail, come out unknown and
not applicable. The last line of the output is machine-readable:
``cold_ratio=<check / floor> engine_vs_regopy=<regopy time / engine time>
engine_vs_regorus=<regorus time / engine time>`` and, with a
batch, ``FORMAT_ratio=<batch check / libyaml read>`` and ``FORMAT_mem=<peak memory, batch
/ 100 contracts>`` for each format.

Its modules, by job: :mod:`~compliance.tools.bench.generate` (the generated contracts),
:mod:`~compliance.tools.bench.cold` (1 and 5), :mod:`~compliance.tools.bench.engine` (2 and
the differential check) against :mod:`~compliance.tools.bench.peers` (the Rego engines),
:mod:`~compliance.tools.bench.batch` (3 and 4), :mod:`~compliance.tools.bench.figures`
(the output) and :mod:`~compliance.tools.bench.cli` (the options and the run).
"""
