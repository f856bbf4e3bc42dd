"""Who a post in a question stands for (bot/roles.py)."""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.roles import Roles, post_before, respell_posts

SENTENCES = [
    "NASA interim leader, U.S. Transportation Secretary Sean Duffy, announced talks.",
    "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos, this week.",
    "They met at the Baikonur Cosmodrome between then-NASA Administrator Jim Bridenstine and "
    "Roscosmos chief Dmitry Rogozin.",
    "She is joined by NASA pilot Marcus Oyelaran, Japanese astronaut Dr. Haruto Sekine of JAXA.",
]
PEOPLE = ["duffy", "bakanov", "bridenstine", "rogozin", "oyelaran", "sekine"]


@pytest.fixture(scope="module")
def roles() -> Roles:
    return Roles(SENTENCES, PEOPLE)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What is the acting chief doing on Wednesday?", "the acting chief Duffy doing"),
        ("Does the stand-in administrator see his job as permanent?", "administrator Duffy see"),
        ("How does the transport secretary see his stint?", "transport secretary Duffy see"),
        ("what did the American official say", "official Duffy say"),
        ("What is the transport secretary's other job?", "the transport secretary Duffy's"),
        ("Where did the former NASA administrator meet?", "administrator Bridenstine meet"),
        ("Who will the current Roscosmos head meet?", "Roscosmos head Bakanov meet"),
        # chat's word for someone in a post
        ("wait the transportation guy is in charge of nasa too??", "transportation guy Duffy is"),
        # the post is who does it, not who is asked for
        ("Who is the acting NASA chief meeting?", "chief Duffy meeting"),
    ],
)
def test_a_post_is_read_with_the_name_of_the_one_person_who_holds_it(
    roles: Roles, question: str, named: str
) -> None:
    assert named in roles.name(question.replace("American", "U.S."))


@pytest.mark.parametrize(
    "question",
    [
        "Who is the acting NASA head?",  # what is asked for
        "who's the nasa boss rn",
        "Who is currently serving as the stand-in NASA chief?",
        "Which former NASA administrator met Rogozin?",
        "Where did the Roscosmos chief meet?",  # Bakanov now, Rogozin then: either
        "What did the chief say?",  # four chiefs
        "Who did the agency heads meet?",  # several people
        "Did the acting chief Sean Duffy say more?",  # named already
        "Did the acting chief Duffy say more?",
        # the asker does not know who it is: that is what is asked
        "who's running nasa?? heard it's some transportation guy",
    ],
)
def test_a_post_is_left_alone_unless_it_is_one_persons(roles: Roles, question: str) -> None:
    assert roles.name(question) == question


def test_a_post_belongs_to_its_own_name_in_a_list() -> None:
    """ "NASA pilot Marcus Oyelaran, Japanese astronaut Dr. Haruto Sekine": Sekine is no pilot."""
    roles = Roles(SENTENCES, PEOPLE)
    assert "Oyelaran" in roles.name("What does the NASA pilot do?")
    assert "Sekine" in roles.name("Where is the Japanese astronaut from?")


def test_whom_a_post_meets_is_asked_of_its_holder(answerer: Answerer) -> None:
    """ "Who is the acting NASA chief meeting?" is about Duffy's meeting, not who the chief is
    (which quoted Duffy on his post)."""
    answer = answerer.answer("Who is the acting NASA chief meeting?")
    assert answer.answered, answer.reason
    assert "Dmitry Bakanov" in answer.quotes[0].text


def test_a_question_naming_a_post_gets_that_persons_words(answerer: Answerer) -> None:
    """ "The acting administrator" is Duffy, who called his post "a temporary assignment"."""
    answer = answerer.answer("How did the acting administrator describe the length of his tenure?")
    assert answer.answered, answer.reason
    assert "temporary assignment" in answer.quotes[0].text
    assert answer.quotes[0].speaker == "Sean Duffy"


def test_a_persons_reported_words_are_theirs(answerer: Answerer) -> None:
    """ "Duffy emphasised that …" gives his words as much as a quotation does: with the
    quotations preferred, "According to the acting chief, …" found one of those instead."""
    retriever = answerer.retriever
    signals = retriever.signals("According to the acting chief, what does progress rely on?")
    theirs = {retriever.index.corpus.sentences[i].text[:20] for i in signals.speaker.nonzero()[0]}
    assert "Duffy emphasised tha" in theirs
    assert "“This is a temporary" in theirs
    answer = answerer.answer("According to the acting chief, what does mankind's advance rely on?")
    assert "global partnerships" in answer.quotes[0].text


