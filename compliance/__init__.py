"""compliance: check AI deployment contracts against policy rule packs.

The library is usable without the command line: :func:`compliance.run.api.check` takes
contract paths and options and returns a report; underneath, one contract goes
:func:`compliance.contracts.load.load_contract` -> :func:`compliance.packs.compiler.compile_packs`
-> :func:`compliance.engine.evaluate.evaluate_contract`. The layers are described in
``docs/architecture.md``.
"""

__version__ = "0.1.0"
