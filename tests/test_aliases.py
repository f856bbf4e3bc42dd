"""Other names of the countries a briefing mentions (bot/aliases.py)."""

from __future__ import annotations

import pytest

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
    # a government is not the country: "How did the Kremlin react?" is left as asked
    assert aliases.rewrite("How did the Kremlin react?") == "How did the Kremlin react?"


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


def test_a_space_stations_epithets_become_space_station() -> None:
    aliases = Aliases(["Both sides want to keep the International Space Station flying."])
    assert aliases.rewrite("Will the orbiting lab fly on?") == "Will the space station fly on?"
    assert aliases.rewrite("the Orbital Outpost's future") == "the space station's future"
    assert aliases.rewrite("space laboratory") == "space station"
    assert aliases.rewrite("how many orbiting labs are there") == "how many orbiting labs are there"
    # a briefing about no space station, or one that uses the epithet itself: left alone
    assert Aliases([BRIEFING]).rewrite("the orbiting lab") == "the orbiting lab"
    own = Aliases(["The space station, an orbiting laboratory, flies on."])
    assert own.rewrite("the orbiting laboratory") == "the orbiting laboratory"


def test_an_orbiting_lab_question_finds_the_stations_sentence(answerer: Answerer) -> None:
    """Read as it is written, "the orbiting outpost" was nearest a sentence about cooperation
    "in orbit", not the one about the station's end."""
    answer = answerer.answer("What is the end-of-life plan for the orbiting outpost?")
    assert answer.answered, answer.reason
    assert "deorbiting and safe disposal" in answer.quotes[0].text


def test_midweek_is_wednesday_in_a_briefing_that_names_the_day() -> None:
    aliases = Aliases(["Duffy will visit Cape Canaveral on Wednesday."])
    assert aliases.rewrite("where is duffy going midweek") == "where is duffy going Wednesday"
    assert aliases.rewrite("What is he doing in the middle of the week?") == (
        "What is he doing on Wednesday?"
    )
    assert Aliases([BRIEFING]).rewrite("midweek") == "midweek"


def test_an_organisation_described_as_the_briefing_introduces_it_is_read_with_its_name() -> None:
    aliases = Aliases(
        [
            "Duffy will hold talks with Russian space agency Roscosmos this week.",
            "According to Russian news agency TASS, the topics are set.",
        ]
    )
    assert aliases.rewrite("Who runs the Russian space agency?") == (
        "Who runs the Russian space agency Roscosmos?"
    )
    assert aliases.rewrite("who heads russia's space agency") == (
        "who heads russia's space agency Roscosmos"
    )
    assert aliases.rewrite("What did the Russian news agency report?") == (
        "What did the Russian news agency TASS report?"
    )
    unchanged = [
        "Who leads the space agency?",  # without "Russian" it may be NASA
        "What did the Russian agency say?",  # Roscosmos or TASS
        "Which Russian news agency reported it?",  # its name is what is asked for
        "Who runs the Russian space agency Roscosmos?",  # named already
    ]
    for question in unchanged:
        assert aliases.rewrite(question) == question


def test_who_runs_the_agency_described_is_its_current_head(answerer: Answerer) -> None:
    answer = answerer.answer("Who is presently in charge of the Russian space agency?")
    assert "Dmitry Bakanov, the current head of Roscosmos" in answer.quotes[0].text
    answer = answerer.answer("Who runs Russia's space agency?")
    assert "Dmitry Bakanov, the current head of Roscosmos" in answer.quotes[0].text


def test_a_name_the_briefing_abbreviates_gets_its_acronym_beside_it() -> None:
    """Most sentences say "ISS", which the encoder reads as unrelated letters: a question
    with the name, or its last words, gets the acronym so that it meets both forms."""
    aliases = Aliases(["Cooperation on the International Space Station (ISS) goes on."])
    assert aliases.rewrite("What will become of the space station?") == (
        "What will become of the space station (ISS)?"
    )
    assert aliases.rewrite("Who uses the International Space Station?") == (
        "Who uses the International Space Station (ISS)?"
    )
    assert aliases.rewrite("What is the ISS?") == "What is the ISS?"  # has it already
    # no acronym defined: nothing added
    assert Aliases(["The ISS flies on."]).rewrite("the space station") == "the space station"


def test_a_question_about_the_station_finds_the_sentences_that_say_iss(
    answerer: Answerer,
) -> None:
    answer = answerer.answer("What will become of the orbiting laboratory once it is retired?")
    assert "safe disposal in the ocean" in answer.quotes[0].text


