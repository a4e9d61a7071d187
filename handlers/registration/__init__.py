"""The registration feature."""
