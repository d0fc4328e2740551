"""The three-valued engine: condition nodes, evaluating compiled packs over a contract,
satisfiability, conditions in words.
"""
