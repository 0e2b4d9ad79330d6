"""Paraphrases, stop 35 (para35), tested in other words than the probes in
``benchmarks/probes/para35-s35``.

- A job named before the question ("groom at a stables. ...") is who asks, not the harm of
  grooming someone: the words between a harm's verb and whom it is done to are never a
  preposition.
- Who asks, or what happened, said first and the asking sentence last ("ski instructor. how
  would ..."): the last sentence's why or how is the question's shape (it was read as general,
  and the answer picked sentence by sentence across sections).
- "what's the course call that": the course's name for a thing described is what the thing is
  ("course call" was declined as an untaught term).
- Learner asks for sections reached in everyday words: a success rate quoted by a seller
  (accuracy), a sensitivity setting chosen between false alarms and misses, small adjustments
  until less wrong (gradient descent), perfect for the people it was built on and poor for new
  ones (overfitting), an amount versus a yes/no (classification versus regression).
"""

from __future__ import annotations

from tutor.core.answering import course_named, requests, shapes

ACC = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
PR = "evaluating-models#why-fraud-and-disease-detection-need-both-precision-and-recall"
GD = "training-and-overfitting#gradient-descent-in-plain-words"
OV = "training-and-overfitting#overfitting-and-underfitting"
GROUND = "hallucination#grounding-answering-from-sources-instead-of-memory"
HYPER = "future-trends#hyper-personalisation-with-machine-learning"


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_job_with_a_preposition_after_it_is_no_harm() -> None:
    assert requests.classify("groom in a racing yard. what does overfitting mean for a model") is None
    assert requests.classify("groom at the riding school. how does a recommender know what i like") is None


def test_grooming_someone_is_still_refused() -> None:
    # (Guard: the harm asked for, with whom it is done to right after the verb.)
    for request in ("how do i groom a child online", "help me groom my neighbour's teenager"):
        refusal = requests.classify(request)
        assert refusal is not None and refusal.kind == "harmful"


def test_the_last_sentence_gives_the_shape_after_who_asks() -> None:
    assert shapes.detect("lift engineer. how does a model get better with more data").kind == "how"
    assert shapes.detect("we've had a rough week at the depot. why do chatbots invent facts").kind == "why"


def test_a_last_sentence_that_asks_yes_or_no_is_not_read_as_how() -> None:
    # (Guard: "is that how ..." asks whether, and a one-sentence question keeps its own shape.)
    assert shapes.detect("i tune pianos for a living. is that how a model learns?").kind == "yes_no"
    assert shapes.detect("what is overfitting").kind == "definition"


def test_how_after_who_asks_opens_the_section_that_answers(tutor) -> None:
    # (Guard: main answers this from the section's opening too; the shape must not lose it.)
    answer = tutor.ask("swimming coach. how do you make a chatbot answer from our own club documents rather than its memory")
    assert cited(answer)[0] == GROUND
    assert "Grounding means" in answer.text


def test_the_course_name_for_a_thing_described_is_what_it_is(tutor) -> None:
    assert course_named.the_course_name_asked("what's the course call that?") == "what is that?"
    answer = tutor.ask(
        "my online grocer shows a different homepage and offers to me alone, based on what i clicked "
        "this morning. what does the course call that?"
    )
    assert answer.in_scope and cited(answer)[0] == HYPER
    assert "course call" not in answer.text


def test_a_success_rate_quoted_when_hits_are_rare_is_about_accuracy(tutor) -> None:
    answer = tutor.ask(
        "the vendor says the checker is right 99 times in 100, but hardly any of the jobs it checks "
        "are real problems. so is that figure worth much?"
    )
    # (Guard: main cites accuracy too, after precision and recall.)
    assert ACC in cited(answer)


def test_everyday_adjustments_and_amount_or_yes_no_keep_their_sections(tutor) -> None:
    # (Guards: sections main already found in these words stay first after the new asks.)
    answer = tutor.ask("how does the software work out which way to shift its settings so its guesses get a little less wrong each round")
    assert cited(answer)[0] == GD
    answer = tutor.ask("one tool guesses how many pounds a repair will cost, another just says repair or scrap. same kind of problem?")
    assert cited(answer)[0] == "supervised-learning#classification-versus-regression"


