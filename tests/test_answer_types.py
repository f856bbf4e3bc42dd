"""What a question asks for (bot/answer_types.py) and which sentences can supply it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answer_types import (
    AnswerType,
    answer_type,
    asked_relation,
    asked_role,
    asked_thing,
    asks_of_gone_by,
    fits,
    out_of_time,
    profile,
    supplies,
    surnames_in,
    time_frame,
    told_far,
    told_of,
    wanted,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who ran Roscosmos back then?", AnswerType.PERSON),
        ("so who's the boss", AnswerType.PERSON),
        ("Which astronauts fly?", AnswerType.PERSON),
        ("Which Russian official will he meet?", AnswerType.PERSON),
        ("Which former boss of the Russian agency took part?", AnswerType.PERSON),
        ("What Roscosmos chief told about the topics?", AnswerType.AGENDA),
        # chat's idiom for the agenda
        ("what's on the menu for the talks", AnswerType.AGENDA),
        ("Which cabinet member runs NASA?", AnswerType.PERSON),
        # a question after a dash, and the point asked with an adjective
        ("On the Russian side — who will he meet?", AnswerType.PERSON),
        ("so what's the real point of these talks", AnswerType.GOAL),
        ("whats the big picture point of it all", AnswerType.GOAL),
        # whether something was said, of talks still to come: what they will discuss
        ("Did Roscosmos say what they want to discuss?", AnswerType.AGENDA),
        # … or after what was said
        ("what did roscosmos say theyll discuss", AnswerType.AGENDA),
        ("What did Bakanov say they will talk about?", AnswerType.AGENDA),
        # … not of a meeting gone by, whose talk only a sentence that tells of it answers
        ("What did they discuss in 2018?", AnswerType.EVENT),
        # how the story tells of something, in a French speaker's order
        ("How the article characterises the upcoming talks?", AnswerType.DESCRIPTION),
        ("How the report characterised the talks?", AnswerType.DESCRIPTION),
        # what is to be gained by the talks, not what they will discuss
        ("What does he hope to achieve by discussing the station?", AnswerType.GOAL),
        ("Which goals are on the agenda?", AnswerType.AGENDA),
        # the words someone used: a "how much" in them asks for no number
        ("What word did he use to describe how much they disagree?", None),
        ("what even is the ISS?", AnswerType.DEFINITION),
        ("Which two agency bosses will sit down?", AnswerType.PERSON),
        ("How much did the station cost?", AnswerType.MONEY),
        ("What did Senator Ellison say?", None),
        ("When did they last meet?", AnswerType.DATE),
        ("In what year was it?", AnswerType.DATE),
        ("where'd that happen", AnswerType.PLACE),
        ("Which city hosted the meeting?", AnswerType.PLACE),
        ("Which launch site hosted the summit?", AnswerType.PLACE),
        ("What is the exact location of the 2018 meeting?", AnswerType.PLACE),
        ("On which weekday will he travel?", AnswerType.DATE),
        ("How many moons does Jupiter have?", AnswerType.NUMBER),
        ("How fast does the station travel?", AnswerType.NUMBER),
        ("What percentage of the budget goes to the station?", AnswerType.NUMBER),
        ("How long ago did they meet?", AnswerType.DATE),
        ("How long will the crew stay aboard?", AnswerType.DURATION),
        ("how long has it been since they met", AnswerType.DURATION),
        ("How much did the launch cost?", AnswerType.MONEY),
        ("What is the altitude of the ISS?", AnswerType.NUMBER),
        ("What's the ISS's orbital speed?", AnswerType.NUMBER),
        ("What is the budget of NASA?", AnswerType.MONEY),
        ("What is the state of the talks?", None),  # not a measure
        ("What price did NASA pay per seat?", AnswerType.MONEY),
        ("What subjects are on the agenda?", AnswerType.AGENDA),  # not people
        ("Which news agency reported the topics?", AnswerType.SOURCE),
        ("What outlet is the source for the agenda?", AnswerType.SOURCE),
        ("Which agency will Duffy talk to?", None),  # an agency, but not as a source
        ("How are the talks characterised in the report?", AnswerType.DESCRIPTION),
        ("Is the visit seen as a gesture?", AnswerType.DESCRIPTION),
        ("is this meeting some huge diplomatic breakthrough or nah", AnswerType.DESCRIPTION),
        ("What does the meeting signify?", AnswerType.DESCRIPTION),
        ("How big is the ISS?", AnswerType.NUMBER),
        ("how big a deal is this meeting", None),  # no measure
        ("How soon are the two chiefs expected to sit down?", AnswerType.DATE),
        # "when its time comes" asks no time
        (
            "Will they discuss how the station is got rid of, when its time comes?",
            AnswerType.AGENDA,
        ),
        ("and when does duffy visit?", AnswerType.DATE),
        # the name of a man is a person; a state's outlet is no state
        ("what's the name of the Russian guy Duffy is meeting with", AnswerType.PERSON),
        ("whats the name of the station", None),
        ("Which state is Cape Canaveral in?", AnswerType.PLACE),
        ("Which Russian state outlet relayed the agenda?", AnswerType.AGENDA),
        ("2018 NASA Roscosmos meeting participants", AnswerType.PERSON),
        # a headline's last words, after a colon or a dash, say what it asks for
        ("Crew-11 Launch: Crew Members?", AnswerType.PERSON),
        ("Crew-11 Launch - Date", AnswerType.DATE),
        ("Cross-Flight Program: Number of Seat Swaps Planned", AnswerType.NUMBER),
        ("ISS Deorbit Vehicle - Contractor and Cost", AnswerType.MONEY),
        ("ISS deorbit vehicle cost", AnswerType.MONEY),
        ("Duffy Roscosmos talks aim", AnswerType.GOAL),
        ("so they're meeting this week?? what for", AnswerType.GOAL),
        ("duffy is meeting bakanov, what's it all for", AnswerType.GOAL),
        ("was bakanov running roscosmos in 2018 or was that someone else", AnswerType.PERSON),
        # a clause that sets the scene asks nothing
        ("When they met in 2018, who ran NASA?", AnswerType.PERSON),
        ("After the launch, where will Duffy go?", AnswerType.PLACE),
        ("How did Duffy describe the ties?", None),  # his words, not a description type
        ("Who is Sean Duffy?", AnswerType.DEFINITION),  # what he is, not another person
        ("who's Bridenstine", AnswerType.DEFINITION),
        ("who is jim bridenstine", AnswerType.DEFINITION),
        ("What is Roscosmos?", AnswerType.DEFINITION),
        ("whats crew-11", AnswerType.DEFINITION),
        ("Who is NASA's interim leader?", AnswerType.PERSON),
        ("At what altitude does the ISS orbit Earth?", AnswerType.NUMBER),
        # the rocket only modifies what is asked for, a flight: no rocket is wanted
        ("Which crewed rocket flight will the acting administrator watch?", None),
        ("Which rocket launch will Duffy attend?", None),
        ("Which rocket liftoff will the official witness in Florida midweek?", None),
        ("Which rocket trip is Duffy going to go see?", None),
        # leaving a post, told of with a pronoun for the one named before
        ("What did Rogozin do after he left Roscosmos?", AnswerType.EVENT),
        # what came of a meeting, and what was talked of in a year gone by
        ("Give me the outcome of the meeting between Duffy and Bakanov.", AnswerType.EVENT),
        ("did that 2018 meeting actually produce any agreement", AnswerType.EVENT),
        ("What did Bridenstine and Rogozin talk about back in 2018?", AnswerType.EVENT),
        ("What results do they hope for?", None),
        # a boss asked for, after three words that say which
        ("Which former Russian space boss received the administrator?", AnswerType.PERSON),
        ("In which place the acting chief made his comments?", AnswerType.PLACE),
        # … unless that word is a verb with its object: a rocket is wanted
        ("What rocket launches the Crew-11 mission?", AnswerType.THING),
        ("who is the head of roscosmos", AnswerType.PERSON),
        ("who is leading nasa", AnswerType.PERSON),
        # the question after a question: "when" opens it, as at the start
        ("so he's meeting them in person? when's the last time that happened", AnswerType.DATE),
        ("ngl what's even the point of these talks", AnswerType.GOAL),
        ("whats the point tho", AnswerType.GOAL),  # not what a point is
        ("why's he even bothering to talk to them tbh", AnswerType.GOAL),
        ("ngl why is the us even talking to russia with the whole ukraine thing", AnswerType.GOAL),
        # a search box's question for what something is, or what an acronym stands for
        ("roscosmos what is it", AnswerType.DEFINITION),
        ("ISS stands for", AnswerType.DEFINITION),
        ("what does TASS stand for", AnswerType.DEFINITION),
        ("and what does that ISS thing stand for?", AnswerType.DEFINITION),
        ("What kind of body is Roscosmos, going by this write-up?", AnswerType.DEFINITION),
        ("2018 NASA Roscosmos meeting venue", AnswerType.PLACE),
        ("location of the 2018 meeting", AnswerType.PLACE),
        ("venue for the talks", AnswerType.PLACE),
        ("2018 meeting place", AnswerType.PLACE),
        ("Why haven't the two chiefs met in person since 2018?", AnswerType.EVENT),
        ("What's the timeframe for the sit-down?", AnswerType.DATE),
        # whether this is a first, which only a sentence that tells of one answers
        ("wait is this the first time the two bosses have met in ages??", AnswerType.EVENT),
        ("How did the Kremlin react to the talks?", AnswerType.EVENT),
        ("Why did the Russians walk away from the talks?", None),  # a cause, not a goal
        ("how's the article describe the talks, is it a big deal", AnswerType.DESCRIPTION),
        # how bold it is, asked as a choice or of someone
        ("Would you call this outreach bold or more on the careful side?", AnswerType.DESCRIPTION),
        ("does the article think this is some huge breakthrough?", AnswerType.DESCRIPTION),
        ("Is Duffy being super careful with the Russians?", AnswerType.DESCRIPTION),
        ("Name the man who presently leads Roscosmos.", AnswerType.PERSON),
        ("Which vehicle will push the ISS down into the ocean?", AnswerType.THING),
        ("which congressional committee was duffy talking to", AnswerType.THING),
        ("Duffy day job", AnswerType.DEFINITION),  # a search for his posts
        ("Sean Duffy interim NASA role", AnswerType.DEFINITION),
        ("Duffy real job", AnswerType.DEFINITION),
        ("Sean Duffy cabinet job besides NASA", AnswerType.DEFINITION),
        ("Whats Sean Duffy's regular job outside of NASA?", AnswerType.OFFICE),
        # a "which" noun after a compound word
        ("Which Cabinet-level official is serving as acting chief?", AnswerType.PERSON),
        ("In what setting did the interim chief voice his comments?", AnswerType.PLACE),
        ("Did Duffy and Bakanov agree to keep the ISS flying?", AnswerType.EVENT),
        ("Could they agree to keep the ISS flying?", None),  # whether they may, not did
        ("Explain what Bridenstine and Rogozin agreed on at Baikonur.", AnswerType.EVENT),
        # "how long" inside a clause asks no length of time
        ("Will prolonging how long the lab stays in service be on the table?", AnswerType.AGENDA),
        # why someone seeks the talks at all asks what they are after
        ("bruh why is duffy even trying to talk to the russians", AnswerType.GOAL),
        ("why does duffy even wanna talk to russia tbh", AnswerType.GOAL),
        ("why is the acting chief even meeting with the europeans", AnswerType.GOAL),
        ("Why is this sit down with the Russians a big deal?", None),
        # where the news of something comes from: who told it
        (
            "where's the info on the meeting agenda coming from, some russian outlet?",
            AnswerType.SOURCE,
        ),
        # what someone spends is an amount of money
        ("What does the article say NASA spends annually on the station?", AnswerType.MONEY),
    ],
)
def test_answer_type(question: str, kind: AnswerType | None) -> None:
    assert answer_type(question) is kind


def test_a_person_must_be_someone_the_question_does_not_name() -> None:
    sentence = "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos."
    assert supplies(AnswerType.PERSON, sentence, "Who will Duffy meet?")
    assert not supplies(AnswerType.PERSON, sentence, "Who is Dmitry Bakanov?")
    assert not supplies(AnswerType.PERSON, "The meeting was in October 2018.", "Who met?")
    # a name right after a preposition of place is a place
    assert not supplies(AnswerType.PERSON, "Duffy will visit Cape Canaveral, Florida.", "Who?")


@pytest.mark.parametrize(
    ("kind", "sentence", "expected"),
    [
        (AnswerType.DATE, "The last meeting was in October 2018.", True),
        (AnswerType.DATE, "He will visit Cape Canaveral on Wednesday.", True),
        (AnswerType.DATE, "Cooperation remains constant.", False),
        (AnswerType.PLACE, "That meeting took place at the Baikonur Cosmodrome.", True),
        (AnswerType.PLACE, "He watched from the roof of the Launch Control Center.", True),
        (AnswerType.PLACE, "It happened on Wednesday.", False),
        (AnswerType.NUMBER, "Four astronauts flew.", True),
        (AnswerType.NUMBER, "The crew flew.", False),
        # a year or the number in a name is no answer to "how many …?"
        (AnswerType.NUMBER, "They last met in October 2018.", False),
        (AnswerType.NUMBER, "Duffy will watch the Crew-11 launch.", False),
        (AnswerType.NUMBER, "It unites the two countries.", False),
        (AnswerType.NUMBER, "It unites two countries.", True),
        (AnswerType.NUMBER, "The station has hosted 270 people since 2000.", True),
    ],
)
def test_supplies(kind: AnswerType, sentence: str, expected: bool) -> None:
    assert supplies(kind, sentence, "a question") is expected


def test_a_surname_alone_names_someone_the_briefing_introduced() -> None:
    known = surnames_in(["Duffy will speak with Dmitry Bakanov, the current head of Roscosmos."])
    assert known == {"bakanov"}
    alone = "According to TASS, Bakanov confirmed the topics."
    assert profile(alone, known).surnames == ("bakanov",)
    assert profile(alone).surnames == ()  # a capitalised word alone is not a name
    # a known surname inside a full name is counted once
    assert profile("Then Dmitry Bakanov spoke.", known).surnames == ("bakanov",)


def test_a_description_says_what_something_amounts_to() -> None:
    question = "How is the trip described?"
    assert supplies(AnswerType.DESCRIPTION, "The trip represents a cautious step.", question)
    assert supplies(AnswerType.DESCRIPTION, "The station has remained a rare bridge.", question)
    assert not supplies(AnswerType.DESCRIPTION, "The trip will start on Monday.", question)
    # "This is a …" describes what "this" stands for, elsewhere
    assert not supplies(AnswerType.DESCRIPTION, "“This is a temporary assignment.”", question)
    # Only steered towards: a question asking for a description is still answered when
    # no sentence is worded as one.
    assert not AnswerType.DESCRIPTION.required
    assert AnswerType.PERSON.required


def test_institutions_and_places_are_not_people() -> None:
    sentences = [
        "They work on the International Space Station.",
        "He watched from the roof of the Launch Control Center with Commander Dana Whitfield.",
        "Lawmakers in the United States Congress asked questions.",
    ]
    assert surnames_in(sentences) == {"whitfield"}
    assert not supplies(AnswerType.PERSON, sentences[0], "Who works there?")


def test_how_many_years_is_answered_by_a_date() -> None:
    sentence = "They last met in October 2018."
    assert supplies(AnswerType.NUMBER, sentence, "How many years since they last met?")
    assert not supplies(AnswerType.NUMBER, sentence, "How many people met?")


def test_how_many_years_someone_served_is_no_date() -> None:
    """A year answers "how many years since …?", not "how many years did he serve?"."""
    met = "The last meeting took place in October 2018 with Roscosmos chief Dmitry Rogozin."
    served = "Rogozin led Roscosmos for four years."
    question = "How many years did Dmitry Rogozin serve as head of Roscosmos?"
    assert not supplies(AnswerType.NUMBER, met, question)
    assert supplies(AnswerType.NUMBER, served, question)
    assert supplies(AnswerType.NUMBER, met, "How many years have passed between the meetings?")


def test_when_something_began_wants_a_date_told_of_that_beginning() -> None:
    question = "When was the station launched?"
    launched = "The station's first module was launched in November 1998."
    assert supplies(AnswerType.DATE, launched, question)
    # a date of something else, or of a launch still to come, does not say when it began
    assert not supplies(AnswerType.DATE, "They last met in October 2018.", question)
    assert not supplies(AnswerType.DATE, "The launch is scheduled for Wednesday.", question)
    assert supplies(AnswerType.DATE, "They last met in October 2018.", "When did they meet?")
    # … asked with a noun, as a search box does: "first launch", "founding"
    for asked in ("station first launch year", "What was the date of NASA's founding?"):
        assert answer_type(asked) is AnswerType.DATE
        assert not supplies(AnswerType.DATE, "They last met in October 2018.", asked)
    assert supplies(AnswerType.DATE, launched, "station first launch year")


def test_a_search_for_a_date_or_a_year_wants_one() -> None:
    """ "Crew-11 launch date", "give me the year …": a date asked for by its last word, or
    by a request, as "When …?" asks for one; a year wants a year, not "on Wednesday"."""
    assert answer_type("Crew-11 launch date") is AnswerType.DATE
    assert answer_type("give me the exact date of the launch") is AnswerType.DATE
    assert answer_type("Crew-11 launch rocket") is None
    assert not supplies(AnswerType.DATE, "He will visit on Wednesday.", "Crew-11 launch year?")
    assert supplies(AnswerType.DATE, "He visited in 2019.", "Crew-11 launch year?")
    exact = "tell me the calendar date of the launch"
    assert not supplies(AnswerType.DATE, "He will visit on Wednesday.", exact)


def test_how_long_wants_a_stretch_of_time() -> None:
    question = "How long will the crew stay aboard?"
    assert supplies(AnswerType.DURATION, "They will spend roughly six months aboard.", question)
    assert supplies(AnswerType.DURATION, "It follows a five-day handover.", question)
    # a date says when, not for how long ...
    assert not supplies(AnswerType.DURATION, "The crew launched on Wednesday.", question)
    assert not supplies(AnswerType.DURATION, "Four astronauts flew.", question)
    # ... unless the question counts the time since it
    since = "How long has it been since the chiefs last met?"
    assert supplies(AnswerType.DURATION, "They last met in October 2018.", since)


def test_how_long_someone_serves_may_be_told_in_a_word() -> None:
    """ "Temporary" says how long, of the person the sentence names or quotes only."""
    said = profile("“This is a temporary assignment for me,” Duffy said.", speaker="duffy")
    assert fits(AnswerType.DURATION, said, "how long is duffy gonna be nasa boss")
    assert not fits(AnswerType.DURATION, said, "How long will the Crew-11 astronauts stay?")


def test_a_question_about_money_wants_an_amount_of_money() -> None:
    question = "How much did the launch cost?"
    assert answer_type(question) is AnswerType.MONEY
    assert supplies(AnswerType.MONEY, "NASA asked for $1.2 billion next year.", question)
    assert supplies(AnswerType.MONEY, "The seat cost 80 million dollars.", question)
    # any other number is no answer to it
    assert not supplies(AnswerType.MONEY, "Four astronauts flew at 11:43 a.m.", question)


def test_a_news_agency_answers_who_reported_it() -> None:
    sentence = "According to Russian news agency TASS, Bakanov confirmed the topics."
    known = frozenset({"bakanov"})
    assert fits(AnswerType.PERSON, profile(sentence, known), "Who reported what Bakanov said?")
    alone = profile("According to TASS, the topics will include the program.")
    assert fits(AnswerType.PERSON, alone, "Who reported the topics?")
    assert not fits(AnswerType.PERSON, alone, "Who at TASS reported the topics?")


def test_a_source_is_who_a_sentence_is_told_by() -> None:
    question = "Which news agency reported the topics?"
    assert supplies(AnswerType.SOURCE, "According to TASS, the topics include the ISS.", question)
    assert not supplies(AnswerType.SOURCE, "The topics include the ISS.", question)
    # the credit line ("with inputs from Reuters") may be the only answer: only steers
    assert not AnswerType.SOURCE.required


def test_a_named_group_answers_who() -> None:
    sentence = "They will replace the Crew-10 crew, who return next week."
    assert supplies(AnswerType.PERSON, sentence, "Who will the Crew-11 astronauts replace?")
    assert supplies(AnswerType.PERSON, "A Senate subcommittee held a hearing.", "Who met?")
    # a group without a name is no answer: "both sides", "the crew"
    assert not supplies(AnswerType.PERSON, "Both sides hope the crew stays.", "Who hopes?")


def test_which_role_wants_a_person_named_in_that_role() -> None:
    """ "Which astronauts …?" is not answered by a sentence that names only an official."""
    official = "On Wednesday Sean Duffy will visit Cape Canaveral for the SpaceX Crew-11 launch."
    crew = "She is joined by NASA pilot Marcus Oyelaran and cosmonaut Pavel Korin."
    question = "Which astronauts are on Crew-11?"
    assert asked_role(question) is not None
    assert not supplies(AnswerType.PERSON, official, question)  # "Crew-11" is no crew member
    assert supplies(AnswerType.PERSON, crew, question)
    # "Who are the astronauts …?" asks the same
    assert not supplies(AnswerType.PERSON, official, "who are the astronauts flying on crew-11")
    assert supplies(AnswerType.PERSON, crew, "Who are the astronauts flying on Crew-11?")
    # "official", "leader", "head" fit nearly anyone in the news: any name will do
    assert asked_role("Which Russian official will Duffy meet?") is None
    assert supplies(AnswerType.PERSON, official, "Which official will attend the launch?")
    # "represents" is not "representatives"
    assert not supplies(
        AnswerType.PERSON, "Duffy's dialogue represents an attempt.", "Which senators spoke?"
    )
    # … but a "which" after a verb and a preposition still asks
    assert wanted(AnswerType.PLACE, "I was wondering in which city they will meet?") == (
        "names a city or town"
    )
    # astronauts in a clause that describes what is asked for are not asked for
    assert asked_role("Which program where astronauts swap seats will they discuss?") is None
    assert asked_role("Which program, in which cosmonauts fly, is on the table?") is None


def test_which_kind_of_thing_wants_a_sentence_that_mentions_one() -> None:
    """ "What rocket …?" is not answered by a sentence about the launch that never mentions a
    rocket; "Which country …?" by one that names no country."""
    launch = "Duffy will attend the scheduled SpaceX Crew-11 launch on Wednesday."
    rocket = "A SpaceX Falcon 9 rocket carrying four crew members lifted off."
    question = "What rocket will Crew-11 fly on?"
    assert answer_type(question) is AnswerType.THING
    assert not supplies(AnswerType.THING, launch, question)
    assert supplies(AnswerType.THING, rocket, question)
    # people say "spacecraft" for the rocket, too
    assert supplies(AnswerType.THING, rocket, "Which spacecraft carried the crew?")
    baikonur = "That meeting took place at the Baikonur Cosmodrome and was short."
    country = "Which country is the cosmodrome in?"
    assert not supplies(AnswerType.THING, baikonur, country)
    assert supplies(AnswerType.THING, "The Russians and the US disagree.", country)
    assert not supplies(AnswerType.THING, "The two countries disagree.", country)  # not named
    # a country's code is no name of it in lower case ("and" is Andorra's "AND"), nor is a
    # name written as another word ("polish")
    assert not supplies(AnswerType.THING, "They can and will polish the plan.", country)
    # a conflict is named with the word, not by the country it is in
    war = "Which war strains relations between the two countries?"
    assert answer_type(war) is AnswerType.THING
    assert supplies(AnswerType.THING, "They disagree over the conflict in Ukraine.", war)
    assert not supplies(AnswerType.THING, "Relations have worsened over Ukraine.", war)


def test_who_runs_an_organisation_wants_a_sentence_that_says_so() -> None:
    """ "Who runs SpaceX?" is not answered by a sentence that names someone and mentions
    SpaceX: it must say who runs it."""
    visit = "On Wednesday Sean Duffy will attend the SpaceX Crew-11 launch."
    head = "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos."
    assert not supplies(AnswerType.PERSON, visit, "Who runs SpaceX?")
    assert not supplies(AnswerType.PERSON, visit, "Who founded SpaceX?")
    assert not supplies(AnswerType.PERSON, visit, "Name the man who runs SpaceX.")
    # building it is founding's kind: a sentence must say who built it
    assert not supplies(AnswerType.PERSON, head, "Who built the ISS modules?")
    built = "The ISS modules were built by engineer Ann Lee at Boeing."
    assert supplies(AnswerType.PERSON, built, "Who built the ISS modules?")
    assert supplies(AnswerType.PERSON, head, "Who leads Roscosmos?")
    assert supplies(AnswerType.PERSON, head, "Who is the boss of Roscosmos these days?")
    assert not supplies(AnswerType.PERSON, head, "Who runs SpaceX?")
    # a country's agency is no country: any person will do, as before
    assert asked_relation("Who heads the Russian side?") is None
    assert asked_relation("Who leads Russia's state space corporation?") is None
    assert asked_relation("Who heads America’s space agency?") is None
    assert asked_relation("Who is the boss of the American space agency?") is None
    assert asked_relation("Who will Duffy meet?") is None
    # a word of a compound is no post, and asking of one is no crash; a prefix joins one
    assert asked_relation("Who represented NASA at the leader-level encounter?") is None
    assert asked_relation("Who co-founded SpaceX?") is not None
    # "directs" or "oversees" asks who heads it, and "direct talks" names no head
    assert asked_relation("Who currently directs Roscosmos?") is not None
    assert asked_relation("Who oversees Roscosmos these days?") is not None
    # "Which man …?" asks who, as "Name the man who …" does
    assert asked_relation("Which man presently leads Roscosmos?") is not None
    # … but "Who claims …?" asks whose word it is, with the head named
    assert asked_relation("Who claims Bakanov is the head of Roscosmos?") is None
    direct = "Duffy announced direct talks with Russian space agency Roscosmos."
    assert not supplies(AnswerType.PERSON, direct, "Who directs Roscosmos?")
    # … but a country's own head is asked for near its name, and told of near it
    lede = "NASA interim leader Sean Duffy will hold direct talks with the Russian agency."
    for question in ("Who is the president of Russia?", "Who is the Russian president?"):
        assert asked_relation(question) is not None
        assert not supplies(AnswerType.PERSON, lede, question)
    assert supplies(
        AnswerType.PERSON, "He met Russian President Ivan Petrov.", "Who is Russia's leader?"
    )
    # a post given a name is no relation to it: "the acting administrator Duffy"
    assert asked_relation("Who is the official the acting administrator Duffy will meet?") is None
    # whom the chief meets, not who the chief is
    assert asked_relation("Who is the NASA chief meeting?") is None
    assert asked_relation("Who was the head of Roscosmos during the 2018 meeting?") is not None
    # the relation word near the organisation's name: "head of Roscosmos", not "leader … Roscosmos"
    far = "NASA leader Sean Duffy will hold talks with the Russian space agency Roscosmos."
    assert not supplies(AnswerType.PERSON, far, "Who leads Roscosmos?")


def test_which_city_wants_a_place_that_is_no_country_or_facility() -> None:
    question = "Which city will the agency chief visit?"
    assert supplies(AnswerType.PLACE, "Duffy will visit Cape Canaveral, Florida.", question)
    for sentence in (
        "The meeting took place at the Baikonur Cosmodrome last year.",
        "They disagree over the conflict in Ukraine.",
        "Duffy spoke during remarks on Capitol Hill.",
    ):
        assert supplies(AnswerType.PLACE, sentence, "Where was it?")
        assert not supplies(AnswerType.PLACE, sentence, question), sentence


def test_what_time_wants_a_time_of_day() -> None:
    day = "Duffy will visit Cape Canaveral on Wednesday."
    assert supplies(AnswerType.DATE, day, "When will he visit?")
    assert not supplies(AnswerType.DATE, day, "What time will he visit?")
    for sentence in (
        "It lifted off at 11:43 a.m. EDT on Wednesday.",
        "It left on Wednesday morning.",
    ):
        assert supplies(AnswerType.DATE, sentence, "At what time did it lift off?"), sentence


def test_where_something_is_based_wants_a_sentence_that_says_so() -> None:
    question = "Where is Roscosmos headquartered?"
    met = "The heads of NASA and Roscosmos met at the Baikonur Cosmodrome."
    assert supplies(AnswerType.PLACE, met, "Where did they meet?")
    assert not supplies(AnswerType.PLACE, met, question)
    assert supplies(AnswerType.PLACE, "Roscosmos, based in Moscow, said so.", question)


def test_which_module_or_experiments_want_a_sentence_that_mentions_them() -> None:
    assert not supplies(
        AnswerType.THING,
        "The ISS is a rare point of collaboration.",
        ("Which module of the ISS is leaking?"),
    )
    assert supplies(
        AnswerType.THING,
        "The crew will carry out more than 200 experiments, including studies of bone loss.",
        "What experiments will the crew run?",
    )


def test_what_year_month_or_day_wants_one() -> None:
    week = "Duffy announced plans for talks this week."
    assert supplies(AnswerType.DATE, week, "When are the talks?")
    assert not supplies(AnswerType.DATE, week, "What year will the talks be?")
    assert supplies(
        AnswerType.DATE, "They last met in October 2018.", "In what year did they meet?"
    )
    assert supplies(AnswerType.DATE, "They last met in October 2018.", "Which month did they meet?")
    assert supplies(AnswerType.DATE, "He will visit on Wednesday.", "On what day will he visit?")
    assert not supplies(AnswerType.DATE, "They met in 2018.", "On what day did they meet?")


def test_an_exact_date_wants_a_day_of_a_month() -> None:
    question = "On which exact date will the talks be held?"
    assert not supplies(AnswerType.DATE, "Talks are planned this week.", question)
    assert not supplies(AnswerType.DATE, "He will visit on Wednesday.", question)
    assert supplies(AnswerType.DATE, "The talks will be held on 12 August.", question)
    assert wanted(AnswerType.DATE, question) == "gives an exact date"


def test_the_number_of_wants_a_number() -> None:
    question = "Give me the number of seats swapped each year."
    assert answer_type(question) is AnswerType.NUMBER
    assert not supplies(AnswerType.NUMBER, "They will discuss the cross-flight program.", question)


def test_a_future_question_is_not_answered_by_a_past_date() -> None:
    past = "The last time they met face to face was in October 2018."
    assert supplies(AnswerType.DATE, past, "When did they last meet?")
    assert not supplies(AnswerType.DATE, past, "What year will the station be retired?")


def test_which_committee_wants_one_named() -> None:
    question = "Which committee was Duffy talking to on Capitol Hill?"
    assert not supplies(AnswerType.THING, "Duffy spoke during remarks on Capitol Hill.", question)
    assert supplies(AnswerType.THING, "Duffy told a Senate subcommittee on Tuesday.", question)


def test_someone_of_a_time_gone_by_is_not_someone_of_now() -> None:
    question = "Who represented NASA at the previous face-to-face meeting?"
    assert not supplies(AnswerType.PERSON, "Duffy will meet Dmitry Bakanov this week.", question)
    prior = "Who represented the American side at the prior summit?"
    assert not supplies(AnswerType.PERSON, "Duffy will meet Dmitry Bakanov this week.", prior)
    assert supplies(
        AnswerType.PERSON,
        "That meeting was between then-NASA Administrator Jim Bridenstine "
        "and Roscosmos chief Dmitry Rogozin.",
        question,
    )


def test_a_time_gone_by_is_not_answered_by_a_date_now_or_to_come() -> None:
    """ "When's the last time they met?" is not answered by "talks … this week"; a "did"
    alone asks of no time gone by ("When did Duffy announce the talks?": this week)."""
    week = "Duffy announced plans for talks this week."
    assert not supplies(AnswerType.DATE, week, "When's the last time they met in person?")
    assert not supplies(AnswerType.DATE, week, "When did the two chiefs previously meet?")
    assert supplies(AnswerType.DATE, week, "When did Duffy announce the talks?")
    past = "The last time they met face to face was in October 2018."
    assert supplies(AnswerType.DATE, past, "When's the last time they met in person?")


def test_why_or_when_a_stop_came_wants_a_sentence_that_tells_of_one() -> None:
    """ "Why did they stop meeting after 2018?" is not answered by the date of their last
    meeting; "Has cooperation stopped?" asks whether, which "… has remained …" answers."""
    question = "Why did the agency heads stop meeting in person after 2018?"
    assert answer_type(question) is AnswerType.EVENT
    last = "The last time they met face to face was in October 2018."
    assert not supplies(AnswerType.EVENT, last, question)
    assert supplies(AnswerType.EVENT, "Meetings were suspended in 2019.", question)
    assert not told_of("Has cooperation stopped?")
    # astronauts riding along describe a deal asked about, not people asked about
    assert told_of("Will astronauts ride Russian rockets again?")
    assert not told_of("Will the scheme that lets astronauts ride Russian rockets be discussed?")
    # … nor astronauts riding on each other's rockets, the swap itself (a cross-flight)
    told = told_of("Are they going to talk about astronauts riding on each other's rockets?")
    assert "tells of astronauts or cosmonauts" not in [t.reason for t in told]
    # "as an outcome of the discussions" is a way it may come about, not what came of them
    told = told_of("Could the station's life be lengthened as an outcome of the discussions?")
    assert "tells what was agreed or decided" not in [t.reason for t in told]
    assert told_of("Give me the outcome of the discussions.")
    assert told_of("When was cooperation suspended?")


def test_where_something_is_held_wants_a_venue_not_a_country() -> None:
    question = "Where will the talks be held?"
    assert not supplies(AnswerType.PLACE, "Duffy will hold talks in Russia this week.", question)
    assert supplies(AnswerType.PLACE, "Duffy will hold talks in Russia.", "Where will he go?")
    assert supplies(AnswerType.PLACE, "They met at the Baikonur Cosmodrome.", question)
    hold = "Where exactly will Duffy and Bakanov hold their talks?"
    assert not supplies(AnswerType.PLACE, "Duffy will hold talks in Russia this week.", hold)
    # … and where someone spoke
    spoke = "Where was the acting chief speaking when he admitted the split?"
    assert not supplies(AnswerType.PLACE, "Duffy will hold talks in Russia this week.", spoke)
    assert supplies(AnswerType.PLACE, "Duffy said so during remarks on Capitol Hill.", spoke)
    # … told where he spoke, not a place he spoke of
    assert not supplies(AnswerType.PLACE, "We have a partnership on the ISS.", spoke)


def test_a_choice_of_places_asks_where() -> None:
    """ "Will they meet in Washington or in Moscow?" asks where, as "Where will they meet?"
    does: a venue, which a country named as a side is not."""
    question = "Will Duffy and Bakanov meet in US or in Russia?"
    assert answer_type(question) is AnswerType.PLACE
    assert not supplies(AnswerType.PLACE, "Duffy will hold talks in Russia this week.", question)
    assert supplies(AnswerType.PLACE, "They will meet at the Baikonur Cosmodrome.", question)
    assert answer_type("Is he flying to the launch in Florida or in Texas?") is AnswerType.PLACE
    # a choice of months is no choice of places
    assert answer_type("Did they meet in October or in November?") is not AnswerType.PLACE


def test_where_someone_was_born_wants_a_sentence_that_tells_of_it() -> None:
    assert supplies(
        AnswerType.PLACE, "They met at the Baikonur Cosmodrome.", "Where did they meet?"
    )
    assert not supplies(
        AnswerType.PLACE, "They met at the Baikonur Cosmodrome.", "Where was Bakanov born?"
    )
    assert supplies(AnswerType.PLACE, "Bakanov was born in Moscow.", "Where was Bakanov born?")


def test_who_is_it_now_is_not_answered_by_someone_of_another_time() -> None:
    then = "They met at Baikonur, then-NASA Administrator Jim Bridenstine and others."
    assert not supplies(AnswerType.PERSON, then, "who's the nasa boss rn")
    assert supplies(AnswerType.PERSON, then, "Who led NASA back then?")
    # a question about the past in other words is no question about now
    assert supplies(AnswerType.PERSON, then, "Who is the former NASA administrator?")
    assert supplies(AnswerType.PERSON, then, "Who is the NASA chief that Rogozin met?")


def test_a_credit_line_names_who_contributed() -> None:
    assert supplies(AnswerType.PERSON, "with inputs from Reuters", "Who provided input?")
    assert supplies(AnswerType.SOURCE, "Additional reporting by Jane Roe", "Which source reported?")
    assert not supplies(AnswerType.PERSON, "with inputs from Reuters", "Did Reuters contribute?")


def test_a_quotations_speaker_is_a_person_it_supplies() -> None:
    sentence = "“But the need for cooperation remains constant.”"
    question = "Who said the need remains constant?"
    assert not fits(AnswerType.PERSON, profile(sentence), question)
    assert fits(AnswerType.PERSON, profile(sentence, speaker="duffy"), question)


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("Who is the acting head of NASA?", "present"),
        ("who's running roscosmos these days", "present"),
        ("Who presently leads Roscosmos?", "present"),
        ("Who ran Roscosmos at the previous summit?", "past"),
        ("Who was NASA administrator then?", "past"),
        ("Who was the head of NASA, and who is it now?", None),  # both: no preference
        ("Duffy's trip to Florida", None),
        # what will be, or is under way, is not of the past either
        ("Who will Duffy meet?", "present"),
        ("Which spaceport is the acting chief travelling to?", "present"),
        # a year named is of no present, unless what is to come is asked ("is" aside)
        ("What is the location of the 2018 meeting?", None),
        ("Will the station keep flying until 2030?", "present"),
    ],
)
def test_time_frame(question: str, frame: str | None) -> None:
    assert time_frame(question) == frame


def test_a_sentence_of_another_time_is_out_of_time() -> None:
    then = profile("The talks took place at Baikonur with then-NASA Administrator Jim Smith.")
    now = profile("Duffy will speak with Dmitry Bakanov, the current head of Roscosmos.")
    assert out_of_time(then, "present") and not out_of_time(then, "past")
    assert out_of_time(now, "past") and not out_of_time(now, "present")
    assert not out_of_time(then, None)


@pytest.mark.parametrize(
    "question",
    [
        "What job does Duffy hold besides NASA?",
        "What is Sean Duffy's other job?",
        "Which cabinet post does the acting NASA head also hold?",
        "What position does Dmitry Bakanov hold?",
        "What is the other government post held by NASA's interim chief?",
        "Does Duffy have another job?",
        "whats duffys actual day job",
        "What is Bakanov's current role?",
        "What is Bakanovs role now?",
        "what's his role at NASA",
        "What position does NASA's stand-in boss Duffy usually hold?",
        "The acting chief holds no other cabinet post, right?",
        "the acting nasa boss's day job",
    ],
)
def test_a_question_for_someones_post(question: str) -> None:
    assert answer_type(question) is AnswerType.OFFICE


@pytest.mark.parametrize(
    "question",
    [
        "What is Russia's position on Ukraine?",
        "What role does the ISS play?",
        "Who is Duffy?",
        "What is the ISS's role?",
        "What is Duffy's role in the talks?",
        "What is Duffy's position on keeping ties going in hard times?",
    ],
)
def test_a_stance_or_a_things_role_is_no_post(question: str) -> None:
    assert answer_type(question) is not AnswerType.OFFICE


def test_a_post_is_named_for_the_person_asked_about_and_not_the_one_set_aside() -> None:
    lede = "NASA interim leader, U.S. Transportation Secretary Sean Duffy, announced plans."
    temporary = "“This is a temporary assignment,” Duffy said of his role as interim NASA chief."
    head = "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos."
    visit = "Duffy will visit Cape Canaveral, Florida on Wednesday."
    besides = "What is Sean Duffey's other job besides running NASA?"  # a typo in the name
    assert supplies(AnswerType.OFFICE, lede, besides)
    assert not supplies(AnswerType.OFFICE, temporary, besides)  # the NASA post, set aside
    assert not supplies(AnswerType.OFFICE, visit, besides)  # no post at all
    assert supplies(AnswerType.OFFICE, temporary, "What is Duffy's job?")
    # "head of Roscosmos" is Bakanov's post: set aside, and the sentence names no other
    assert not supplies(AnswerType.OFFICE, head, "What is Bakanov's job besides Roscosmos?")
    # a cabinet's posts are its secretaries and ministers
    cabinet = "Which cabinet post does the acting NASA head also hold?"
    assert supplies(AnswerType.OFFICE, lede, cabinet)
    assert not supplies(AnswerType.OFFICE, head, cabinet)
    # "now": not a post held long ago
    then = "That meeting was between then-NASA Administrator Jim Bridenstine and others."
    assert not supplies(AnswerType.OFFICE, then, "What is Jim Bridenstine's job now?")
    # "another job", none set aside: a sentence that names two of his posts, not one alone
    assert supplies(AnswerType.OFFICE, lede, "Does Duffy have another job?")
    assert not supplies(AnswerType.OFFICE, temporary, "Does Duffy have another job?")
    # his "actual day job" is the post besides the interim one
    assert supplies(AnswerType.OFFICE, lede, "what's duffys actual day job")
    assert not supplies(AnswerType.OFFICE, temporary, "what's duffys actual day job")
    # a sentence naming two people gives each his own post, the one written nearest it:
    # "the current head of Roscosmos" is no job of Duffy's
    assert not supplies(AnswerType.OFFICE, head, "What job does Duffy normally hold?")
    assert supplies(AnswerType.OFFICE, lede, "What job does Duffy normally hold?")
    assert supplies(AnswerType.OFFICE, head, "What job does Bakanov hold?")
    # "I" is no name, nor a post's organisation set aside ("leader, U.S. Transportation")
    assert supplies(AnswerType.OFFICE, lede, "what's Duffys job, I mean besides NASA leader")


def test_who_replaces_someone_wants_a_sentence_that_tells_of_it() -> None:
    speak = "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos."
    replace = "They will replace the Crew-10 crew, who return next week."
    assert supplies(AnswerType.PERSON, speak, "Who will Duffy meet?")
    assert not supplies(AnswerType.PERSON, speak, "Who will replace Duffy as NASA chief?")
    assert not supplies(AnswerType.PERSON, speak, "Who will be nominated after Duffy?")
    assert supplies(AnswerType.PERSON, replace, "Who will replace the astronauts?")
    # "over" is no replacement, "take over" is
    over = "Talks went on despite disagreements over Ukraine."
    assert not supplies(AnswerType.EVENT, over, "Is Russia building a station to replace the ISS?")
    taken = "Officials said Jane Roe will take over as head of the agency."
    assert supplies(AnswerType.PERSON, taken, "Who will succeed Duffy?")


def test_a_first_wants_a_sentence_that_states_one() -> None:
    lede = "NASA interim leader Sean Duffy announced plans to engage in direct talks."
    meeting = "The meeting will be the first in-person dialogue between the heads since 2018."
    assert not supplies(AnswerType.PERSON, lede, "Who was the first human in space?")
    assert supplies(AnswerType.PERSON, lede, "Who announced plans for talks?")
    assert supplies(AnswerType.DATE, meeting, "Since when is this the first meeting?")
    assert not supplies(AnswerType.DATE, "They met in October 2018.", "When did they first meet?")
    # a first of a thing made or sent is not told by a first of another kind
    module = "In what year was the first module of the International Space Station launched?"
    assert not supplies(AnswerType.DATE, meeting, module)
    assert supplies(AnswerType.DATE, "Its first module, Zarya, was launched in 1998.", module)
    # … while a first meeting may be told with any word for it
    assert supplies(AnswerType.EVENT, meeting, "Is this the first time the two chiefs have met?")


def test_what_sets_a_meeting_apart_in_time_is_a_first_or_a_last_time() -> None:
    """ "What makes this meeting historically notable?" is answered by its being the first
    since 2018, not by what it is about or where it is held."""
    first = "The meeting will be the first in-person dialogue between the heads since 2018."
    gone_by = "The last time NASA and Roscosmos leadership met face to face was in October 2018."
    visit = "Duffy will visit Cape Canaveral, Florida on Wednesday to attend meetings."
    for question in (
        "What makes this face-to-face meeting historically notable?",
        "What makes the get-together notable in terms of how long it has been?",
        "Why is this meeting kind of a big deal compared to past years?",
    ):
        assert supplies(AnswerType.EVENT, first, question)
        assert not supplies(AnswerType.EVENT, visit, question)
        # this one, not the last one gone by
        assert not supplies(AnswerType.EVENT, gone_by, question)
    # asked of the meeting gone by, the last time tells of it
    assert supplies(AnswerType.EVENT, gone_by, "How historic was the meeting in 2018?")
    # history asked of no meeting asks for no first
    assert supplies(AnswerType.EVENT, visit, "What is the history of Duffy's visit?")


def test_the_one_thing_left_is_told_as_rare_or_remaining() -> None:
    """ "what's the one thing the us and russia still cooperate on" is answered by "the ISS
    has remained a rare point of collaboration", not by the lede's talks on shared interests."""
    rare = "Despite deteriorating relations, the ISS has remained a rare point of collaboration."
    aim = "His aim is to find common ground on shared space interests."
    for question in (
        "wait what's the one thing the us and russia still cooperate on",
        "what's the only spot where washington and moscow still team up",
    ):
        assert answer_type(question) is AnswerType.EVENT
        assert supplies(AnswerType.EVENT, rare, question)
        assert not supplies(AnswerType.EVENT, aim, question)
    # asked yes or no, it names the thing itself
    assert answer_type("is the iss the one thing they still cooperate on") is None


