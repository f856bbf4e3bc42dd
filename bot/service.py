"""Wiring: settings → embedder → index → :class:`Answerer`, shared by every front end."""

from __future__ import annotations

import logging

from bot.answering import Answerer
from bot.embedder import Embedder
from bot.index import load
from bot.settings import Settings

log = logging.getLogger(__name__)


def open_answerer(settings: Settings, embedder: Embedder | None = None) -> Answerer:
    """Load the index named by ``settings`` and return an answerer over it.

    Raises :class:`~bot.errors.IndexUnusable` (one clear line) when the index is missing,
    stale, corrupt or built with another model.
    """
    index = load(
        settings.index_dir,
        model_name=settings.model_name,
        seeds_dir=settings.seeds_dir,
        allow_stale=settings.allow_stale_index,
    )
    for warning in index.warnings:
        log.warning("%s", warning)
    return Answerer(
        index,
        embedder or Embedder(settings.model_name),
        quotes_per_answer=settings.quotes_per_answer,
        abstain_threshold=settings.abstain_threshold,
        tentative_below=settings.tentative_below,
        max_question_chars=settings.max_question_chars,
    )
