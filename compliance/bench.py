"""``python -m compliance.bench``: the benchmark at its documented name.

The code lives in ``compliance.tools.bench``.
"""

if __name__ == "__main__":
    from compliance.tools.bench.cli import main

    raise SystemExit(main())
