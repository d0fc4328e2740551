"""The three-valued engine: condition nodes, the pack IR and its instantiation as condition
nodes, evaluating compiled packs over a contract, satisfiability, conditions in words.
"""