def test_a_turn_in_a_career_wants_a_date_told_of_it() -> None:
    meeting = "That meeting in October 2018 was with Roscosmos chief Dmitry Rogozin."
    assert supplies(AnswerType.DATE, meeting, "When did Rogozin meet Bridenstine?")
    assert not supplies(AnswerType.DATE, meeting, "When did Rogozin resign?")
    # removed from a post, as a Spanish speaker may word it
    assert not supplies(AnswerType.DATE, meeting, "When Rogozin was removed as chief?")
    assert answer_type("Why Dmitry Rogozin was removed as chief of Roscosmos?") is AnswerType.EVENT
    assert not supplies(AnswerType.DATE, meeting, "When did Rogozin become Roscosmos chief?")
    named = "Rogozin was appointed in May 2018."
    assert supplies(AnswerType.DATE, named, "When was Rogozin appointed?")
    # travelling is no turn in a career
    visit = "Duffy will visit Cape Canaveral, Florida on Wednesday."
    assert supplies(AnswerType.DATE, visit, "When will Duffy leave for Florida?")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Why did Rogozin leave Roscosmos?", AnswerType.EVENT),
        ("How did Duffy become NASA chief?", AnswerType.EVENT),
        # no career: a station is retired (the end of its life), and "become of" is what
        # happens to something
        ("Are there plans for retiring the space station?", None),
        ("What will become of the ISS once it is retired?", AnswerType.EVENT),
        ("Why did Duffy leave for Florida?", None),
    ],
)
def test_a_turn_in_someones_career(question: str, kind: AnswerType | None) -> None:
    assert answer_type(question) is kind


