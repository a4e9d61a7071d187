"""The followup feature."""
