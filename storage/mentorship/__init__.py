"""The stores of a mentorship's stages, mirroring handlers/mentorship: ``intake``, ``matching``,
``weeks`` and ``outcomes``, each implementing the store protocol of the stage of that name."""
