"""Rule packs: locate, read, compose (``extends``), load, compile into the pack IR, cache,
fixtures, lint, scaffold, profiles."""
