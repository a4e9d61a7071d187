"""Timing: APScheduler 3 wakes periodic work; the database decides what is due."""
