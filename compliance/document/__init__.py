"""Bytes in, a positioned node tree out: the YAML and JSON loaders, their limits, positioned
errors.
"""