def test_a_post_that_says_whose_words_are_asked_for_is_not_what_they_are_about(
    answerer: Answerer,
) -> None:
    """ "What did the interim NASA chief say …?" names Duffy by his post: his words are
    compared with the question without it, or the one that says "his role as interim NASA
    chief" wins on those words alone."""
    question = "What did the interim NASA chief say the US shares with Russia on the ISS?"
    answer = answerer.answer(question)
    assert "valuable partnership" in answer.quotes[0].text
    assert answer.quotes[0].speaker == "Sean Duffy"


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("What did the interim NASA chief Duffy say?", "What did "),
        ("What did Sean Duffy say?", "What did Sean "),  # no post before the name
        ("Did the chief, Duffy, say so?", "Did the chief, "),  # not told just before it
    ],
)
def test_where_the_post_before_a_name_begins(question: str, start: str) -> None:
    at = question.index("Duffy")
    assert question[: post_before(question, at)] == start


@pytest.mark.parametrize(
    "query",
    [
        "NASA interim head",
        "acting NASA boss",
        "transport secretary",
        # a post written out in full is still only a post
        "NASA interim leader Transportation Secretary",
        # … and with a word that asks only who
        "interim NASA leader identity",
        "acting NASA boss name",
    ],
)
def test_a_search_for_a_post_finds_where_its_holder_is_introduced(
    answerer: Answerer, query: str
) -> None:
    """A post typed alone asks who holds it: the sentence that introduces Duffy with his
    posts, not his words about one of them."""
    answer = answerer.answer(query)
    assert answer.quotes[0].text.startswith("NASA interim leader, U.S. Transportation Secretary")
    assert answerer.retriever.roles.holders(query) == ["Duffy"]


def test_chats_guy_in_a_post_is_its_holder(answerer: Answerer) -> None:
    """ "the transportation guy" is Duffy: the sentence that gives him both posts answers
    whether he is in charge of NASA too."""
    answer = answerer.answer("wait the transportation guy is in charge of nasa too?? lol")
    assert answer.quotes[0].text.startswith("NASA interim leader, U.S. Transportation Secretary")


@pytest.mark.parametrize(
    ("query", "only_posts"),
    [
        ("NASA interim leader Transportation Secretary", True),
        ("the acting NASA head", True),
        ("interim NASA chief Crew-11 launch", False),
        ("Baikonur 2018 meeting", False),  # no post at all
    ],
)
def test_whether_a_query_is_nothing_but_posts(roles: Roles, query: str, only_posts: bool) -> None:
    assert roles.only_posts(query) is only_posts


def test_a_post_is_encoded_as_the_person_it_stands_for(answerer: Answerer) -> None:
    """ "the acting chief" drew "… his role as interim NASA chief" by its words alone; read
    as Duffy, the question finds what he does in the middle of the week."""
    answer = answerer.answer("What's the acting chief doing in the middle of the week?")
    assert "Cape Canaveral, Florida on Wednesday" in answer.quotes[0].text


def test_a_post_asked_for_after_an_adverb_is_not_read_as_its_holder(answerer: Answerer) -> None:
    """ "Who is currently the acting head of NASA?" asks who holds the post: read as "…
    the acting head Duffy of NASA", it was refused as asking who heads Duffy."""
    question = "Who is currently the acting head of the American space agency?"
    assert answerer.retriever.roles.holders(question) == []
    answer = answerer.answer(question)
    assert answer.quotes[0].text.startswith("NASA interim leader, U.S. Transportation Secretary")
    # … typed with a slip, the adverb is read as such before the post is
    answer = answerer.answer("Who is currenlty serving as the acting head of NASA?")
    assert answer.answered, answer.reason
    assert answer.quotes[0].text.startswith("NASA interim leader, U.S. Transportation Secretary")


def test_a_post_a_which_question_ends_with_is_what_it_asks_for(answerer: Answerer) -> None:
    """ "Which secretary is serving as the interim head of NASA?" asks who holds the post:
    read as "… the interim head Duffy", it asked for someone other than Duffy, and was
    refused. A post followed by more of the question is still its holder's."""
    roles = answerer.retriever.roles
    assert roles.holders("Which secretary is now serving as NASA's stand-in boss?") == []
    assert roles.holders("Which official is the stand-in NASA boss meeting with?") != []
    answer = answerer.answer("Which cabinet secretary is now serving as NASA's stand-in boss?")
    assert answer.quotes[0].text.startswith("NASA interim leader, U.S. Transportation Secretary")


