"""The three-valued engine: condition nodes (``truth``, ``access``, ``context``,
``connectives``, ``predicates``, ``outcome``; ``conditions`` gathers their names),
evaluating compiled packs over a contract, satisfiability, conditions in words.
"""
