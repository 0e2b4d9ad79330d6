"""Comparisons: where each side of a comparison starts and ends, and which words are no part of a side.

Comparisons (stop 27, probes ``benchmarks/probes/comparisons-s27``).

Each class was seen on fresh comparison questions; each test here is worded apart from the probes
and fails on the code before it:

- what is asked of both sides as a comparative ("which is riskier", "what's cheaper") is asked
  with the course's word for it ("risk", "cheap"): analysed, "riskier" never met "The risk is
  larger for generative AI than for a classifier";
- a question about both after a dash ("A vs B - is one of them X") is no part of the second side;
- what both sides ask after their verb ("what does A do well vs what B does well"), when parallel
  headings give it to each side ("What machine learning does well" / "What generative AI does
  well"), is answered from those, not from a section on both that says the word in passing;
- a side's part that says its section's count ("brings three main benefits") keeps each item the
  count announces ("The first benefit ...", "A second ...", "A third ...").

Comparisons, wave 2 (stop 27): classes mined from the read sets' failing comparisons.

Each test is worded apart from the failing cases and fails on the code before it:

- "outline / describe / sum up how A, B and C differ ...", or "how A and B are different" with no
  verb before it: the sides are found (no sides were, and a general answer came);
- with three or more sides, the aspect a lesson of its own teaches ("the data they need") is
  answered by that lesson's section naming every side, though another section naming them all
  leads it by a little more than the section margin;
- "A vs B, any (real) difference?": whether the two differ, asked after the second side, is no
  part of it;
- "A used for X vs B used for Y": what each side adds after its name, each its own, is what is
  compared; a section on both that speaks of neither does not answer alone.

Comparisons, wave 2 (stop 28): the learner's hedges and verdict words around the sides.

Each test is worded apart from the probes and fails on the code before it:

- "is A any better than B", "is A better or worse than B", "is A way more X than B", "is A kinda
  like B or nah", "honestly is A even that different from B": how much, how sure and how casually
  the learner asks is no part of a side ("vae any", "gan better or" were searched as sides);
- "is A more of a problem than B", "is A a bigger problem than B": which of two things is the
  worse one is a comparison (it was a yes/no with the first side "A more of a problem");
- which is "a bigger problem" / "more of a problem" is no aspect of either side's search: it
  took a side to the section on how to reduce it instead of the one saying what it is;
- "A vs B, arent they the same": the doubt asked in the negative is no part of the second side.

Comparisons (stop 29, wave 2): who is asking first, and a side named by what it makes.

Worded apart from the probes; fails on the code before it:

- "<who is asking>: which ..., A or B?" ("plumber asking:", "driving instructor:", "shop owner:"): the
  choice pattern opens the question, so the job before the colon left the message with no sides
  at all (a general answer). The sides are now read from what follows the colon.
- "a model that grades exam answers or one that writes new exam questions from
  scratch": a side named by what it makes (a making verb, or "from scratch") is a generative model,
  so a compute / cost / accuracy question on the two is the course's comparison of the families.

Comparisons (stop 29, wave 3): the other answer of "is X the same as Y, or ...?".

Worded apart from the probes; fails on the code before it:

- "is k-means the same as dbscan, or do they find groups in different ways?", "is X similar to Y
  or are they unrelated?", "..., or not at all?": what follows "or" after the second side is the
  other answer of the yes/no question (a question about both), not part of the second side. It
  stayed in the side ("dbscan, or", "unsupervised learning or", "hallucination, or not at all")
  and was searched with it.

Comparisons, stop 32 (wxcomp): the classes behind the comparison failures of sets W and X,
tested in other words than the probes in ``benchmarks/probes/wxcomp-s32``.

- Two prediction tasks told apart by the kind of answer, where one is a rank on a fixed scale
  ("severity", "tier", "sev1-sev4") or a time still to run ("weeks until", "time to repair"), are
  classification versus regression, also when the learner offers the two kinds as the choice.
- A summary that a tool writes ("another tool generates a summary of each call") is what the tool
  does, not a text job ordered from the tutor.
- "two things: A, and B. How do the two differ?" names its sides in the colon list.
- "A vs B: is A like ...?": the question after the colon is no part of the second side.
- A scenario, then a last sentence of bare options ("clustering or classification for that?"),
  is a comparison.

Comparisons, stop 33 (cmppair), tested in other words than the probes in
``benchmarks/probes/cmppair-s33``.

- A comparison set in an industry the learner names with "at" ("at banks", "at shops")
  is answered by the course's section on that industry, as one named with "in" was: the glossary
  held "in banks" but not "at banks", so "ml vs gen ai at my bank" found no finance section and
  was answered by the general comparison of the two families.
- "is A <cheaper/harder/...> to <verb> than B" compares A and B, as "is A more costly to run than
  B" already did: with the infinitive between the comparative and "than", it was read as a yes/no
  question about A.

Comparisons, stop 34 (cmp34), tested in other words than the probes in
``benchmarks/probes/cmp34-s34``.

- Two sides the course compares in a section of its own, asked with the learner's purpose in
  front ("for generating textures ...: vae or gan?"): a purpose is no setting, so it no longer
  keeps the comparing section out for want of the purpose's words.
- "to <purpose>: A or B, and why", "to <purpose>, a A or a B, which ...": the closing options may
  carry articles and a pick asked after them, and are read as a comparison (they were a general
  question, answered from one option's section).
- A heading that is nothing but the two sides compared ("VAEs compared with GANs") answers a
  comparison of those sides under any of their names ("variational autoencoder", "generative
  adversarial network"), wherever the question ranks it.

From the old ``tests/core/test_noticed_s27.py`` (Classes the lead noticed at the end of stop 26, stop 27: what was changed against the fresh
probes in ``benchmarks/probes/noticed-s27`` (work half), tested here in other words than the probes'):
- ``test_two_bare_options_are_two_subjects``
"""

