"""Composition root and channel adapters: the only package that imports telegram or twilio."""