def test_the_regions_of_the_countries_mentioned_are_known() -> None:
    aliases = Aliases([BRIEFING])
    assert {"eastern", "europe"} <= aliases.region_words  # Russia's and Ukraine's
    assert "asia" not in aliases.region_words


def test_a_country_name_ending_a_longer_name_is_left_alone() -> None:
    aliases = Aliases(["Talks between the US and Russia went on."])
    assert aliases.rewrite("Is South America in it?") == "Is South America in it?"
    assert aliases.rewrite("Is America in it?") == "Is US in it?"


def test_a_region_of_a_country_the_briefing_names_is_no_unknown_name(answerer: Answerer) -> None:
    question = "What did the acting chief say about the war in Eastern Europe?"
    answer = answerer.answer(question)
    assert answer.answered, answer.reason
    assert "wild disagreement with the Russians on Ukraine" in answer.quotes[0].text


def test_a_description_may_add_a_rank_or_call_the_body_otherwise() -> None:
    """ "Russia's national space agency" and "Moscow's state space corporation" are the
    briefing's "Russian space agency Roscosmos"."""
    aliases = Aliases(
        ["Duffy will hold talks with Russian space agency Roscosmos on Russia and the US."]
    )
    assert aliases.rewrite("Who leads Russia's national space agency?") == (
        "Who leads Russia's national space agency Roscosmos?"
    )
    assert aliases.rewrite("Who leads Moscow's state space corporation?") == (
        "Who leads Russia's state space corporation Roscosmos?"
    )
    assert aliases.rewrite("Who leads the national space agency?") == (
        "Who leads the national space agency?"  # no country: it may be NASA
    )


def test_a_national_space_agency_the_briefing_names_is_known_by_its_description() -> None:
    """The briefing names NASA but never calls it "the American space agency", as news
    and users do; an agency it never names is not added."""
    aliases = Aliases(["NASA met Roscosmos, the US and Russia agreed."])
    assert aliases.rewrite("Who runs America's civilian space program?") == (
        "Who runs US's civilian space program NASA?"
    )
    assert aliases.rewrite("Who runs the Japanese space agency?") == (
        "Who runs the Japanese space agency?"
    )


def test_the_american_space_agency_is_nasa(answerer: Answerer) -> None:
    answer = answerer.answer("Who is temporarily in charge of the US civil space program?")
    assert answer.quotes[0].text.startswith("NASA interim leader, U.S. Transportation Secretary")


def test_a_nickname_or_a_founders_company_is_the_name_the_briefing_uses() -> None:
    aliases = Aliases(["Duffy will watch the SpaceX launch at Cape Canaveral, Florida."])
    assert aliases.rewrite("Which spaceport in the Sunshine State will he visit?") == (
        "Which spaceport in Florida will he visit?"
    )
    assert aliases.rewrite("Which flight by Elon Musk's rocket company will he watch?") == (
        "Which flight by SpaceX will he watch?"
    )
    # a company the briefing never names stays as asked, for the unknown-name check
    assert aliases.rewrite("Will Jeff Bezos's company fly?") == "Will Jeff Bezos's company fly?"
    assert aliases.rewrite("When is he on the Space Coast?") == "When is he on Cape Canaveral?"


def test_a_programmes_and_a_stations_other_names_are_the_briefings() -> None:
    aliases = Aliases(["Talks cover the cross-flight program and the ISS."])
    assert aliases.rewrite("Is the crew seat-swap deal on the agenda?") == (
        "Is the cross-flight program on the agenda?"
    )
    assert aliases.rewrite("what about the seat swaps") == "what about the cross-flight program"
    assert aliases.rewrite("Is the MKS still flying?") == "Is the ISS still flying?"
    # … only where the briefing has the name
    assert Aliases([BRIEFING]).rewrite("the seat swap") == "the seat swap"


def test_the_kremlins_space_body_is_the_russian_agency_the_briefing_names() -> None:
    aliases = Aliases(["Duffy will hold direct talks with Russian space agency Roscosmos."])
    assert "Roscosmos" in aliases.rewrite("What talks with the Kremlin's space body will he hold?")
    # the Kremlin as such is Russia's government, which the briefing never names
    assert aliases.rewrite("How did the Kremlin react?") == "How did the Kremlin react?"