from __future__ import annotations

import pytest

from answering.reading import cited as _cited
from tutor.core.answering import requests, shapes


def test_a_comparative_asks_with_the_courses_word(tutor) -> None:
    answer = tutor.ask("which one is riskier, a hiring model trained on biased decisions or a text generator writing toxic stuff")
    assert "ethics-and-regulation#biased-or-harmful-generated-content" in _cited(answer)
    assert "risk is larger" in answer.text


def test_a_question_after_a_dash_is_no_part_of_the_second_side() -> None:
    assert shapes.comparison_sides("a chess engine vs an essay bot - is one of them generative ai") == ("chess engine", "essay bot")
    assert shapes.comparison_sides("gans or vaes — are both of them unsupervised?") == ("gans", "vaes")


def test_what_both_sides_do_well_is_answered_from_the_parallel_sections(tutor) -> None:
    answer = tutor.ask("what does generative ai do well versus what machine learning does well")
    assert set(_cited(answer)) == {
        "benefits-and-limitations#what-generative-ai-does-well",
        "benefits-and-limitations#what-machine-learning-does-well",
    }
    # A word both names share is not asked of them: the section on both still answers.
    answer = tutor.ask("supervised learning vs reinforcement learning when it comes to data")
    assert _cited(answer)[0] == "data-and-compute#data-needs-of-supervised-unsupervised-and-reinforcement-learning"


def test_a_part_that_announces_a_count_keeps_every_item(tutor) -> None:
    answer = tutor.ask("machine learning's strengths vs generative ai's strengths")
    assert "content production" in answer.text  # generative AI's first benefit
    assert "detects anomalies" in answer.text  # machine learning's second


def test_sides_after_an_imperative_how() -> None:
    assert shapes.comparison_sides("describe how k-means and dbscan differ") == ("k-means", "dbscan")
    assert shapes.comparison_sides("sum up how bagging, boosting and stacking differ") == ("bagging", "boosting", "stacking")


def test_many_sides_asked_an_aspect_answer_from_its_lesson(tutor) -> None:
    answer = tutor.ask("describe how supervised learning, unsupervised learning and reinforcement learning differ in what data they need")
    assert _cited(answer)[0] == "data-and-compute#data-needs-of-supervised-unsupervised-and-reinforcement-learning"


def test_whether_they_differ_is_no_part_of_the_second_side() -> None:
    assert shapes.comparison_sides("spam filter vs chatbot, any difference") == ("spam filter", "chatbot")
    assert shapes.comparison_sides("rnn vs lstm any real difference?") == ("rnn", "lstm")
    assert shapes.comparison_sides("tokens vs words, same thing?") == ("tokens", "words")


def test_what_each_side_adds_is_compared(tutor) -> None:
    for question in (
        "gans used for paintings versus vaes used for melodies, what's different",
        "a gan for portraits vs a vae for songs, how are they different",
    ):
        answer = tutor.ask(question)
        assert set(_cited(answer)) == {"gans#what-gans-have-been-used-for", "vaes#what-vaes-are-used-for"}, question


