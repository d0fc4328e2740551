"""Runs as library calls: check (prepare, batch, stream), governance (config, waivers, baselines),
explain, compare, classify, interview.
"""