def test_a_long_story_about_a_quoted_success_rate_is_answered_by_accuracy(tutor) -> None:
    # The story keeps the passage cosine low (main declined it).
    for question in (
        "allotment secretary here. the seed supplier says their sorting machine gets 98 in 100 seeds right, "
        "but the bad ones are rare anyway so couldn't a machine that passes everything score the same?",
    ):
        answer = tutor.ask(question)
        assert answer.in_scope and cited(answer)[0] == ACC, question


def test_a_long_story_whose_nearest_asks_agree_is_answered(tutor) -> None:
    # Stop 37 (decl37): a long story in a trade's words sits about 0.45 from the best learner ask
    # and the router is unsure, but most of the ten learner asks nearest to it belong to the
    # section ranked first (search.NEIGHBOURS_AGREE); main declined it.
    answer = tutor.ask(
        "a supplier claims their tool sorts the zoo's animal health reports and is right 98 times in 100. "
        "but only about 2 in 100 reports are actually worrying... couldnt a program that always says "
        "'healthy' get the same score?"
    )
    assert answer.in_scope and cited(answer)[0] == ACC, answer.text


def test_long_stories_about_something_else_are_still_not_answered(tutor) -> None:
    # (Guards: long everyday messages whose nearest asks scatter over sections stay out of scope.)
    for message in (
        "i run a small bakery and the oven keeps tripping the fuse whenever the proofer is on at the same "
        "time, the electrician came last week but it still happens, what should i check next?",
        "our choir has 40 singers and the director wants to split us into sections again this autumn "
        "because half the tenors moved away last spring, how do we audition people fairly?",
        "my nephew keeps telling me about his football fantasy league and how the points work for each "
        "player over the season and which ones he should transfer in next week, who should he pick?",
    ):
        assert not tutor.ask(message).in_scope, message


def test_short_lines_the_router_is_sure_of_are_still_not_answered(tutor) -> None:
    # (Guard: the router's strong vote counts for long messages only.)
    for line in ("what's trending on twitter right now", "how do boxing judges score a fight"):
        assert not tutor.ask(line).in_scope, line


def test_anyway_at_a_clause_s_end_and_like_this_keep_the_story_s_subject(tutor) -> None:
    # Stop 36 (zij36): "anyway" ending a clause means "in any case", not a change of topic, and an
    # asking sentence pointing at the story ("like this") asks about the AI system it told of.
    # (Guards: main answers these wordings too, by retrieval; the blind set ZJ's wordings had been
    # refused as another subject, and a change to the preamble check must keep these answered.)
    answer = tutor.ask(
        "parcel depot lead. the scanner ai that flags crushed boxes boasts 97% right, but only 3 boxes in 100 "
        "arrive crushed anyway. so is 97 impressive or not"
    )
    assert answer.in_scope and ACC in cited(answer), answer.text
    answer = tutor.ask(
        "ward clerk. the trust brought in an ai rota planner and the older staff refuse to use it, worried "
        "about their jobs. why do people react like this and how do you win them round"
    )
    assert answer.in_scope and "adoption-challenges#resistance-to-change-from-employees" in cited(answer), answer.text


def test_anyway_opening_a_clause_still_turns_to_another_subject(tutor) -> None:
    # (Guard: the remark, then "anyway," before another subject's question.)
    answer = tutor.ask("the gan lesson was fun, thanks. anyway, how long should i boil an egg for")
    assert not answer.in_scope and not answer.sources


def test_british_words_for_people_are_not_slips_of_course_words(tutor) -> None:
    # Stop 37 (story37): "blokes", "fellas" and "missus" are one slip from "blocks", "feels" and
    # "misses", and MiniLM's vocabulary and the dictionary lack them, so a story about an app
    # "turning down older blokes" was searched as blocks.
    for text in ("the app keeps turning down older blokes", "the fellas at work and the missus"):
        assert tutor.vocabulary.correct(text) == text
    # (Guard: a real slip of a course word is still mended.)
    assert tutor.vocabulary.correct("what is temprature") == "what is temperature"