def test_a_question_about_both_before_a_comma_is_no_part_of_the_first_side() -> None:
    assert shapes.comparison_sides("how would you check both, a classifier vs a chatbot") == ("classifier", "chatbot")
    assert shapes.comparison_sides("which of the two is cheaper, a tree or a gan") == ("tree", "gan")


def test_hedges_and_degree_words_are_no_part_of_a_side() -> None:
    assert shapes.comparison_sides("is a decision tree any better than an svm") == ("decision tree", "svm")
    assert shapes.comparison_sides("is an svm better or worse than a decision tree") == ("svm", "decision tree")
    assert shapes.comparison_sides("is dbscan way more flexible than k-means") == ("dbscan", "k-means")
    assert shapes.comparison_sides("is a tokenizer kinda like feature scaling or nah") == ("tokenizer", "feature scaling")
    assert shapes.comparison_sides("seriously is bias even that different from deepfakes") == ("bias", "deepfakes")
    # a side of one word that points back is kept as it is
    assert shapes.comparison_sides("how is that different from a gan") == ("that", "gan")


def test_the_worse_of_two_is_a_comparison() -> None:
    shape = shapes.detect("are deepfakes more of a threat than biased hiring models")
    assert shape.kind == "comparison" and shape.sides == ("deepfakes", "biased hiring models")
    shape = shapes.detect("is hallucination a bigger problem than bias")
    assert shape.kind == "comparison" and shape.sides == ("hallucination", "bias")


def test_a_negative_doubt_is_no_part_of_the_second_side() -> None:
    assert shapes.comparison_sides("top-k vs top-p, arent they the same") == ("top-k", "top-p")
    assert shapes.comparison_sides("ml vs deep learning, isnt it the same thing") == ("ml", "deep learning")


def test_a_bigger_problem_is_no_aspect_of_a_side(tutor) -> None:
    # "problem" searched with the hallucination side found how to reduce it, not what it is
    answer = tutor.ask("is hallucination a bigger problem than bias")
    assert _cited(answer) == ["hallucination#what-hallucination-means", "ethics-and-regulation#bias-inherited-from-training-data"]


COMPUTE = {
    "data-and-compute#compute-after-training-machine-learning-versus-heavy-generative-models",
    "ml-vs-generative-ai#comparing-efficiency-and-computing-needs",
}


def test_who_is_asking_before_a_colon_leaves_the_sides_to_what_follows() -> None:
    assert shapes.comparison_sides("driving instructor: which would you pick for grouping pupils, k-means or dbscan?") == (
        "k-means", "dbscan",
    )
    assert shapes.comparison_sides("shop owner: which should we use to group our customers, k-means or dbscan?") == (
        "k-means", "dbscan",
    )
    assert shapes.detect("plumber asking: which costs more to run, a fraud classifier or an image generator?").kind == "comparison"
    # (a pair named before the colon is no one asking)
    assert shapes.comparison_sides("precision and recall: whats the difference?") == ("precision", "recall")


def test_a_side_named_by_what_it_makes_is_generative(tutor) -> None:
    for question in (
        "school caretaker asking: which eats more computer power, a model that flags fraudulent payments or one that writes product descriptions from scratch?",
        "which needs the bigger computer, a spam filter or a tool composing new songs?",
        "which costs more to run, a churn predictor or an app that draws new pictures?",
    ):
        answer = tutor.ask(question)
        assert _cited(answer) and set(_cited(answer)) <= COMPUTE, (question, _cited(answer))


def test_the_other_answer_after_or_is_no_part_of_the_second_side() -> None:
    cases = {
        "is k-means the same as dbscan, or do they find groups in different ways?": ("k-means", "dbscan"),
        "is supervised learning similar to unsupervised learning or are they totally unrelated?": (
            "supervised learning", "unsupervised learning",
        ),
        "is mode collapse the same as hallucination, or not at all?": ("mode collapse", "hallucination"),
        "is a loss function the same thing as accuracy, or?": ("loss function", "accuracy"),
        "is a spam filter the same as ai, or only one kind of it?": ("spam filter", "ai"),
    }
    for question, sides in cases.items():
        assert shapes.comparison_sides(question) == sides, question


def test_a_third_side_after_or_stays() -> None:
    # (a third thing offered after "or" is a side, not the other answer of a yes/no question)
    sides = shapes.comparison_sides("gans vs vaes, or diffusion?")
    assert "diffusion" in " ".join(sides)


