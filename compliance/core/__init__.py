"""The ground floor: errors and exit codes, light records, atomic writes, hashing, JSON output,
timing, hints.
"""
