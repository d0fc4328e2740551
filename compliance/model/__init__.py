"""pydantic models: the one source of truth for contract descriptions and their schema.

Importing this package imports pydantic; the hot path of ``compliance check`` does not need
it (see :mod:`compliance.facts.table`).
"""