CLASS_VS_REG = "supervised-learning#classification-versus-regression"


def test_a_rank_on_a_scale_against_a_time_still_to_run_is_classification_versus_regression(tutor) -> None:
    question = "estimating the weeks until a lease gets renewed versus predicting a customer's service tier - one kind of task?"
    assert set(shapes.detect(question).sides) == {"classification", "regression"}
    answer = tutor.ask(question)
    assert answer.in_scope
    assert [s.section for s in answer.sources] == [CLASS_VS_REG]


def test_the_kinds_offered_as_the_choice_leave_the_tasks_settings_out(tutor) -> None:
    answer = tutor.ask(
        "as a bank analyst: forecasting the amount of a loan loss versus flagging whether a transaction is fraud, "
        "which one is classification and which regression, in plain words?"
    )
    assert [s.section for s in answer.sources] == [CLASS_VS_REG]


def test_a_summary_a_tool_writes_is_no_order() -> None:
    assert requests.classify(
        "one service tags support tickets by topic, another generates a summary of each sales meeting. which one is generative ai?"
    ) is None
    assert requests.classify("give me a summary of this podcast episode") is not None
    assert requests.classify("please write up a summary of the board meeting notes") is not None


def test_two_things_listed_after_a_colon_are_the_sides() -> None:
    shape = shapes.detect(
        "I keep confusing two ideas: an agent that learns from rewards by trial and error, and a method "
        "that groups shoppers with no labels. How do the two differ?"
    )
    assert shape.kind == "comparison"
    assert shape.sides == (
        "an agent that learns from rewards by trial and error", "a method that groups shoppers with no labels",
    )


def test_a_question_after_the_pairs_colon_is_no_part_of_the_second_side() -> None:
    shape = shapes.detect("encoder vs decoder: is the encoder like packing a suitcase and the decoder unpacking it?")
    assert shape.sides == ("encoder", "decoder")


def test_a_likeness_of_each_side_leaves_both_sides_their_sections(tutor) -> None:
    answer = tutor.ask("loss vs accuracy: is loss like a golf score and accuracy like the share of holes won? what's the difference")
    assert {s.section for s in answer.sources} == {
        "training-and-overfitting#what-a-loss-function-measures", "evaluating-models#accuracy-the-share-of-predictions-that-are-right",
    }


def test_bare_options_closing_a_scenario_are_a_comparison() -> None:
    shape = shapes.detect("we have thousands of support emails nobody ever tagged. clustering or classification for that?")
    assert shape.kind == "comparison"
    assert shape.sides == ("clustering", "classification")


def test_a_verdict_asked_after_a_claim_is_no_pair_of_options() -> None:
    shape = shapes.detect("my uncle says chatbots look facts up in a database before answering. true or false?")
    assert shape.kind != "comparison"


FINANCE = "industry-use-cases#finance-catching-fraud-and-handling-documents"

RETAIL = "industry-use-cases#retail-predicting-sales-and-writing-product-content"


def test_a_comparison_at_a_bank_is_answered_by_the_finance_section(tutor) -> None:
    answer = tutor.ask("predictive models vs generative models at my bank, what is each one doing there")
    assert FINANCE in [s.section for s in answer.sources]


def test_a_comparison_set_at_shops_is_answered_by_the_retail_section(tutor) -> None:
    answer = tutor.ask("machine learning or generative ai at shops, which does what")
    assert [s.section for s in answer.sources] == [RETAIL]  # (not the cats-and-dogs example for the ml side)


def test_a_bare_comparative_with_an_infinitive_compares_two_things() -> None:
    shape = shapes.detect("is an svm quicker to train than a neural network")
    assert shape.kind == "comparison" and shape.sides == ("svm", "neural network")


VAEG = "vaes#vaes-compared-with-gans"

CLSREG = "supervised-learning#classification-versus-regression"


def test_a_purpose_before_two_named_sides_keeps_their_comparing_section(tutor) -> None:
    answer = tutor.ask("for producing new wallpaper designs for my shop: gan or vae? which trains more smoothly and which looks crisper")
    assert _cited(answer)[0] == VAEG
    assert "stable" in answer.text and "sharper" in answer.text