def test_a_post_asked_for_with_its_organisation_or_by_a_quizs_command(
    answerer: Answerer,
) -> None:
    """ "Which official is the current head of Roscosmos?" asks who holds the post, though
    "of Roscosmos" follows it; read as "… the current head Bakanov of Roscosmos" it asked
    who heads Bakanov, and was refused. So was a quiz's "Identify the NASA leader who met
    Rogozin in 2018": read as "… leader Bridenstine", it asked for someone else."""
    roles = answerer.retriever.roles
    for question, opens in [
        ("Which official is the current head of Roscosmos?", "Duffy will speak with Dmitry"),
        ("Identify the NASA leader who met Dmitry Rogozin in 2018.", "The last time NASA"),
        ("Name the Roscosmos head Duffy will speak with.", "Duffy will speak with Dmitry"),
    ]:
        assert roles.holders(question) == [], question
        answer = answerer.answer(question)
        assert answer.answered, (question, answer.reason)
        assert answer.quotes[0].text.startswith(opens), question
    # … a post followed by more of the question is still its holder's
    assert roles.holders("Which official is the current head of Roscosmos meeting?") != []


def test_a_name_in_the_possessive_is_named_already(roles: Roles) -> None:
    """ "Duffy's day job as Transportation Secretary" names Duffy: no "Duffy" is added
    after the post, which made the question ask of him twice."""
    question = "What's the exact phrase naming Duffy's day job as Transportation Secretary?"
    assert roles.name(question) == question
    assert "Secretary Duffy" in roles.name("What is the Transportation Secretary doing?")


def test_a_post_set_off_after_which_is_what_it_asks_for(answerer: Answerer) -> None:
    """ "Which official, as the current head of Roscosmos, …" describes whom it asks for: read
    as "… the current head Bakanov", it asked who heads Bakanov, and was refused."""
    roles = answerer.retriever.roles
    question = "Which official, in his capacity as the current Roscosmos head, will see Duffy?"
    assert roles.holders(question) == []
    assert answerer.answer(question).quotes[0].text.startswith("Duffy will speak with Dmitry")


def test_a_post_set_off_at_the_end_of_who_is_what_it_asks_for(answerer: Answerer) -> None:
    """ "who's running nasa rn, the interim guy?" asks for him: read as "… the interim guy
    Duffy", it named Duffy, and "who" was answered by someone else, the Roscosmos head."""
    question = "fact check pls: who's actually running nasa rn, the interim guy?"
    assert answerer.answer(question).quotes[0].text.startswith("NASA interim leader, U.S.")
    assert answerer.retriever.roles.holders(question) == []
    # … or offered as a guess after the comma
    guess = "wait who's actually running nasa rn, is it really the transportation guy??"
    assert answerer.retriever.roles.holders(guess) == []
    assert answerer.answer(guess).quotes[0].text.startswith("NASA interim leader, U.S.")
    # … or after a filler ("like", "maybe")
    filler = "who is in charge of nasa these days, like the interim boss?"
    assert answerer.retriever.roles.holders(filler) == []
    assert answerer.answer(filler).quotes[0].text.startswith("NASA interim leader, U.S.")
    # "who held the post of …" asks for its holder as "who was …" does
    assert (
        answerer.retriever.roles.holders("Who held the post of NASA Administrator in 2018?") == []
    )
    # … a post inside the question still names its holder
    assert answerer.retriever.roles.holders("who is the interim guy meeting, bakanov?") != []


def test_a_long_post_is_read_whole(answerer: Answerer) -> None:
    """ "Which former American space agency boss …" is the former one, Bridenstine, asked
    for: not the current one, Duffy, on the first four words before "boss"."""
    answer = answerer.answer("Which former American space agency boss attended the last summit?")
    assert "then-NASA Administrator Jim Bridenstine" in answer.quotes[0].text


def test_the_words_of_someones_posts(answerer: Answerer) -> None:
    roles = answerer.retriever.roles
    assert {"head", "roscosmo"} <= roles.post_words("Bakanov")
    assert "nasa" in roles.post_words("duffy")
    assert roles.post_words("Nobody") == frozenset()


def test_of_two_who_fit_a_post_alike_the_one_whose_words_are_asked_for(
    answerer: Answerer,
) -> None:
    """ "The Roscosmos chief" is Bakanov now and Rogozin in 2018; asked what he confirmed,
    it is the one whose words the briefing reports."""
    roles = answerer.retriever.roles
    assert roles.holders("What did the Roscosmos chief confirm?") == []
    assert roles.holders(
        "What did the Roscosmos chief confirm?", prefer=frozenset({"bakanov"})
    ) == ["Bakanov"]
    answer = answerer.answer("What did the Roscosmos chief confirm?")
    assert "Bakanov confirmed the topics of discussion" in answer.quotes[0].text


