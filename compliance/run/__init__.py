"""Runs as library calls: check (api on top; options, prepare: the run path every command
shares; batch, stream), governance (config, waivers, baselines), explain, compare,
classify, interview.
"""