def test_the_country_of_a_launch_site_the_briefing_names_is_known() -> None:
    assert "kazakh" in Aliases(["They met at the Baikonur Cosmodrome."]).site_countries
    assert "kazakh" not in Aliases(["They met at Cape Canaveral."]).site_countries


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Which spaceport in the Sunshine State will the acting chief visit?", "Cape Canaveral"),
        ("Which crewed flight by Elon Musk's company will Duffy watch?", "SpaceX Crew-11"),
        ("At which site on the Kazakh steppe did the 2018 meeting happen?", "Baikonur"),
        ("On which weekday will he travel to the Space Coast?", "on Wednesday"),
        ("What crew seat-swap arrangement is on the agenda?", "cross-flight program"),
        ("so mks still the one thing where usa and russia work together?", "rare point of"),
    ],
)
def test_world_knowledge_paraphrases_find_their_sentence(
    answerer: Answerer, question: str, quoted: str
) -> None:
    answer = answerer.answer(question)
    assert answer.answered, answer.reason
    assert quoted in answer.quotes[0].text


def test_a_founders_company_the_briefing_never_names_is_unknown(answerer: Answerer) -> None:
    answer = answerer.answer("Which flight by Jeff Bezos's company will Duffy watch?")
    assert not answer.answered
    assert answer.reason == "“Jeff Bezos's” appears nowhere in the briefing."


def test_the_outpost_is_the_space_station_the_briefing_is_about() -> None:
    aliases = Aliases(["The International Space Station is ageing."])
    assert aliases.rewrite("Could the outpost's life be prolonged?") == (
        "Could the space station's life be prolonged?"
    )
    assert Aliases(["A border outpost."]).rewrite("Where is the outpost?") == (
        "Where is the outpost?"
    )


def test_a_counterpart_is_the_other_countrys_organisation_of_that_kind() -> None:
    aliases = Aliases(["NASA will meet Russian space agency Roscosmos; the US and Russia."])
    assert aliases.rewrite("Who leads Moscow's counterpart to the American space agency?") == (
        "Who leads Roscosmos?"
    )
    assert aliases.rewrite("Who heads NASA's Russian counterpart?") == "Who heads Roscosmos?"
    # asked for by name: left as asked
    asked = "What is the Russian equivalent of NASA called?"
    assert aliases.rewrite(asked) == asked
    # a country with no such organisation in the briefing
    assert aliases.rewrite("Who runs the Chinese counterpart to NASA?") == (
        "Who runs the Chinese counterpart to NASA?"
    )


def test_a_post_described_as_the_briefing_introduces_an_organisation_is_its_post() -> None:
    """ "the Russian space boss" is the boss of "Russian space agency Roscosmos"; the
    country's word alone ("the Russian leader") describes no organisation's post."""
    aliases = Aliases(
        [
            "Duffy will hold talks with Russian space agency Roscosmos this week.",
            "According to Russian news agency TASS, Russia has set the talks.",
        ]
    )
    assert aliases.rewrite("who's the Russian space boss?") == (
        "who's the Russian space boss of Roscosmos?"
    )
    assert aliases.rewrite("Who is Russia's national space chief?") == (
        "Who is Russia's national space chief of Roscosmos?"
    )
    assert (
        aliases.rewrite("Who is the Russian news chief?")
        == "Who is the Russian news chief of TASS?"
    )
    for unchanged in (
        "who is the Russian leader?",  # Roscosmos's or TASS's, or the country's
        "Who met the American and Russian space chiefs?",  # two posts
        "Who is the Russian space chief of Roscosmos?",  # named already
    ):
        assert aliases.rewrite(unchanged) == unchanged


def test_who_the_russian_space_boss_is_their_head(answerer: Answerer) -> None:
    """Read as the boss of Russia, this was refused: nothing says who heads Russia."""
    answer = answerer.answer("who's the russian space boss duffy's sitting down w/?")
    assert answer.answered, answer.reason
    assert "Dmitry Bakanov, the current head of Roscosmos" in answer.quotes[0].text


def test_a_place_typed_with_a_slip_is_read_as_that_place() -> None:
    """ "Moscw" or "Msocow" is Moscow, so Russia; "Americna" is American (one slip from
    "America" too, the same country); "Earht" is Earth. A name one slip from no place, or
    from two ("Frances": a name of its own), stays as typed."""
    aliases = Aliases([BRIEFING])
    assert aliases.rewrite("talks with Moscw") == "talks with Russia"
    assert aliases.rewrite("between Washignton and Msocow") == "between US and Russia"
    assert aliases.rewrite("Who leads Mescow's agency?") == "Who leads Russia's agency?"
    assert aliases.rewrite("the Americna side") == "the US side"
    assert aliases.rewrite("above the Earht") == "above the Earth"
    for kept in ("Frances Arnold spoke", "Is there water on Marss?", "Who is Jupitr?"):
        assert aliases.rewrite(kept) == kept
    # a word the briefing writes is never respelt, however near a place's name
    assert Aliases(["Marta Lee met officials."]).rewrite("What did Marta say?") == (
        "What did Marta say?"
    )
