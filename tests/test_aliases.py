"""Other names of the countries a briefing mentions (bot/aliases.py)."""

from __future__ import annotations

from bot.aliases import Aliases, country_names, country_words
from bot.answering import Answerer

BRIEFING = "Talks between the US and Russia went on despite the war in Ukraine."


def test_capitals_and_demonyms_become_the_briefings_own_names() -> None:
    aliases = Aliases([BRIEFING])
    assert aliases.rewrite("Do Washington and Moscow still talk?") == "Do US and Russia still talk?"
    assert aliases.rewrite("What did the American official say?") == "What did the US official say?"
    assert aliases.rewrite("Who wants peace in Kyiv?") == "Who wants peace in Ukraine?"
    # the longest name wins
    assert aliases.rewrite("the United States of America") == "the US"


def test_only_countries_the_briefing_mentions_and_only_names_it_does_not_use() -> None:
    aliases = Aliases([BRIEFING, "A summit in Moscow is planned."])
    assert aliases.rewrite("Is Moscow the venue?") == "Is Moscow the venue?"  # its own word
    assert aliases.rewrite("What does Beijing think?") == "What does Beijing think?"  # not in it
    # lower case may be another word ("us", "china"): left alone
    assert aliases.rewrite("tell us about washington") == "tell us about washington"


def test_every_country_has_its_own_name_first() -> None:
    groups = {names[0]: names for names in country_names()}
    assert {"Washington", "American", "America", "USA"} <= set(groups["United States"])
    assert "Moscow" in groups["Russia"]
    assert len(groups) > 200


def test_a_question_naming_washington_and_moscow_is_answered(answerer: Answerer) -> None:
    """Without the aliases the briefing "never mentions Washington" and this was refused."""
    answer = answerer.answer("Is Washington still working with Moscow in orbit?")
    assert answer.answered, answer.reason
    assert answerer.retriever.retrieve("Why do Washington and Moscow talk?").unknown_term is None


def test_country_words_name_countries_not_codes() -> None:
    words = country_words()
    assert {"russia", "russian", "russians", "kazakhstan", "us", "america"} <= words
    # "AND" (Andorra) and "CAN" (Canada) are codes; "Island" an old name of Iceland's
    assert not {"and", "can", "island", "moscow"} & words
