"""The terminal front end (bot/console.py) and the shared attribution lines (formatting)."""

from __future__ import annotations

import pytest

from bot.answering import Answer, Answerer
from bot.console import render
from bot.formatting import NOT_COVERED, attribution, coverage

TITLE = "NASA Interim Head Seeks Cooperation with Russia on Space Despite Broader Tensions"
BRIDGE = "International Space Station Remains a Bridge"
TALKS = "Talks to Address ISS Lifespan and Future Deorbiting"


@pytest.fixture(scope="module")
def duffy_answer(answerer: Answerer) -> Answer:
    return answerer.answer("What did Duffy say about his job at NASA being temporary?", limit=1)


def test_render_of_an_answer(answerer: Answerer, duffy_answer: Answer) -> None:
    text = render(duffy_answer, answerer.index.corpus)
    quote_line, attribution_line = text.splitlines()
    assert quote_line == f"> {duffy_answer.quotes[0].text}"
    assert "This is a temporary assignment for me" in quote_line
    assert attribution_line == (
        f"— Sean Duffy, in “{TITLE}”, {BRIDGE}, ¶5 (with inputs from Reuters)"
    )


def test_render_of_a_tentative_answer(answerer: Answerer, duffy_answer: Answer) -> None:
    tentative = duffy_answer.model_copy(update={"tentative": True})
    lines = render(tentative, answerer.index.corpus).splitlines()
    assert lines[0] == "The briefing may not answer this directly. The closest passage:"
    assert lines[2] == f"> {duffy_answer.quotes[0].text}"


def test_render_of_several_quotes(answerer: Answerer) -> None:
    answer = answerer.answer("When will Duffy go to Florida?", limit=3, strict=False)
    text = render(answer, answerer.index.corpus)
    blocks = text.split("\n\n")
    assert len(blocks) == len(answer.quotes) == 3
    for block, quote in zip(blocks, answer.quotes, strict=True):
        lines = block.splitlines()
        assert lines[0] == f"> {quote.text}"
        assert lines[1].startswith("— ") and f"¶{quote.paragraph}" in lines[1]
        assert f"“{TITLE}”" in lines[1] and lines[1].endswith("(with inputs from Reuters)")


def test_render_names_the_reporting_agency(answerer: Answerer) -> None:
    answer = answerer.answer("What did the Russian news agency report about the agenda?", limit=1)
    text = render(answer, answerer.index.corpus)
    assert text.splitlines()[-1] == (
        f"— “{TITLE}”, {TALKS}, ¶7 (according to Russian news agency TASS; "
        "with inputs from Reuters)"
    )


def test_render_of_a_multi_line_paragraph_quotes_every_line(multi_answerer: Answerer) -> None:
    corpus = multi_answerer.index.corpus
    answer = multi_answerer.answer(
        "Who commands the Crew-11 mission?", documents={"crew-11-launch.md"}, limit=1
    )
    assert answer.answered
    text = render(answer, corpus)
    quote_lines = [line for line in text.splitlines() if not line.startswith("— ")]
    assert quote_lines and all(line.startswith("> ") for line in quote_lines)
    assert "(Space Coast Dispatch (fictional test briefing))" in text


def test_render_of_an_abstention(answerer: Answerer) -> None:
    answer = answerer.answer("What is the capital of Australia?")
    assert not answer.answered
    text = render(answer, answerer.index.corpus)
    assert text.splitlines()[0] == NOT_COVERED
    assert text.splitlines()[1] == answer.reason  # then why
    assert "Australia" in text.splitlines()[1]
    assert ">" not in text
    assert f"“{TITLE}” — sections: {BRIDGE}; {TALKS}" in text


def test_abstention_lists_every_briefing(multi_answerer: Answerer) -> None:
    text = render(Answer(question="q", answered=False), multi_answerer.index.corpus)
    assert len(coverage(multi_answerer.index.corpus)) == 3
    for line in coverage(multi_answerer.index.corpus):
        assert f"  {line}" in text
    assert "Commercial Stations; Russian Partnership" in text


def test_attribution_without_source(duffy_answer: Answer) -> None:
    line = attribution(duffy_answer.quotes[0], with_source=False)
    assert line == f"Sean Duffy, in “{TITLE}”, {BRIDGE}, ¶5"
