"""A contract from its document: build, merge terms in time and rank, validate fast, what-if
assumptions, contradictions.
"""
