"""Developer tools: generated docs and data, and the benchmark."""
