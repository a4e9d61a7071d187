"""The tables of a mentorship's stages, mirroring handlers/mentorship: ``intake``, ``matching``,
``weeks`` and ``outcomes``."""
