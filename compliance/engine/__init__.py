"""The three-valued engine: the pack IR (``ir``) and the condition nodes built from it
(``build``; the nodes in ``truth``, ``access``, ``context``, ``connectives``,
``predicates``, ``outcome``, their names gathered in ``conditions``), evaluating compiled
packs over a contract (``evaluate``), satisfiability, conditions in words.
"""