def test_a_turn_in_someones_career_wants_a_sentence_that_tells_of_it() -> None:
    meeting = "The meeting was between NASA's Jim Bridenstine and Roscosmos chief Dmitry Rogozin."
    assert not supplies(AnswerType.EVENT, meeting, "Why did Rogozin leave Roscosmos?")
    assert supplies(AnswerType.EVENT, "Rogozin left Roscosmos in 2022.", "Why did Rogozin leave?")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Will they discuss extending the ISS?", AnswerType.AGENDA),
        ("Is the seat swap on the agenda?", AnswerType.AGENDA),
        ("What will the talks cover?", AnswerType.AGENDA),
        ("so what are they gonna chat about", AnswerType.AGENDA),
        ("Which issues will they go over?", AnswerType.AGENDA),
        # "discuss" typed short
        ("What will Bakanov and Duffy discus about the station?", AnswerType.AGENDA),
        # what was talked about is what was said
        ("What did Duffy talk about on Capitol Hill?", None),
        # why they talk at all (what they are after), not what about
        ("why is the us even talking to russia about space", AnswerType.GOAL),
        # a date or a person first
        ("When will they discuss the ISS?", AnswerType.DATE),
    ],
)
def test_what_talks_are_to_be_about(question: str, kind: AnswerType | None) -> None:
    assert answer_type(question) is kind


