"""Fluent catalogues: ``en/*.ftl`` and ``fr/*.ftl``, one file per feature."""
