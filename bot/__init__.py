"""briefing-bot: answers questions about a briefing by quoting it verbatim, with attribution.

Data flows one way: seeds → index → answers → front ends (console, Discord).
"""

from __future__ import annotations

__version__ = "0.1.0"
