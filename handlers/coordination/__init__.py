"""The coordination feature."""
