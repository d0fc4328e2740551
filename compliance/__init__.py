"""compliance: check AI deployment contracts against policy rule packs.

The library is usable without the command line: load a contract with
:func:`compliance.contracts.load_contract`, load packs with
:func:`compliance.packs.load_packs`, and evaluate with :func:`compliance.engine.evaluate`.
"""

__version__ = "0.1.0"
