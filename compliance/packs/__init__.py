"""Rule packs: locate, read, compose, compile, cache, fixtures, lint, scaffold, profiles."""