def test_closing_options_with_articles_and_a_pick_after_them_are_a_comparison() -> None:
    assert shapes.detect("to design new logos, a gan or a vae, which one is sharper").sides == ("gan", "vae")
    assert shapes.detect("to draw extra trees for my game map: vae or gan, and why").sides == ("vae", "gan")


def test_long_course_names_find_the_heading_that_compares_them(tutor) -> None:
    answer = tutor.ask("illustrator here. if i wanted generated book covers, generative adversarial network or variational autoencoder?")
    assert VAEG in _cited(answer)
    assert "blurr" in answer.text


def test_a_place_still_sets_a_comparison_in_its_industry(tutor) -> None:
    # (Guard: "for a bank" is where, not what for: the finance section answers.)
    answer = tutor.ask("for a bank, predictive ml vs generative ai, what does each one do there")
    assert FINANCE in _cited(answer)


def test_verdict_options_with_a_pick_after_them_are_no_comparison() -> None:
    assert shapes.detect("the article says gans are old news. true or false, and why?").kind != "comparison"


def test_a_purpose_before_classification_or_regression(tutor) -> None:
    answer = tutor.ask("to estimate how long a delivery will take in minutes, classification or regression, and why")
    assert CLSREG in _cited(answer)


def test_two_bare_options_are_two_subjects(tutor) -> None:
    """ "gan or vae" typed without a question mark recorded one subject, "gan or vae", so "which
    one ...?" next was answered about one side; "vae vs gan" recorded the VAE's full name and then
    both sides, three subjects for two."""
    from tutor.core.answering.conversation import Conversation

    for first, subjects in [("supervised or unsupervised", ["supervised", "unsupervised"]), ("gans vs vaes", ["gans", "vaes"])]:
        conversation = Conversation()
        conversation.record(first, tutor.ask(first, conversation))
        assert conversation.subjects == subjects, first


def test_two_happenings_told_then_asked_whether_the_same_are_the_sides() -> None:
    """Stop 38 (zopc38): two happenings told in one sentence, then "are those the same ...?": the
    asking sentence names neither, so the message was a yes/no question without sides."""
    shape = shapes.detect("our spam model keeps binning one customer's emails and the assistant cites a paper nobody wrote. are these the same problem?")
    assert shape.kind == "comparison" and shape.same
    assert shape.sides == ("our spam model keeps binning one customer's emails", "the assistant cites a paper nobody wrote")
    # ("while" joins them as well.)
    assert shapes.told_pair("the gan keeps drawing one dog while the bot invents quotes, are they related") == (
        "the gan keeps drawing one dog", "the bot invents quotes"
    )
    # The guard: one happening told, or nothing asked of both.
    assert shapes.told_pair("the bot invents quotes. is that normal?") is None
    assert shapes.told_pair("the gan draws one dog and the bot invents quotes. what should i do") is None


def test_two_faults_told_are_answered_each_from_its_own_section(tutor) -> None:
    cited = _cited(tutor.ask(
        "the credit model keeps turning down one postcode and the helpdesk bot invents fake references. are those the same failure?"
    ))
    assert "ethics-and-regulation#bias-inherited-from-training-data" in cited, cited
    assert any(c.startswith("hallucination#") for c in cited), cited


# Added in stop 39 (cmpa39, probes in ``benchmarks/probes/cmpa39-s39``), from a read-set
# comparison: "... a small language model that runs on staff laptops rather than a big hosted one.
# what do we give up, and what do we gain, in each direction?" was compared as "we give up" against
# "we gain", and its "one" was read as "laptop".


def test_what_the_learner_gains_or_loses_is_no_pair_of_sides() -> None:
    for question, first in (
        ("the clinic wants a scanner model that flags tumours rather than a cloud one. what do we lose and what do we gain?", "scanner model"),
        ("our shop could use a chatbot that answers customers instead of a human helpdesk. what do i give up, and what do i get?", "chatbot"),
    ):
        sides = shapes.comparison_sides(question)
        assert len(sides) == 2 and first in sides[0] and not sides[1].lower().startswith(("we ", "i ")), sides
    # a pair of things a sentence names by pronoun and verb alone is still read where nothing else is
    assert shapes.comparison_sides("gans vs vaes") == ("gans", "vaes")


def test_one_after_a_relative_clause_is_the_thing_the_clause_tells_of() -> None:
    sides = shapes.comparison_sides("a classifier that runs on our old phones versus a newer one")
    assert sides == ("classifier that runs on our old phones", "newer classifier"), sides
    # a side with no relative clause still lends its last word
    assert shapes.comparison_sides("a normal ml model compared to a generative one")[1] == "generative model"


