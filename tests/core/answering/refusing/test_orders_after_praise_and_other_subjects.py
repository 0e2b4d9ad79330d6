"""The classes of blind sets ZF and ZG (stop 35, zfg35), tested in other words than the sets and
than the probes in ``benchmarks/probes/zfg35-s35``.

- An order of work placed after a preamble that praises lessons ("... anyway, can you write my
  salon's price list") is refused: the preamble's course words no longer carry it to a passage.
  A course question in the same frame stays answered.
- A route or the rules of the road is another subject, refused as outside the job; "code" in
  "the highway code" is no word of the course's subject; a listed short code ("t5") in such a
  question is no model. Untaught ML jargon stays a near miss.
- Near misses of engineering and transport ML ("digital twin", "lidar") are declined naming them.
- "with real numbers" after precision and recall answers from the worked example; "what would
  you use for ring shaped ones" after k-means' failures names DBSCAN; an analogy that makes a
  reason plain comes with it.
- A list of what the course covers "for ml vs gen ai" is a list, searched without the preamble;
  "other than images and text, what else" is answered past the items set aside.
"""

from __future__ import annotations

from tutor.core.answering import orders, shapes
from tutor.core.answering.conversation import Conversation
from tutor.core.answering.subjects import names_subject

SAME_IND = "industry-use-cases#same-industries-different-jobs"
CODE_AUDIO = "generative-ai-applications#code-audio-and-new-drug-molecules"
PR = "evaluating-models#precision-and-recall-computed-from-a-confusion-matrix"
TOKENS = "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"
REFUSED = "Sorry, "


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def converse(tutor, turns: list[str]):
    conversation = Conversation()
    answer = None
    for turn in turns:
        answer = tutor.ask(turn, conversation)
        conversation.record(turn, answer)
    return answer


def test_an_order_after_praise_for_lessons_is_refused(tutor) -> None:
    answer = tutor.ask(
        "hairdresser here. the lessons on overfitting and the gan forger were really good, cleared a lot up "
        "for me. anyway, before i go, can you write my salon's new price list for the window"
    )
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(REFUSED)


def test_a_course_question_after_the_same_praise_is_answered(tutor) -> None:
    # (Guards: a course question asked politely, and one the course answers on its own.)
    answer = tutor.ask(
        "hairdresser here. the lessons on overfitting and the gan forger were really good, cleared a lot up "
        "for me. anyway, before i go, can you explain why a model that memorises does badly on new data"
    )
    assert answer.in_scope
    answer = tutor.ask(
        "i run a salon with years of booking records, the clustering lesson was great by the way. "
        "can you figure out which kind of learning would sort my clients into groups?"
    )
    assert answer.in_scope


def test_the_order_after_a_preamble_is_found() -> None:
    text = "loved the lesson on k-means and the one about bias, really clear. anyway, can you book my mot for friday"
    assert (orders.order_after_preamble(text) or "").endswith("can you book my mot for friday")
    # (Guard: after a question, "give me every cost bucket" says how to answer; no job.)
    assert orders.order_after_preamble("running a cafe here. when a shop brings in ai, where does the money go? give me every cost") is None
    assert orders.order_after_preamble("can you book my mot for friday") is None  # no preamble


def test_a_route_and_road_rules_are_another_subject(tutor) -> None:
    for question in (
        "postman. quickest way from the sorting office to the ring road at rush hour, bypass or through town?",
        "new rider. what does the highway code say about overtaking cyclists on a narrow lane",
    ):
        answer = tutor.ask(question)
        assert not answer.in_scope and answer.text.startswith(REFUSED), question


def test_code_of_another_kind_is_no_subject_word(tutor) -> None:
    assert not names_subject("what is the dress code for the office party", tutor.subject_stems)
    assert names_subject("can ai write python code for me", tutor.subject_stems)


def test_untaught_models_and_jargon_stay_near_misses(tutor) -> None:
    # (Guards: the short code T5 is a model where nothing else is asked; machine jargon of a trade.)
    answer = tutor.ask("what is t5")
    assert "does not cover t5" in answer.text.lower()
    answer = tutor.ask("warehouse robot engineer. how does an occupancy grid help the robot map the aisles?")
    assert "does not cover occupancy grid" in answer.text.lower()


def test_engineering_and_transport_near_misses_are_named(tutor) -> None:
    answer = tutor.ask("plant manager. what's a digital twin of a factory and how is it kept up to date?")
    assert "does not cover digital twin" in answer.text.lower()
    answer = tutor.ask("bin lorry driver. the new truck has lidar on the back, how does it see people behind it?")
    assert "does not cover lidar" in answer.text.lower()


def test_real_numbers_after_precision_and_recall(tutor) -> None:
    answer = converse(tutor, ["what do precision and recall mean", "go on, show it with real numbers"])
    assert cited(answer)[0] == PR
    assert "0.60" in answer.text or "15 / 25" in answer.text


def test_what_to_use_for_the_shapes_k_means_misses(tutor) -> None:
    answer = converse(tutor, ["how does k-means work", "what are its weak spots", "what would you use for ring shaped clusters then"])
    assert "DBSCAN" in answer.text


def test_the_analogy_comes_with_the_reason(tutor) -> None:
    answer = converse(tutor, ["what is a train/test split", "why can't i just check it on the training examples?"])
    assert "memoris" in answer.text


def test_which_industries_the_course_covers_is_a_list() -> None:
    question = "gym receptionist, helping with a staff talk. what industries does the course go through for ml vs gen ai? all of them"
    assert shapes.detect(question).kind == "list"
    assert shapes.from_what_the_course_covers(question).startswith("what industries")


def test_the_industries_the_course_covers_are_listed(tutor) -> None:
    answer = tutor.ask("gym receptionist, helping with a staff talk. what industries does the course go through for ml vs gen ai? all of them")
    assert cited(answer)[0] == SAME_IND
    assert "healthcare" in answer.text.lower() and "retail" in answer.text.lower()


def test_past_the_things_set_aside(tutor) -> None:
    answer = tutor.ask("bus mechanic. other than drawing images and writing stories, what can generative ai make? full list, i heard chemistry too")
    assert cited(answer)[0] == CODE_AUDIO


def test_tokens_asked_about_in_a_booking_tool(tutor) -> None:
    answer = tutor.ask("hotel receptionist. the reservation assistant says my prompt has too many tokens. is a token a whole word?")
    assert answer.in_scope and cited(answer)[0] == TOKENS
