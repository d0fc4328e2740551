"""What a run found: the report records, statuses, reasons, grouping, selection, redaction, and the
reporters that render it.
"""