def test_the_agenda_is_told_by_a_sentence_of_topics_and_only_steers() -> None:
    topics = "Bakanov confirmed the topics of discussion will include the cross-flight program."
    hope = "Both sides hope that by keeping cooperation alive in orbit, they can foster a vision."
    question = "Will they discuss keeping the orbiting lab running?"
    assert supplies(AnswerType.AGENDA, topics, question)
    assert not supplies(AnswerType.AGENDA, hope, question)
    assert not AnswerType.AGENDA.required


def test_which_spaceport_wants_a_place_within_a_country_of_the_time_asked() -> None:
    question = "Which spaceport is the acting chief travelling to midweek?"
    lede = "Duffy announced talks despite disagreements over the conflict in Ukraine."
    visit = "Duffy will visit Cape Canaveral, Florida on Wednesday."
    then = "That meeting took place at the Baikonur Cosmodrome between then-NASA chiefs."
    assert supplies(AnswerType.PLACE, visit, question)
    assert not supplies(AnswerType.PLACE, lede, question)  # a country, not a spaceport
    assert not supplies(AnswerType.PLACE, then, question)  # a spaceport, years ago
    assert supplies(AnswerType.PLACE, then, "Which spaceport hosted the 2018 meeting?")


def test_what_something_is_made_of_wants_a_sentence_that_tells_it() -> None:
    question = "What is the space station built from?"
    assert answer_type(question) is AnswerType.EVENT
    building = "Progress depends on building and maintaining global partnerships."
    assert not supplies(AnswerType.EVENT, building, question)
    assert supplies(AnswerType.EVENT, "The station is made of aluminium modules.", question)