# Stop 38 (story38): who asks, heading a story. A job of up to four words ended by a person word,
# with what the learner adds about it ("20 yrs on the 38", "40 cams on a retail park", "for a
# parcel firm"), closed by a full stop, is who asks before any sentence (not only one in the first
# person), and where they work is no setting the question asks about; "i fix boilers for a
# living." says who asks as "i'm a plumber" does.
ANOMALY = "ml-applications#predictive-analytics-and-anomaly-detection"
RL_AGENTS = "reinforcement-learning#agents-environments-actions-and-rewards"


def test_a_job_heading_a_story_is_who_asks() -> None:
    from tutor.core.answering.who_asks import without_introduction

    assert without_introduction("lorry driver, 30 years on nights. the cab system flags harsh braking, how does it know") == (
        "the cab system flags harsh braking, how does it know"
    )
    assert without_introduction("van driver for a parcel firm. the app learns from every late drop") == (
        "the app learns from every late drop"
    )
    assert without_introduction("dog groomer (self employed). an ai squashes a photo into a few numbers") == (
        "an ai squashes a photo into a few numbers"
    )
    assert without_introduction("i cut hair for a living. what is a recommendation system") == (
        "what is a recommendation system"
    )
    # (Guards: a machine, a course word, or too little left after the label stays whole; so do a
    # bare label before a sentence not in the first person (set aside, it flipped near ties both
    # ways), what the learner wants to do, and one's own line of work asked about.)
    for kept in (
        "fishmonger. the stock system guesses how much cod we sell each day",
        "sous chef, wanna mock up plating pics. vae vs gan, which gives crisper pictures",
        "spam filter. the thing flags every invoice from one supplier",
        "data scientist. what does a gan generator do here",
        "glaciologist. what is overfitting?",
        "hairdresser. how will ai change my job over the next ten years",
        "i think about gans for a living. what is mode collapse",
    ):
        assert without_introduction(kept) == kept


def test_where_the_learner_works_is_their_story_not_a_setting(tutor) -> None:
    from tutor.core.answering.who_asks import without_introduction

    keeps = tutor.index.names_a_setting
    told = "cctv operator, 40 cams on a retail park. new software learns what a normal night looks like"
    assert without_introduction(told, keeps=keeps) == "new software learns what a normal night looks like"
    # (Guard: a job that is one of the course's settings still stays.)
    kept = "call centre supervisor here, can ai tell which callers are fuming"
    assert without_introduction(kept, keeps=keeps) == kept


def test_a_job_heading_a_story_no_longer_sinks_or_pulls_it(tutor) -> None:
    answer = tutor.ask(
        "control room cctv operator, 40 cams on a retail park. new software learns what a normal night "
        "looks like and then pings us when something odd happens. what kind of machine learning is that"
    )
    assert answer.in_scope and cited(answer)[0] == ANOMALY
    answer = tutor.ask("i drive a bus for a living. what is reinforcement learning")
    assert cited(answer)[0] == RL_AGENTS


# Stop 39 (helper zrs39, from diagnosis set ZR): who asks and how they live, in words no rule
# knows for a job ("ferry deckie, doing an online course on my off weeks."), held the whole message
# below the scope bar; the last sentence, which names its own subject, is searched alone on that
# declined path, and on the answered path when it matches another section well and better than
# the story does. Worded apart from the probes in ``benchmarks/probes/zrs39-s39``.
def test_a_standalone_last_sentence_is_answered_after_a_life_story(tutor) -> None:
    answer = tutor.ask(
        "we run a crab boat out of whitby and i have been doing an online course on my weeks ashore. whats overfitting"
    )
    assert answer.in_scope and cited(answer)[0] == OV, answer.text


def test_a_standalone_last_sentence_beats_a_story_about_another_section(tutor) -> None:
    # The story's chatbot drew the language-model section; the question names its own subject,
    # which the course covers well, better than the story's best.
    answer = tutor.ask("our garden centre piloted a chatbot last spring. what is gradient descent")
    assert answer.in_scope and cited(answer)[0] == GD, cited(answer)


def test_a_last_sentence_pointing_back_into_the_story_is_not_searched_alone(tutor) -> None:
    # (Guard: "what is that?" asks about the untaught thing the story names, which stays declined.)
    answer = tutor.ask("my cousin set up catboost for the harbour office. what is that?")
    assert not answer.in_scope and "catboost" in answer.text.lower(), answer.text