# Stop 45: a message that first says who asks ("Train driver.") gave a first side that ran back
# over that sentence's end; the sides then came from a later clause ("is one X and the other Y"),
# and the answer from the lesson on training costs.
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "Harbour pilot. A boat that learns to berth itself vs software that forecasts tides: is one reinforcement "
            "learning and the other just forecasting? How do they differ?",
            ("boat that learns to berth itself", "software that forecasts tides"),
        ),
        ("farmer here. guessing the harvest vs guessing whether a cow is sick", ("guessing the harvest", "guessing whether a cow is sick")),
        # "e.g." and "vs." end no sentence (a second pattern of the same name had replaced the
        # careful one: the side stopped at "e.g").
        ("gans vs. vaes e.g. for faces?", ("gans", "vaes e.g. for faces")),
    ],
)
def test_a_side_starts_in_the_sentence_that_compares(question: str, sides: tuple[str, ...]) -> None:
    assert shapes.comparison_sides(question) == sides


# Stop 46: "that 'hallucination'" after a story names what it points at; taken for a bare pointer,
# it left the comparison with no sides and the answer with one.
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "Dental nurse. The chatbot told a patient a dose that doesn't exist. Is that 'hallucination' the same as "
            "overfitting?",
            ("hallucination", "overfitting"),
        ),
        ("my model failed on new photos. are those errors like a gan's mode collapse?", ()),
    ],
)
def test_a_pointer_that_names_its_thing_is_a_side(question: str, sides: tuple[str, ...]) -> None:
    assert shapes.comparison_sides(question) == sides


def test_that_as_a_pronoun_before_an_article_still_points_back() -> None:
    sides = shapes._sentence_sides("is that a known issue with the forger vs detective kind")
    assert sides == ()


# Stop 46: a story's thing compared by a pointer in the next sentence ("how is that different
# to ...") had no first side; and the learner's gloss after a colon ("one recognises speech, the
# other makes it") was read into the second side.
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "the shed's new heater supposedly learns from trial and error with rewards. how is that different from "
            "learning from labelled examples?",
            ("the shed's new heater supposedly learns from trial and error with rewards", "learning from labelled examples"),
        ),
        (
            "tram dispatcher. a tool that transcribes radio calls vs a tool that reads timetables aloud in a made-up "
            "voice: one listens, the other speaks",
            ("tool that transcribes radio calls", "tool that reads timetables aloud in a made-up voice"),
        ),
    ],
)
def test_a_pointer_to_the_sentence_before_and_a_gloss_after_a_colon(question: str, sides: tuple[str, ...]) -> None:
    assert shapes.comparison_sides(question) == sides


def test_who_asks_alone_before_the_pointer_tells_nothing_to_compare() -> None:
    assert shapes._pointed_back(["Tram driver here", " is that different from a spam filter"]) is None
    assert shapes._pointed_back(["our app sorts riders into groups by habit", " is that different from a spam filter"]) == (
        "our app sorts riders into groups by habit", "spam filter",
    )


# Stop 46: "<a told thing>, is that the same (kind of AI) as <another>?" named no side.
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "crane operator. the camera on the hook that warns when someone walks under the load, is that the same "
            "kind of ai as the apps that write job adverts?",
            ("the camera on the hook that warns when someone walks under the load", "apps that write job adverts"),
        ),
        (
            "when an image generator gives a dog six legs, is that the same as a chatbot inventing a quote?",
            ("an image generator gives a dog six legs", "chatbot inventing a quote"),
        ),
        ("if it ever happens, is that bad?", ()),
    ],
)
def test_a_clause_then_a_pointer_compared(question: str, sides: tuple[str, ...]) -> None:
    assert shapes.comparison_sides(question) == sides


# Stop 46: "A or B?" offered after the setting and a comma named no side (read only when it opens).
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("nobody ever labelled our call logs, k-means or a random forest?", ("k-means", "random forest")),
        ("to sort invoices into piles we never named, supervised or unsupervised learning for this job?", ("supervised", "unsupervised learning")),
    ],
)
def test_options_offered_after_the_setting(question: str, sides: tuple[str, ...]) -> None:
    assert shapes.comparison_sides(question) == sides


def test_verdicts_offered_after_a_comma_are_no_sides() -> None:
    assert shapes._choice_after_a_comma(["my manager keeps asking about the model, good or bad?"]) is None