def test_something_of_their_own_wants_a_sentence_that_tells_of_one() -> None:
    """ "Will Russia build its own station?" is not answered by a sentence about the shared
    one; "his own role" is a thing he has, not one being made."""
    question = "Will Russia set up its own orbital lab after the ISS?"
    assert answer_type(question) is AnswerType.EVENT
    shared = "The ISS has remained a rare point of collaboration between the two countries."
    assert not supplies(AnswerType.EVENT, shared, question)
    assert supplies(AnswerType.EVENT, "Russia plans an independent station by 2030.", question)
    for other in (
        "What is Russia's plan for its own orbital station after the ISS?",
        "When will Russia's own space station be ready?",
    ):
        assert told_of(other)
        assert not supplies(AnswerType.EVENT, shared, other)
    assert not told_of("What does Duffy say stays constant though his own role is temporary?")


def test_astronauts_asked_about_as_doers_want_a_sentence_that_tells_of_them() -> None:
    """ "Are cosmonauts flying on Crew-11?" is not answered by the sentence about the launch;
    "the astronaut seat-swap arrangement" is a kind of deal, asked for as one."""
    question = "Are any cosmonauts flying aboard Crew-11?"
    launch = "Duffy will attend the scheduled SpaceX Crew-11 launch on Wednesday."
    assert not supplies(AnswerType.EVENT, launch, question)
    assert supplies(AnswerType.EVENT, "Four crew members flew on Crew-11.", question)
    assert not told_of("Will the astronaut seat-swap arrangement be on the agenda?")


def test_who_flies_or_makes_something_wants_a_sentence_that_tells_so() -> None:
    """ "Who is riding on Crew-11?" is not answered by the official who attends its launch,
    nor "Which firm is constructing the deorbit vehicle?" by a sentence naming the deorbit."""
    riders = "Who is riding on Crew-11?"
    assert answer_type(riders) is AnswerType.PERSON
    launch = "Sean Duffy will attend the scheduled SpaceX Crew-11 launch on Wednesday."
    assert not supplies(AnswerType.PERSON, launch, riders)
    assert supplies(AnswerType.PERSON, "NASA astronaut Anne McClain will fly aboard.", riders)
    makers = "Which firm is constructing the deorbit vehicle?"
    plan = "Talks will include planning for the ISS's deorbiting, TASS said."
    assert not supplies(AnswerType.THING, plan, makers)
    assert not told_of("What does Duffy say progress depends on?")
    # building as a figure of speech, away from what is asked
    assert not told_of("Through what approach do both sides hope to build a shared outlook?")


