"""Answers rendered for Discord (bot/discord_render.py): limits, shortening, escaping."""

from __future__ import annotations

import discord
import pytest

from bot import discord_render as render
from bot.answering import Answer, DocumentRef, Quote
from bot.documents import Document
from bot.ingest import Corpus

LONG_QUOTE = " ".join(
    f"Sentence number {i} says something rather long about the station." for i in range(120)
)


def quote(text: str, **extra: object) -> Quote:
    values: dict[str, object] = {
        "text": text,
        "document": DocumentRef(title="T" * 300, source="with inputs from Reuters", path="x.txt"),
        "section": "A section",
        "paragraph": 4,
        "speaker": "Sean Duffy",
        "score": 1.0,
        "passage_id": 0,
        "start": 0,
        "end": len(text),
    }
    values.update(extra)
    return Quote(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("limit", [1, 20, 57, 100, 1000])
def test_shorten_keeps_a_prefix_and_the_limit(limit: int) -> None:
    short = render.shorten(LONG_QUOTE, limit)
    assert len(short) <= max(limit, 1)
    assert short.endswith(render.ELLIPSIS)
    assert LONG_QUOTE.startswith(short.removesuffix(render.ELLIPSIS))


def test_shorten_prefers_a_sentence_then_a_word_boundary() -> None:
    text = "The first sentence is here. The second one is considerably longer than the first."
    assert render.shorten(text, 40) == "The first sentence is here.…"
    words = "alpha beta gamma delta epsilon zeta eta theta"
    assert render.shorten(words, 20) == "alpha beta gamma…"
    assert render.shorten("short", 20) == "short"


def test_a_huge_answer_fits_every_embed_limit() -> None:
    answer = Answer(
        question="@everyone " + "why " * 400,
        answered=True,
        quotes=[quote(LONG_QUOTE), quote(LONG_QUOTE, speaker=None), quote(LONG_QUOTE)],
    )
    embed = render.answer_embed(answer)
    assert len(embed.title or "") <= render.TITLE_LIMIT
    assert len(embed.description or "") <= render.DESCRIPTION_LIMIT
    assert len(embed) <= render.EMBED_TOTAL_LIMIT
    assert "@everyone" not in (embed.title or "")  # escaped: cannot ping
    first = (embed.description or "").split("\n")[0].removeprefix("> ")
    kept = discord.utils.remove_markdown(first).removesuffix(render.ELLIPSIS)
    assert LONG_QUOTE.startswith(kept)  # shortened, never altered


def test_quote_block_carries_the_attribution_and_escapes_markdown() -> None:
    block = render.quote_block(quote("A *starred* claim_with_underscores."))
    lines = block.splitlines()
    assert lines[0] == r"> A \*starred\* claim\_with\_underscores."
    assert lines[1].startswith("— Sean Duffy, in “")
    assert "A section, ¶4" in lines[1]
    assert "Reuters" not in block  # the credit goes in the footer


def test_a_heading_quote_is_attributed_as_one() -> None:
    """A section heading is the quote: attributed as "section heading", with no ¶ number."""
    block = render.quote_block(
        quote("Talks to Address ISS Lifespan", speaker=None, heading="section heading")
    )
    assert block.splitlines()[1].endswith(", section heading")
    assert "¶" not in block


def test_a_tentative_answer_says_so_first() -> None:
    sure = Answer(question="q", answered=True, quotes=[quote("a."), quote("b.")])
    tentative = sure.model_copy(update={"tentative": True})
    description = render.answer_embed(tentative).description or ""
    assert description.startswith(
        "*The briefing may not answer this directly. The closest passages:*\n\n> a."
    )
    assert render.answer_embed(tentative).colour == render.COLOUR_TENTATIVE
    assert (render.answer_embed(sure).description or "").startswith("> a.")


def test_footer_names_each_source_once() -> None:
    answer = Answer(question="q", answered=True, quotes=[quote("a."), quote("b.")])
    embed = render.answer_embed(answer)
    assert embed.footer.text == "with inputs from Reuters"


def test_briefing_embed_keeps_to_25_fields() -> None:
    corpus = Corpus(
        documents=[
            Document(
                doc_id=f"d{i}.txt",
                path=f"seeds/d{i}.txt",
                title=f"Doc {i}",
                sections=("One", "Two"),
            )
            for i in range(30)
        ]
    )
    embed = render.briefing_embed(corpus)
    assert len(embed.fields) == render.FIELDS_LIMIT
    assert embed.footer.text == "and 5 more briefings"
    assert all(len(f.value or "") <= render.FIELD_LIMIT for f in embed.fields)


def test_quotes_embed_stays_within_the_total() -> None:
    embed = render.quotes_embed("Sean Duffy", [quote(LONG_QUOTE) for _ in range(30)])
    assert len(embed.fields) <= render.FIELDS_LIMIT
    assert len(embed) <= render.EMBED_TOTAL_LIMIT
    assert all(len(f.value or "") <= render.FIELD_LIMIT for f in embed.fields)


def test_escape_user_text_neutralises_mentions_and_markdown() -> None:
    escaped = render.escape_user_text("@everyone **bold** <@&123>")
    assert "@everyone" not in escaped and "**" not in escaped