def test_a_post_asked_of_a_time_gone_by_is_its_holder_then(answerer: Answerer) -> None:
    """ "The American agency chief at the 2018 gathering" was Bridenstine ("then-NASA
    Administrator"), not the interim chief of now; asked of now, the post is Duffy's."""
    roles = answerer.retriever.roles
    # (as the question is read: "American" is the briefing's "US", see bot.aliases)
    assert roles.holders("What did the US agency NASA chief say?") == ["Duffy"]
    assert roles.holders("the US agency NASA chief at the 2018 gathering", then=True) == []
    answer = answerer.answer("Give the job title held by the American agency chief in 2018.")
    assert "then-NASA Administrator Jim Bridenstine" in answer.quotes[0].text
    # … a post only the time fits ("its chief") is no one's, and one asked for is not read
    assert roles.holders("when its chief last sat down with his counterpart", then=True) == []
    assert roles.holders("who even was the nasa boss back in 2018", then=True) == []
    # "will last" tells of no time gone by
    assert (
        answerer.answer(
            "Does the NASA leader think that his job running the agency will last long?"
        )
        .quotes[0]
        .text.startswith("“This is a temporary assignment for me,”")
    )


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("What's the acning chief doing on Wednesday?", "What's the acting chief doing"),
        ("Does the actng adminisrator see it as permanent?", "the acting administrator see"),
        # a word of the language stays, though one slip from "chief"
        ("Is the chef from Roscosmos?", "Is the chef from"),
    ],
)
def test_a_post_typed_with_a_slip_is_read_as_that_post(typed: str, read: str) -> None:
    assert read in respell_posts(typed, {"is", "the", "chef", "from"})


def test_a_post_typed_with_a_slip_is_still_its_holders(answerer: Answerer) -> None:
    answer = answerer.answer("How does the actng administrator characterize his tenure?")
    assert answer.answered, answer.reason
    assert "temporary assignment" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Is Sean Duffy the interim head of NASA?", "Duffy"),
        ("Is it true that Bakanov is the current head of Roscosmos?", "Bakanov"),
        ("is duffy still nasa's acting chief", "Duffy"),
        # asks more than whether the post is theirs
        ("Is Duffy, the acting chief, meeting Bakanov?", None),
        ("Is Duffy the interim head of NASA and the head of Roscosmos?", None),
        # the post alone: who holds it
        ("Who is the acting head of NASA?", None),
    ],
)
def test_whether_someone_holds_a_post_is_read(
    roles: Roles, question: str, holder: str | None
) -> None:
    assert roles.asks_if_holds(question) == holder


def test_whether_someone_holds_a_post_is_answered_where_they_are_introduced(
    answerer: Answerer,
) -> None:
    """ "… his role as interim NASA chief" has the post's words, but the sentence that
    introduces him by it says who he is."""
    for question in (
        "Is Duffy still the acting NASA chief?",
        "Confirm: Duffy is NASA's interim boss",
    ):
        answer = answerer.answer(question)
        assert answer.quotes[0].text.startswith("NASA interim leader, U.S. Transportation"), (
            question
        )


def test_asked_of_now_a_post_is_its_holders_now(answerer: Answerer) -> None:
    """ "The NASA guy" fits the interim chief and the "then-NASA Administrator" alike; asked
    of now, it is the interim chief. (Read as no one's, it was answered with 2018's venue.)"""
    roles = answerer.retriever.roles
    assert roles.holders("where's the nasa guy going on wednesday", now=True) == ["Duffy"]
    # … not asked of now, or of no time, it is either
    assert roles.holders("and nasa's guy at that meeting was who") == []
    # … and one asked for is not read as anyone's
    assert roles.holders("yo who's the nasa guy doing the russia talks", now=True) == []
    assert roles.holders("where did the nasa guy meet rogozin back in 2018", then=True) == [
        "Bridenstine"
    ]
    answer = answerer.answer("where's the nasa guy going on wednesday")
    assert "Duffy will visit Cape Canaveral" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "now"),
    [
        ("Is Dmitry Rogozin still in charge of Roscosmos?", "Bakanov"),
        ("wait is rogozin still the roscosmos guy or did that change", "Bakanov"),
        ("Is Bridenstine still the NASA administrator?", "Duffy"),
        # not of now, of no post, or of one who holds it now
        ("Was Rogozin in charge of Roscosmos in 2018?", None),
        ("Is Rogozin still alive?", None),
        ("Is Duffy still the NASA chief?", None),
    ],
)
def test_who_holds_now_a_post_asked_of_one_who_held_it_before(
    roles: Roles, question: str, now: str | None
) -> None:
    assert roles.successor(question) == now


def test_of_a_time_gone_by_one_who_held_a_post_then_fits_it(roles: Roles) -> None:
    """ "the American administrator in 2018" was read as Duffy, the only one called U.S.,
    though Bridenstine was the NASA Administrator then: of the two, neither is named."""
    question = "Which former Russian boss received the U.S. administrator in 2018?"
    assert roles.holders(question, then=True) == []
    assert roles.holders(question) == ["Duffy"]