@pytest.mark.parametrize(
    "question",
    ["who's bridenstine in all this lol", "who is bakanov again", "what's roscosmos btw"],
)
def test_chat_ending_a_question_for_what_something_is_asks_nothing(question: str) -> None:
    assert answer_type(question) is AnswerType.DEFINITION


def test_what_came_out_of_talks_may_be_asked_as_ending_up_agreeing() -> None:
    assert told_of("What did the two chiefs end up agreeing on?")
    assert told_of("What did they end up deciding about the station?")


def test_when_typed_last_in_a_search_box_asks_for_a_date() -> None:
    assert answer_type("duffy bakanov meeting when") is AnswerType.DATE
    assert answer_type("NASA Roscosmos talks timing") is AnswerType.DATE
    assert answer_type("is this from when they met") is None


def test_what_something_costs_wants_an_amount_of_money() -> None:
    assert answer_type("What does a Soyuz seat cost these days?") is AnswerType.MONEY
    assert answer_type("What did the talks cover?") is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("wait where's duffy headed on wednesday", AnswerType.PLACE),
        ("Who were the leaders then, and where did they meet?", AnswerType.PERSON),
        ("With whom will Duffy meet?", AnswerType.PERSON),
        ("Duffy is meeting who?", AnswerType.PERSON),
        # a relative clause asks for nothing
        ("Is the ISS one of the few areas where the two still cooperate?", None),
        ("Did the official who met Bakanov say anything?", None),
    ],
)
def test_a_question_word_asks_only_where_it_opens_a_question(
    question: str, kind: AnswerType | None
) -> None:
    assert answer_type(question) is kind


def test_what_or_who_something_is_is_told_where_it_is_introduced() -> None:
    """ "What is Roscosmos?" steers to the sentence that first uses the name ("Russian space
    agency Roscosmos"), not to any that mentions it again."""
    first = profile("Duffy will talk with Russian space agency Roscosmos this week.")
    first = replace(first, introduces=frozenset({"duffy", "russian", "roscosmos"}))
    again = profile("Bakanov, the head of Roscosmos, confirmed the topics.")
    again = replace(again, introduces=frozenset({"bakanov"}))
    assert fits(AnswerType.DEFINITION, first, "What is Roscosmos?")
    assert not fits(AnswerType.DEFINITION, again, "What is Roscosmos?")
    assert fits(AnswerType.DEFINITION, again, "who is bakanov")
    assert not AnswerType.DEFINITION.required  # it only steers


@pytest.mark.parametrize("query", ["Sean Duffy role", "Bakanov's position", "Dmitry Bakanov job"])
def test_a_query_for_someones_post_is_told_where_they_are_introduced(query: str) -> None:
    """A search-box query for someone's post steers to the sentence that introduces them
    with their posts; it refuses nothing, for it only steers."""
    lede = profile("NASA interim leader, U.S. Transportation Secretary Sean Duffy, said so.")
    lede = replace(lede, introduces=frozenset({"nasa", "sean", "duffy", "dmitry", "bakanov"}))
    later = replace(profile("“It is temporary,” Duffy said of his role."), introduces=frozenset())
    assert answer_type(query) is AnswerType.DEFINITION
    assert fits(AnswerType.DEFINITION, lede, query)
    assert not fits(AnswerType.DEFINITION, later, query)
    assert answer_type("Duffy temporary role") is None  # a post described, not asked for


def test_who_is_in_charge_and_who_runs_ask_for_a_head_now() -> None:
    relation = asked_relation("Who is in charge of Roscosmos?")
    assert relation is not None and relation.named == "Roscosmos"
    relation = asked_relation("Who runs the Russian space agency Roscosmos?")
    assert relation is not None and relation.named == "Roscosmos"
    assert time_frame("Who runs Roscosmos?") == "present"
    assert time_frame("Who commands the mission?") is None  # not a head's verb


@pytest.mark.parametrize(
    "question",
    [
        "How does the article characterise the upcoming conversation?",
        "how does the story describe the talks",
        "What role does the orbiting lab still play?",
    ],
)
def test_how_the_story_judges_something_or_what_role_it_plays_wants_a_description(
    question: str,
) -> None:
    assert answer_type(question) is AnswerType.DESCRIPTION
    assert supplies(
        AnswerType.DESCRIPTION, "The ISS has remained a rare point of contact.", question
    )


def test_how_someone_described_something_is_no_question_for_a_description() -> None:
    """ "This is a temporary assignment," Duffy said: his words, not a description."""
    assert answer_type("How did Duffy describe his role?") is not AnswerType.DESCRIPTION


def test_what_agreements_wants_a_sentence_that_mentions_one() -> None:
    question = "What agreements did Bridenstine and Rogozin sign in 2018?"
    assert answer_type(question) is AnswerType.THING
    assert not supplies(AnswerType.THING, "We have wild disagreement on Ukraine.", question)
    assert not supplies(AnswerType.THING, "According to TASS, the talks will go on.", question)
    assert supplies(AnswerType.THING, "They signed a deal on seat swaps.", question)


def test_being_confirmed_in_a_post_is_a_turn_in_a_career() -> None:
    question = "When was Sean Duffy confirmed as Transportation Secretary?"
    lede = "Transportation Secretary Sean Duffy announced plans for talks this week."
    assert not supplies(AnswerType.DATE, lede, question)
    assert supplies(AnswerType.DATE, "Duffy was confirmed as secretary in January.", question)
    # confirming something is no such turn
    assert supplies(
        AnswerType.DATE,
        "Bakanov confirmed the topics this week.",
        "When did Bakanov confirm the topics?",
    )


def test_who_runs_an_organisation_wants_its_holder_named_beside_the_post() -> None:
    """The new name must be the post's holder, not anyone else in the sentence."""
    question = "Who ran Roscosmos between Rogozin and Bakanov?"
    speak = "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos."
    both = (
        "It was between then-NASA Administrator Jim Bridenstine and Roscosmos chief Dmitry Rogozin."
    )
    assert not supplies(AnswerType.PERSON, speak, question)  # Duffy heads no Roscosmos
    assert not supplies(AnswerType.PERSON, both, question)  # nor does Bridenstine
    assert supplies(AnswerType.PERSON, speak, "Who heads Roscosmos?")
    assert supplies(AnswerType.PERSON, both, "Who led Roscosmos in 2018?")


def test_a_post_given_its_holder_asks_no_relation() -> None:
    """ "Who did then-NASA Administrator Jim Bridenstine meet?" asks whom he met."""
    assert asked_relation("Who did then-NASA Administrator Jim Bridenstine meet?") is None


def test_how_the_report_sums_something_up_wants_a_description() -> None:
    question = "Tell me how the report sums up the coming conversation."
    assert answer_type(question) is AnswerType.DESCRIPTION


def test_since_when_is_no_date_of_the_event() -> None:
    """ "the first … since 2018" says since when, not when the meeting is."""
    first = "The meeting will be the first in-person dialogue between them since 2018."
    assert not supplies(AnswerType.DATE, first, "When will the meeting happen?")
    assert supplies(AnswerType.DATE, first, "Since when have they not met?")
    assert supplies(AnswerType.DATE, "Talks begin this week.", "When will the talks happen?")


def test_when_after_a_chat_opener_asks_for_a_date() -> None:
    assert answer_type("ok so when are they meeting") is AnswerType.DATE
    # what is going on now is not answered by a date gone by
    past = "The last time they met face to face was in October 2018."
    assert not supplies(AnswerType.DATE, past, "ok so when are they meeting")


@pytest.mark.parametrize(
    "question",
    [
        "What was agreed at the end of the Duffy-Bakanov meeting?",
        "What did NASA and Roscosmos agree to at the end of the talks?",
        "What was the outcome of the 2018 meeting?",
    ],
)
def test_what_came_out_of_talks_wants_a_sentence_that_tells_of_it(question: str) -> None:
    """A sentence that tells of the meeting says nothing of what was agreed at it."""
    meeting = "The meeting will be the first in-person dialogue between the heads since 2018."
    assert answer_type(question) is AnswerType.EVENT
    assert not supplies(AnswerType.EVENT, meeting, question)
    assert supplies(AnswerType.EVENT, "They agreed to extend the seat swaps.", question)
    # "Could they agree …?" asks whether they may, not what came out
    assert answer_type("Could they agree to keep the orbiting lab running?") is None


def test_what_is_singled_out_steers_to_a_sentence_that_singles_it_out() -> None:
    question = "Which joint project in particular is the US official hoping to protect?"
    especially = "Duffy will speak with Bakanov on space, especially the ISS."
    assert answer_type(question) is AnswerType.FOCUS
    assert supplies(AnswerType.FOCUS, especially, question)
    assert not supplies(AnswerType.FOCUS, "We have a valuable partnership on the ISS.", question)
    assert not AnswerType.FOCUS.required
    # … asked whether it is
    assert answer_type("is the station the main thing they want to keep?") is AnswerType.FOCUS
    assert answer_type("Is it mainly about the ISS?") is AnswerType.FOCUS


@pytest.mark.parametrize(
    "question",
    [
        "What do both sides hope to get out of the talks?",
        "What is the acting administrator hoping to accomplish?",
        "what does duffy want out of the talks",
    ],
)
def test_what_someone_hopes_for_steers_to_a_sentence_that_says_what_is_aimed_at(
    question: str,
) -> None:
    assert answer_type(question) is AnswerType.GOAL
    assert supplies(AnswerType.GOAL, "His aim is to find common ground.", question)
    assert supplies(AnswerType.GOAL, "Both sides hope to foster a shared vision.", question)
    assert not supplies(AnswerType.GOAL, "The ISS has remained a rare point of contact.", question)
    assert not AnswerType.GOAL.required


def test_who_will_command_wants_a_commander() -> None:
    question = "Who will command Crew-11?"
    visit = "Duffy will visit Cape Canaveral on Wednesday for the Crew-11 launch."
    commanded = "The mission is commanded by NASA astronaut Dana Whitfield."
    assert not supplies(AnswerType.PERSON, visit, question)
    assert supplies(AnswerType.PERSON, commanded, question)
    role = asked_role(question)
    assert role is not None and role.noun == "commander"


def test_which_countries_wants_them_named_not_counted() -> None:
    question = "Which countries are ISS partners?"
    assert not supplies(AnswerType.THING, "It linked the two countries.", question)
    assert supplies(AnswerType.THING, "The US and Russia run it.", question)


