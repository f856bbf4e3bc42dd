"""Answers → Discord messages, within Discord's limits. No network here.

Limits (https://discord.com/developers/docs/resources/message): content 2,000; embed title
256, description 4,096, 25 fields, field value 1,024, footer 2,048, 6,000 in total, 10
embeds. A long quote is shortened at a sentence or word boundary with "…": shortened, never
altered. Echoed user text is escaped so it can neither format nor ping.
"""

from __future__ import annotations

import re

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.answering import Answer, Quote
from bot.formatting import attribution, not_covered, tentative_note
from bot.ingest import Corpus

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_LIMIT = 1024
FIELDS_LIMIT = 25
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
ELLIPSIS = "…"
# Each quote gets at most this much of the description, so three fit with room to spare.
QUOTE_BUDGET = 1200

COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_TENTATIVE = discord.Colour.gold()
COLOUR_NONE = discord.Colour.light_grey()

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s")


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a sentence or word boundary, plus "…".

    What is kept is always a prefix of ``text``: a shortened quote is never altered.
    """
    if len(text) <= limit:
        return text
    room = max(limit - len(ELLIPSIS), 0)
    head = text[:room]
    ends = [m.end() for m in _SENTENCE_END.finditer(head + " ")]
    if ends and ends[-1] >= room // 2:
        head = head[: ends[-1]]
    elif " " in head.strip():
        head = head[: head.rstrip().rfind(" ")]
    return head.rstrip() + ELLIPSIS


def escape_user_text(text: str) -> str:
    """User text echoed back: no formatting, and no working mentions."""
    return escape_mentions(escape_markdown(text))


def quote_block(quote: Quote, budget: int = QUOTE_BUDGET) -> str:
    """A quote as a Markdown block quote, then its attribution line."""
    line = f"— {escape_markdown(attribution(quote, with_source=False))}"
    room = max(budget - len(line) - 2 * (quote.text.count("\n") + 2), 40)
    text = escape_markdown(shorten(quote.text, room))
    quoted = "\n".join(f"> {part}" for part in text.splitlines())
    return f"{quoted}\n{line}"


def _question_title(question: str) -> str:
    return shorten(f"Q: {escape_user_text(question)}", TITLE_LIMIT)


def _footer(quotes: list[Quote]) -> str | None:
    sources = list(dict.fromkeys(q.document.source for q in quotes if q.document.source))
    return shorten(" · ".join(sources), FOOTER_LIMIT) if sources else None


def answer_embed(answer: Answer, quotes: list[Quote] | None = None) -> discord.Embed:
    """The answer as one embed: the question as title, each quote with its attribution; a
    tentative answer says first that these are only the closest passages."""
    quotes = answer.quotes if quotes is None else quotes
    blocks = [f"*{tentative_note(len(quotes))}*"] if answer.tentative else []
    used = sum(len(b) + 2 for b in blocks)
    for quote in quotes:
        block = quote_block(quote)
        if used + len(block) + 2 > DESCRIPTION_LIMIT:
            break
        blocks.append(block)
        used += len(block) + 2
    embed = discord.Embed(
        title=_question_title(answer.question),
        description="\n\n".join(blocks),
        colour=COLOUR_TENTATIVE if answer.tentative else COLOUR_ANSWER,
    )
    footer = _footer(quotes)
    if footer:
        embed.set_footer(text=footer)
    return embed


def not_covered_embed(answer: Answer, corpus: Corpus) -> discord.Embed:
    """A plain "not covered" and why, with what the briefings do cover so the user can ask
    again."""
    # The reason may echo the user's words ("“Jupiter” appears nowhere …"): escaped.
    lines = [escape_user_text(line) for line in not_covered(answer)] + ["", "It covers:"]
    for document in corpus.documents:
        line = f"• **{escape_markdown(document.title)}**"
        if document.sections:
            line += " — " + "; ".join(escape_markdown(s) for s in document.sections)
        lines.append(line)
    return discord.Embed(
        title=_question_title(answer.question),
        description=shorten("\n".join(lines), DESCRIPTION_LIMIT),
        colour=COLOUR_NONE,
    )


def briefing_embed(corpus: Corpus) -> discord.Embed:
    """What the bot knows: each document's title, source, date, sections, passages."""
    embed = discord.Embed(title="What I can answer about", colour=COLOUR_ANSWER)
    for document in corpus.documents[:FIELDS_LIMIT]:
        passages = sum(1 for p in corpus.passages if p.doc_id == document.doc_id)
        lines = []
        if document.source:
            lines.append(f"Source: {escape_markdown(document.source)}")
        if document.date:
            lines.append(f"Date: {escape_markdown(document.date)}")
        if document.sections:
            lines.append("Sections: " + "; ".join(escape_markdown(s) for s in document.sections))
        lines.append(f"{passages} passages · `{escape_markdown(document.doc_id)}`")
        embed.add_field(
            name=shorten(document.title, TITLE_LIMIT),
            value=shorten("\n".join(lines), FIELD_LIMIT),
            inline=False,
        )
    if len(corpus.documents) > FIELDS_LIMIT:
        embed.set_footer(text=f"and {len(corpus.documents) - FIELDS_LIMIT} more briefings")
    return embed


def help_embed(bot_mention: str) -> discord.Embed:
    """How to use the bot."""
    text = (
        "I answer questions about the briefing by quoting it word for word, with who said it, "
        "which document and which paragraph. If the briefing does not cover something, I say "
        "so.\n\n"
        "**/ask** `question` — ask; add `private: True` to see the answer alone; "
        "`briefing:` limits the search to one document.\n"
        "**/briefing** — what I know about.\n"
        "**/quotes** `who` — everything a person is quoted as saying.\n"
        f"**Direct messages** — just send me your question.\n"
        f"**Mentions** — write {bot_mention} and your question in a channel.\n\n"
        "Under an answer: **More passages** shows further quotes; 👍/👎 tell us how we did."
    )
    return discord.Embed(title="How to use me", description=text, colour=COLOUR_ANSWER)


def quotes_embed(speaker: str, quotes: list[Quote]) -> discord.Embed:
    """Every quote by one speaker, in document order, as fields."""
    embed = discord.Embed(title=shorten(f"Quotes by {speaker}", TITLE_LIMIT), colour=COLOUR_ANSWER)
    total = len(embed.title or "")
    for number, quote in enumerate(quotes[:FIELDS_LIMIT], 1):
        value = quote_block(quote, FIELD_LIMIT)
        name = f"{number}."
        if total + len(name) + len(value) > EMBED_TOTAL_LIMIT - 100:
            embed.set_footer(text=f"{len(quotes) - number + 1} more not shown")
            break
        embed.add_field(name=name, value=value, inline=False)
        total += len(name) + len(value)
    return embed
