"""Conversations and domain rules: plain values in, plain values out, no channel libraries."""