def test_what_was_discussed_at_a_past_meeting_wants_a_sentence_that_tells_of_it() -> None:
    question = "What was discussed at the 2018 Baikonur meeting?"
    topics = "Bakanov confirmed the topics of discussion will include the ISS."
    assert answer_type(question) is AnswerType.EVENT
    assert not supplies(AnswerType.EVENT, topics, question)  # topics still to come
    assert supplies(
        AnswerType.EVENT, "In 2018 they discussed seat swaps at the last meeting.", question
    )
    # what someone talked about is what they said, not this
    assert answer_type("What did Duffy talk about on Capitol Hill?") is None


def test_how_long_since_wants_a_date_gone_by() -> None:
    question = "How long has it been since the top officials talked in person?"
    lede = "Duffy will hold direct talks with Roscosmos this week."
    first = "The meeting will be the first in-person dialogue between them since 2018."
    assert not supplies(AnswerType.DURATION, lede, question)
    assert supplies(AnswerType.DURATION, first, question)


def test_which_ocean_wants_one_named() -> None:
    question = "Which ocean will the ISS be dropped into?"
    assert not supplies(AnswerType.THING, "It will be disposed of safely in the ocean.", question)
    assert supplies(AnswerType.THING, "It will fall into the Pacific Ocean.", question)


def test_the_purpose_of_talks_is_a_goal_and_talk_to_someone_about_an_agenda() -> None:
    assert answer_type("What is the stated purpose of the upcoming discussions?") is (
        AnswerType.GOAL
    )
    assert answer_type("whats duffy gonna talk to the russians about") is AnswerType.AGENDA


def test_which_person_leads_an_organisation_asks_for_its_head() -> None:
    relation = asked_relation("Which person currently leads Russia's space agency Roscosmos?")
    assert relation is not None and relation.named == "Roscosmos"


def test_how_long_so_far_is_not_told_by_interim() -> None:
    """ "interim" says Duffy's NASA post will not last, not how long he has held any."""
    lede = "NASA interim leader, U.S. Transportation Secretary Sean Duffy, announced plans."
    assert not supplies(AnswerType.DURATION, lede, "How long has Sean Duffy served as secretary?")
    assert supplies(AnswerType.DURATION, lede, "did duffy say how long hes gonna be nasa boss")


def test_a_date_of_what_is_to_come_is_not_one_gone_by() -> None:
    # "expected to", "how soon": what is to come, which "… was in October 2018" does not date
    past = "The last time they met face to face was in October 2018."
    soon = "Duffy announced plans to engage in direct talks this week."
    for question in ("How soon are the chiefs expected to sit down?", "When is it set to happen?"):
        assert time_frame(question) == "present"
        assert not supplies(AnswerType.DATE, past, question)
        assert supplies(AnswerType.DATE, soon, question)


def test_a_word_that_describes_a_thing_asks_of_no_beginning() -> None:
    # "the privately built outposts" are not asked when they were built …
    question = "How soon could the privately built outposts put modules in orbit?"
    sentence = "Their first modules could launch no earlier than 2028."
    assert supplies(AnswerType.DATE, sentence, question)
    # … but "When was the first module of the ISS launched?" is asked of a launch
    launched = "When was the first module of the ISS launched?"
    assert not supplies(AnswerType.DATE, "The crew met in 2018.", launched)
    assert supplies(AnswerType.DATE, "The first module of the ISS was launched in 1998.", launched)


def test_an_earlier_meeting_is_not_answered_by_one_to_come() -> None:
    question = "Who represented the Russian agency at the earlier summit?"
    assert not supplies(AnswerType.PERSON, "Duffy will speak with Bakanov this week.", question)
    then = "That meeting took place between then-NASA chief Jim Bridenstine and Dmitry Rogozin."
    assert supplies(AnswerType.PERSON, then, question)


def test_a_turn_in_a_career_asks_for_a_sentence_that_tells_of_it() -> None:
    question = "Why did Duffy end up as interim NASA chief in the first place?"
    said = "“This is a temporary assignment for me,” Duffy said of his role as interim NASA chief."
    assert answer_type(question) is AnswerType.EVENT
    assert not supplies(AnswerType.EVENT, said, question)
    # "in the first place" asks of no first
    assert all("first" not in told.reason for told in told_of(question))
    assert supplies(
        AnswerType.EVENT,
        "Duffy was tapped as interim chief after the resignation.",
        "Why was Duffy tapped?",
    )


def test_how_people_meet_is_told_only_by_a_sentence_that_says_so() -> None:
    question = "is this gonna be an actual irl sitdown or just a zoom call lol"
    assert answer_type(question) is AnswerType.EVENT
    assert told_far(question)  # the one sentence that can may lead from far down
    said = (
        "The meeting will be the first in-person dialogue between the heads of NASA and Roscosmos."
    )
    assert supplies(AnswerType.EVENT, said, question)
    assert not supplies(AnswerType.EVENT, "Duffy will speak with Dmitry Bakanov.", question)
    # … asked for itself: "who took part in the face-to-face summit" asks for people, and
    # video calls from the station are no meeting
    for other in (
        "Which two officials took part in the previous face-to-face summit?",
        "Will the astronauts make video calls from the station?",
    ):
        assert not told_far(other)


def test_how_a_meeting_to_come_is_held_is_not_told_by_one_gone_by() -> None:
    question = "Will the upcoming exchange between the two agency leaders happen face to face?"
    to_come = "The meeting will be the first in-person dialogue between the heads of the agencies."
    gone_by = "The last time NASA and Roscosmos leadership met face to face was in October 2018."
    assert told_far(question)  # an "exchange" between leaders is a meeting
    assert supplies(AnswerType.EVENT, to_come, question)
    assert not supplies(AnswerType.EVENT, gone_by, question)
    # … and asked of the meeting gone by, that one tells it
    assert supplies(AnswerType.EVENT, gone_by, "did they last meet face to face or on a call")


def test_whether_they_meet_is_told_by_a_sentence_that_tells_of_the_meeting() -> None:
    talks = "Duffy announced plans to engage in direct talks with Roscosmos this week."
    russians = "“We have wild disagreement with the Russians on Ukraine,” Duffy acknowledged."
    gone_by = "The last time NASA and Roscosmos leadership met face to face was in October 2018."
    for question in (
        "wait so duffy is actually gonna sit down w the russians?? lol",  # asked as said
        "Is Duffy going to meet the Russians?",
    ):
        assert answer_type(question) is AnswerType.EVENT
        assert supplies(AnswerType.EVENT, talks, question)
        assert not supplies(AnswerType.EVENT, russians, question)
        assert not supplies(AnswerType.EVENT, gone_by, question)  # a meeting to come
    # … not a question for something else about the meeting
    assert answer_type("so where are they meeting?") is AnswerType.PLACE
    point = "wait so duffy is gonna sit down w the russians?? whats the point of that lol"
    assert answer_type(point) is AnswerType.GOAL
    assert supplies(AnswerType.GOAL, "His aim is to find common ground.", point)
    # … nor a question of what is to be discussed in it
    for discussed in (
        "Is the cross-flight program going to be discused in the talks?",
        "Is the cross-flight program on the agenda for the Duffy-Bakanov talks?",
    ):
        assert AnswerType.EVENT is not answer_type(discussed)
    # a compound that ends in a word for a meeting names no meeting
    assert answer_type("Is a crew-exchange deal something they will discuss?") is (
        AnswerType.AGENDA
    )


def test_who_made_something_known_wants_a_sentence_that_says_so() -> None:
    """ "Who confirmed …?" is answered by "Bakanov confirmed …", not by another sentence that
    names someone near the question's words."""
    question = "ok but who actually confirmed whats on the agenda for the talks"
    confirmed = "According to TASS, Bakanov confirmed the topics of discussion will include X."
    announced = "NASA chief Sean Duffy announced plans to engage in direct talks this week."
    assert supplies(AnswerType.PERSON, confirmed, question)
    assert not supplies(AnswerType.PERSON, announced, question)
    # a verb a news story seldom uses is told by any verb of making known
    assert supplies(AnswerType.PERSON, confirmed, "Who revealed the subjects?")
    # … asked after a clause that sets the scene
    assert supplies(AnswerType.PERSON, confirmed, "And the Russians, who confirmed the topics?")
    # … and who did it may be named in the question: it asks which of them did
    named = "Who announced that Duffy would hold talks with Bakanov?"
    assert supplies(AnswerType.PERSON, announced, named)
    assert not supplies(AnswerType.PERSON, "Duffy will speak with Bakanov.", named)


def test_why_a_meeting_gone_by_was_held_wants_a_sentence_that_tells_of_it() -> None:
    """The aims a briefing gives are those of the talks to come: "His aim is …" does not say
    why a meeting of 2018 was held."""
    aim = "His aim is to find common ground on shared space interests."
    then = "The last time they met, in 2018, the aim was to agree on crew swaps."
    for question in (
        "Why did Bridenstine and Rogozin get together at Baikonur in 2018?",
        "What was the point of the previous summit?",
    ):
        assert told_of(question)
        assert not supplies(AnswerType.EVENT, aim, question)
        assert supplies(AnswerType.EVENT, then, question)
    # … not of the talks to come, nor why they have not met since
    assert not told_of("Why is Duffy meeting Bakanov this week?")
    assert not any("held" in t.reason for t in told_of("Why haven't they met since 2018?"))


def test_two_people_asked_for_want_a_sentence_that_names_both() -> None:
    question = "Which two space agency chiefs are going to sit down together?"
    both = "This week, Sean Duffy will speak with Dmitry Bakanov, the head of Roscosmos."
    one = "NASA interim leader Sean Duffy announced plans to engage in direct talks."
    assert supplies(AnswerType.PERSON, both, question)
    assert not supplies(AnswerType.PERSON, one, question)
    assert supplies(AnswerType.PERSON, one, "Which space agency chief will sit down?")


def test_who_it_was_back_in_a_year_is_not_someone_of_now() -> None:
    question = "was bakanov already running roscosmos back in 2018 or was that someone else"
    now = "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos."
    then = "That meeting took place between then-NASA chief Jim Bridenstine and Dmitry Rogozin."
    assert not supplies(AnswerType.PERSON, now, question)
    assert supplies(AnswerType.PERSON, then, question)
    # words that tell of no time do not say who it was then either
    timeless = "“We have wild disagreement with the Russians,” Sean Duffy acknowledged."
    assert not supplies(
        AnswerType.PERSON, timeless, "Who spoke for Russia at the previous meeting?"
    )
    assert supplies(AnswerType.PERSON, then, "Who spoke for Russia at the previous meeting?")


