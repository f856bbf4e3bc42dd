"""The small exception types the bot raises on purpose.

Each carries a message that is already fit to show a user on one line; front ends print
``str(error)`` and never a traceback.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: an expected failure with a one-line, user-facing message."""


class SettingsError(BriefingError):
    """A setting has an invalid value."""


class IndexUnusable(BriefingError):
    """The index cannot be used (base for the index errors below)."""


class IndexMissing(IndexUnusable):
    """There is no built index where the settings point."""


class IndexStale(IndexUnusable):
    """The seeds changed since the index was built."""


class IndexCorrupt(IndexUnusable):
    """The index files are truncated, unreadable or inconsistent."""


class IndexModelMismatch(IndexUnusable):
    """The index was built with another embedding model or dimension."""


class SeedError(BriefingError):
    """A briefing file cannot be parsed."""


class BadQuestion(BriefingError):
    """The question is empty, too long or otherwise unusable."""
