"""National sovereignty profiles: which members' rules a deal meets.

:mod:`compliance.nations.profiles` reads the profiles (``rules/nations/XX.yaml``),
:mod:`compliance.nations.binding` decides whether a nation's profile binds a deal,
:mod:`compliance.nations.matrix` evaluates a deal once per nation, :mod:`compliance.nations.lint`
checks the profiles' citations and confidence, :mod:`compliance.nations.docs` writes
docs/nations.md, and :mod:`compliance.nations.schema` is the JSON Schema of the matrix.
"""
