"""What a contract can state: vocabularies, jurisdictions, the fact-path table, fact paths, the
fact tree, restricted practices, questions.
"""