def test_whether_a_wish_is_shared_wants_a_sentence_that_tells_of_both_sides() -> None:
    both = "Both sides hope that by keeping cooperation alive in orbit, they can foster a vision."
    one = "“But we have a valuable partnership on the International Space Station.”"
    for question in (
        "r both sides actually hopeful about this or is it just duffy",
        "Is the Russian side also keen on keeping the joint work going up there?",
    ):
        assert told_far(question)
        assert supplies(AnswerType.EVENT, both, question)
        assert not supplies(AnswerType.EVENT, one, question)
    # what one side hopes for, asked as what, is no such question
    assert not told_of("What is Duffy hoping to find on matters both sides care about?")


def test_what_happens_in_hard_times_wants_a_sentence_that_tells_of_them() -> None:
    ties = "“We don’t discard those ties in difficult times.”"
    partnership = "“But we have a valuable partnership on the International Space Station.”"
    for question in (
        "Will NASA walk away from its ties with Russia when things get tough?",
        "lol is duffy gonna drop the russia partnership since things r rough",
        "Explain Duffy's view on keeping partnerships going in difficult periods.",
    ):
        assert supplies(AnswerType.EVENT, ties, question)
        assert not supplies(AnswerType.EVENT, partnership, question)
    assert not told_of("Will NASA walk away from its ties with Russia?")


def test_how_relations_stand_wants_a_sentence_that_tells_of_relations() -> None:
    relations = "Despite deteriorating relations in most areas, the ISS has remained a bridge."
    lede = "His aim is to find common ground, despite deep disagreements between the US and Russia."
    for question in (
        "how are us-russia relations in general rn",
        "Have ties between Washington and Moscow worsened across most fields?",
    ):
        assert told_far(question)
        assert supplies(AnswerType.EVENT, relations, question)
        assert not supplies(AnswerType.EVENT, lede, question)
    assert not told_of("Will NASA keep its ties with Russia?")  # asks of no state of them


def test_a_goal_of_keeping_something_is_told_by_an_effort_to_keep_it() -> None:
    question = "What is Duffy hoping to sustain by speaking with his Russian counterpart?"
    effort = "Duffy will speak with Bakanov in an effort to maintain cooperation on the ISS."
    aim = "His aim is to find common ground on shared space interests."
    assert answer_type(question) is AnswerType.GOAL
    assert supplies(AnswerType.GOAL, effort, question)
    assert not supplies(AnswerType.GOAL, aim, question)
    # any other goal is still told by what is aimed at, not by a passing effort
    assert supplies(AnswerType.GOAL, aim, "What is Duffy hoping to achieve?")
    assert not supplies(AnswerType.GOAL, effort, "What is Duffy hoping to achieve?")


def test_what_an_act_serves_told_after_it_is_its_point() -> None:
    question = "what's the point of him showing up at the launch anyway?"
    visit = "He will attend the launch, further underlining the US commitment to space."
    assert answer_type(question) is AnswerType.GOAL
    assert supplies(AnswerType.GOAL, visit, question)
    assert not supplies(AnswerType.GOAL, "He will attend the launch on Wednesday.", question)


def test_the_end_or_lengthening_of_a_things_life_wants_a_sentence_that_tells_of_it() -> None:
    agenda = "Topics include potential extensions of the ISS’s operational timeline."
    bridge = "Despite deteriorating relations, the ISS has remained a rare point of collaboration."
    for question in (
        "Could the orbiting laboratory's service life be prolonged?",
        "How do the two sides intend to get rid of the orbiting outpost?",
        "What will hapen to the Internatonal Space Staton at the end of its life?",
        "What becomes of the station at the end of its working life?",
        "what happens to the space station once its retired for good",
    ):
        assert supplies(AnswerType.EVENT, agenda, question)
        assert not supplies(AnswerType.EVENT, bridge, question)


def test_a_why_against_an_objection_is_answered_in_the_words_of_those_who_go_ahead() -> None:
    """ "why would nasa still talk to russia after all the ukraine stuff" raises an objection:
    the reply is in a quotation ("We have wild disagreement … But …"), not the aim as
    reported, which a "why bother" without one is answered by."""
    objection = "why would nasa still talk to russia after all the ukraine stuff"
    quoted = "“We have wild disagreement with the Russians on Ukraine,” Duffy acknowledged."
    reported = "His aim is to find common ground, despite deep disagreements over Ukraine."
    assert supplies(AnswerType.GOAL, quoted, objection)
    assert not supplies(AnswerType.GOAL, reported, objection)
    assert supplies(AnswerType.GOAL, reported, "why is duffy even bothering w the russians")


def test_the_first_of_a_list_is_no_first_of_its_kind() -> None:
    """ "Which program is named first on the agenda?" asks what the list puts first; "Who
    was named first head of Roscosmos?" asks for a first, which the agenda does not tell."""
    agenda = "Bakanov confirmed the topics will include the ongoing cross-flight program."
    for question in (
        "Which program between NASA and Roskosmos is named first on the Bakanov talks agenda?",
        "What is the first topic on the agenda?",
        "which topic is listed first?",
    ):
        assert not told_of(question), question
    assert told_of("Who was named first head of Roscosmos?")
    assert not supplies(AnswerType.PERSON, agenda, "Who was named first head of Roscosmos?")


def test_until_when_wants_a_date_something_runs_until() -> None:
    question = "Until what year are NASA and Roscosmos currently committed to operating the ISS?"
    since = "The meeting will be the first in-person dialogue between the heads since 2018."
    assert not supplies(AnswerType.DATE, since, question)
    assert supplies(AnswerType.DATE, "They agreed to fly the station through 2030.", question)


def test_how_long_something_will_run_is_no_date_gone_by() -> None:
    """ "between" in "How long will the agreement between NASA and Roscosmos run?" names who
    agreed, not a gap between two dates."""
    question = "How long will the seat-swap agreement between NASA and Roscosmos run?"
    since = "The meeting will be the first in-person dialogue between the heads since 2018."
    assert not supplies(AnswerType.DURATION, since, question)
    assert supplies(AnswerType.DURATION, since, "how long has it been since they met")
    assert supplies(AnswerType.DURATION, "The deal runs for five years.", question)


def test_an_effect_asked_for_wants_a_sentence_that_tells_of_one() -> None:
    question = "How would the proposed NASA budget cuts affect ISS operations?"
    talks = "Duffy will speak with Bakanov to maintain cooperation on the ISS."
    assert answer_type(question) is AnswerType.EVENT
    assert not supplies(AnswerType.EVENT, talks, question)
    assert supplies(AnswerType.EVENT, "The cuts will affect crew rotations on the ISS.", question)


def test_words_that_end_a_statement_or_a_post_held_are_no_outcome_or_successor() -> None:
    """ "what principle … concluded the statement" asks for words, not for what was agreed;
    "the provisional nature of his appointment" is his post, not who replaces him."""
    ended = (
        "In the remarks on Capitol Hill, what principle concerning the preservation of "
        "bilateral ties during periods of adversity concluded the statement?"
    )
    assert [t.reason for t in told_of(ended)] == ["tells of hard times"]
    post = "What did he say, in juxtaposition to the provisional nature of his appointment?"
    assert not told_of(post)
    assert told_of("Explain what Bridenstine and Rogozin concluded at Baikonur.")
    assert told_of("Who will be appointed to replace Duffy?")
    # relations that become difficult are no turn in a career; becoming head is
    difficult = (
        "What did he say about ties when relations between Washington and Moscow become difficult?"
    )
    assert not told_of(difficult)
    assert told_of("When did Bakanov become head of Roscosmos?")
    # the appointment he holds, with any words before it; one to come is a successor's
    assert not told_of("How does the acting administrator characterize his current appointment?")
    assert told_of("Who will get the permanent appointment as NASA administrator?")
    assert told_of("When is the appointment of a new administrator expected?")


def test_a_post_held_at_a_meeting_gone_by_is_not_told_by_one_to_come() -> None:
    """ "the job title held by the American agency chief at the 2018 gathering" is
    "then-NASA Administrator", not "the heads" of the meeting to come."""
    question = "which job title held by the American agency chief at the 2018 gathering?"
    assert answer_type(question) is AnswerType.OFFICE
    to_come = "The meeting will be the first in-person dialogue between the heads of NASA."
    gone_by = "That meeting took place at Baikonur between then-NASA Administrator Jim Bridenstine."
    assert not supplies(AnswerType.OFFICE, to_come, question)
    assert supplies(AnswerType.OFFICE, gone_by, question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "I read Duffy is the interim NASA cheif. I was wondering what his regular "
            "Transportation job title is?",
            AnswerType.OFFICE,
        ),
        (
            "i read they haven't met in ages. i was wondering when the last time was?",
            AnswerType.DATE,
        ),
        ("I was wondering how long his stint is?", AnswerType.DURATION),
        # who the one the lead-in names is: told where it names him, as no other person
        ("i read the transport secretary runs nasa. i was wondering who exactly that is", None),
    ],
)
def test_a_question_after_what_the_asker_read_is_typed_by_what_it_asks(
    question: str, kind: AnswerType | None
) -> None:
    assert answer_type(question) is kind


def test_the_last_of_what_was_said_is_no_time_gone_by() -> None:
    assert not asks_of_gone_by("What was the last thing Duffy said about the station?")
    assert not asks_of_gone_by("the last line of his remarks")
    assert asks_of_gone_by("When did the two chiefs last meet?")
    # chat's "old" and "ex-" before a post
    assert asks_of_gone_by("who was the old roscosmos boss")
    assert asks_of_gone_by("what did the ex-NASA chief say")
    assert not asks_of_gone_by("How old is the ISS?")
    # … and "that old meeting", "back at" it
    assert asks_of_gone_by("who was the russian space chief back at that old meeting")
    assert asks_of_gone_by("who ran roscosmos at the old summit")
    assert time_frame("old roscosmos boss") == "past"
    # chat's "where's he going" asks of now
    assert time_frame("where's the nasa guy going on wednesday") == "present"


def test_a_noun_that_describes_or_does_is_not_what_is_asked_for() -> None:
    """ "What program involving cosmonauts …?" asks for a program, not for cosmonauts; and
    in "what both agencies hope …" the agencies are who hopes."""
    assert asked_role("What program involving cosmonauts is on the agenda?") is None
    assert asked_role("Which cosmonauts are on the agenda?") is not None
    assert asked_thing("what both parties hope to gain from it") is None
    assert told_of("Which scheme involving cosmonauts flying on US capsules is discussed?") == ()
