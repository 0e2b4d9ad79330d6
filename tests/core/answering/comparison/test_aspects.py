"""Comparisons that ask one aspect of both sides: each side's sentence on it.

Comparisons that ask one aspect of both sides ("evaluating", "cost"): each side is answered
from what the course says about that aspect, not from a section that shares a word of it (stop 25).

Comparisons (stop 29): a predictive instance against a generative instance.

Worded apart from the probes; fails on the code before it:

- "which is heavier on the servers, a churn model or a song generator": one side is a predictive
  model and the other a generative one, each named by what it is, and what is asked of both
  (compute, cost, accuracy) is what the course weighs for the two families in a comparing section
  ("Compute after training: machine learning versus heavy generative models", "Comparing accuracy
  and adaptability"); that section answers alone. Each side searched alone went to its own lesson,
  which says nothing of the aspect.
- not when both sides are of one family, nor when the aspect is one no comparing section of the
  families names ("data": each side's own section on data answers).

Comparisons (stop 30, comp3): how each side does something, and a side told by what it does.

Worded apart from the probes; fails on the code before it:

- "how does A <verb> compared to how B <verb>s", "how do they each <verb>": the question asks HOW
  each side does something (a process). Each side was searched on its bare words ("gan create a
  picture") and went to the section on what it is used for ("What GANs have been used for": its
  portraits), which tells what for, not how. Each side is now searched as the process asked ("how
  does ..."), and a "used for" section gives way to another of the side's lesson.
- "the network that judges images vs the one that makes them": the verb of a side's relative clause
  ("judges") says what the side does; it was taken for an aspect asked of both (evaluation), which
  sent both sides to the evaluation lesson.

Comparisons weighed on one dimension (stop 31, contrast): each side's sentence on it.

Worded apart from the probes (``benchmarks/probes/contrast-s31``); fails on the code before it:

- A part whose section announces a count ("four main limitations, and the first is ...") kept only
  the items marked by an ordinal ("Finally, ...") after the count, and dropped the sentence its own
  search picked: the unmarked sentences between are items too when the marked ones fall short of
  the count, and the part's picks stay.
- "which is sneakiest / riskier / speedier": the comparative of a "-y" adjective is plain English;
  read as an untaught term, it declined a comparison of two course topics.

Comparisons, stop 32 (cmpsent): what the learner asks of both sides picks each side's sentences,
tested in other words than the probes in ``benchmarks/probes/cmpsent-s32``.

- "A vs B - does either one do it on purpose?": each side's part is scored for the side's own
  search, whose words (the side's name, said all through its section) outweighed the one word
  asked of both ("purpose"); the words asked of both now weigh on their own
  (``Comparing._asked_of_both``), so the hallucination side keeps its sentence on intent, not
  only its definition.

Comparisons on an aspect, stop 38 (cmpaspect): the aspect steers which section stands for each
side, worded apart from the probes in ``benchmarks/probes/cmpaspect-s38``; each fails on the code
before it.

- A weakness asked once, before both sides ("downsides: a churn model vs an ai that writes product
  descriptions"), is asked of each: two instances of the two families take their families'
  "falls short" sections (``comparison._polarity_of_both``; a family heading now names an instance
  side when the sides are of the two families).
- "KPIs" and "metrics" ask how each side is evaluated; a side of each family in the evaluation
  lesson takes its family's first section there when it scores near its best ("Judging generated
  output ..." rather than the loss section, its refinement).
- The course's comparison named by both sides' everyday names ("a tiny language model versus a
  massive language model": "Small language models versus large ones") answers alone and whole, so
  what the small model loses ("forgets facts ... invents details") is in the answer.
- How a GAN is trained against how a chatbot's model is trained: "One model generates, another
  evaluates" (learner asks of that section and of next-token prediction).
"""

from __future__ import annotations

import pytest

from answering.reading import cited as _cited
from tutor.core.answering import comparison
from tutor.core.answering.comparison import with_announced_items
from tutor.core.answering.everyday import in_dictionary


@pytest.mark.parametrize(
    "question",
    [
        "evaluating a gan vs evaluating a spam filter",
        "how is testing a chatbot different from testing a fraud model",
        "measuring a language model vs measuring a classifier",
        "assessing a chatbot vs assessing a spam filter, whats different",
    ],
)
def test_an_aspect_both_sides_open_with_is_answered_from_its_lesson(tutor, question: str) -> None:
    """Both sides open with the aspect ("evaluating a gan" / "evaluating a spam filter"). Matched
    as a shared word, it sent the GAN side to "One model generates, another evaluates" (the
    discriminator's job, not how a GAN is evaluated) and the spam filter to its worked example;
    each side is how the evaluation lesson judges it."""
    result = tutor.ask(question)
    cited = [s.section for s in result.sources]
    assert result.shape == "comparison" and len(cited) == 2, cited
    assert all(s.startswith("evaluating-models#") for s in cited), cited


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        (("evaluating a gan", "evaluating a spam filter"), ("evaluating", None)),
        (("testing a chatbot", "testing a fraud model"), ("testing", None)),
        (("gan cost to train", "decision tree"), ("cost", 0)),
        (("vae", "evaluating a decision tree"), ("evaluating", 1)),
        (("measuring a language model", "measuring a classifier"), ("measuring", None)),
        # Part of a side's name, not an aspect asked of both.
        (("test set", "training set"), None),
        (("training data", "labelled data"), None),
        (("training cost", "running cost"), None),
        (("supervised", "unsupervised"), None),
    ],
)
def test_an_aspect_written_in_the_sides(sides, expected) -> None:
    assert comparison._side_aspects(sides) == expected


def test_what_is_asked_of_the_first_side_is_asked_of_both(tutor) -> None:
    """ "where does gen ai fall short compared to ml": "fall short" is asked of both sides. Left in
    the first side's name, "Comparing efficiency and computing needs" (naming both) answered alone
    without a word on limitations, or the second side was searched as a bare "ml"; each side now
    gets where it falls short."""
    for question in (
        "where does generative ai fall short compared to machine learning",
        "where does ml fall short compared to gen ai",
    ):
        cited = {s.section for s in tutor.ask(question).sources}
        assert cited == {
            "benefits-and-limitations#where-machine-learning-falls-short",
            "benefits-and-limitations#where-generative-ai-falls-short",
        }, (question, cited)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("what does ml do in banks compared to gen ai", "industry-use-cases#finance-catching-fraud-and-handling-documents"),
        ("what does machine learning do in schools compared to generative ai",
         "industry-use-cases#education-personalised-learning-paths-and-virtual-tutors"),
    ],
)
def test_a_place_asked_of_the_first_side_is_the_setting_of_both(tutor, question: str, wanted: str) -> None:
    """ "what does ml do in banks compared to gen ai": the place is where both sides are asked
    about, so the course's section on that industry answers (the gen AI side went to "Generative
    AI is not the same thing as AI"; "in schools" to the educational paths into each field)."""
    cited = [s.section for s in tutor.ask(question).sources]
    assert cited == [wanted], cited


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where does ml fall short compared to gen ai", (("ml", "gen ai"), "fall short")),
        ("how does a language model learn compared to a gan", (("language model", "gan"), "learn")),
        ("what does ml do in banks compared to gen ai", (("in banks, ml", "gen ai"), "")),
        # The second side asks its own ("how a gan learns"), or there is no verb: unchanged.
        ("how does an llm learn compared to how a gan learns", (("llm learn", "gan learns"), "")),
        ("cat classifier vs cat picture generator", (("cat classifier", "cat picture generator"), "")),
        # The second side already says what is asked ("a supervised one": "supervised feedback").
        ("how does a reinforcement learner get its feedback compared to a supervised one",
         (("reinforcement learner get its feedback", "supervised feedback"), "")),
    ],
)
def test_what_is_asked_of_the_first_side(question: str, expected) -> None:
    from tutor.core.answering import shapes

    assert comparison._without_asked(shapes.normalise(question), shapes.comparison_sides(question)) == expected


def test_a_section_on_both_sides_must_speak_of_the_course_topic_both_are_asked_about(tutor) -> None:
    """ "gan loss vs vae loss": "VAEs compared with GANs" is the question's best section and
    compares both, but never speaks of loss; the loss each one trains on is answered instead. A
    word both ask that is no course topic ("what could go wrong with ...") is still trusted to
    the comparing section, and so is an everyday verb asked of the first side ("struggle")."""
    cited = [s.section for s in tutor.ask("gan loss vs vae loss").sources]
    assert "vaes#vaes-compared-with-gans" not in cited and len(cited) == 2, cited
    assert "evaluating-models#loss-functions-as-a-quantitative-check-on-generative-models" in cited, cited
    for question in (
        "what could go wrong with a vae versus what could go wrong with a gan?",
        "where does a gan struggle compared to a vae",
    ):
        cited = [s.section for s in tutor.ask(question).sources]
        assert cited == ["vaes#vaes-compared-with-gans"], (question, cited)


def test_a_good_or_bad_side_asked_of_both_is_no_course_topic(tutor) -> None:
    """Stop 38 (zopc38): "the catch with each" asks each side's weak points, which the course's
    comparison of the two weighs; "catch" is a heading word only in another sense ("Finance:
    catching fraud ..."), and it kept the comparison out, so the VAE's blurrier samples were left
    out."""
    answer = tutor.ask("gan vs vae for making pixel art, which one is stronger and what is the catch with each")
    assert [s.section for s in answer.sources] == ["vaes#vaes-compared-with-gans"]
    assert "blurrier" in answer.text


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("the thing that guesses the next word vs the thing that forges pictures vs the thing that squishes images",
         ("thing that guesses the next word", "thing that forges pictures", "thing that squishes images")),
        ("a chatbot that makes things up vs a model that treats groups unfairly vs a fake video of a politician",
         ("chatbot that makes things up", "model that treats groups unfairly", "fake video of a politician")),
    ],
)
def test_a_three_way_comparison_of_descriptions_gets_a_part_per_side(tutor, question: str, sides) -> None:
    """Three things described in everyday words with "vs" between them: cut at four words a
    side, the last two were read as one and the third got no part of the answer."""
    from tutor.core.answering import shapes

    assert shapes.comparison_sides(question) == sides
    result = tutor.ask(question)
    assert result.shape == "comparison" and len(result.sources) == 3, [s.section for s in result.sources]


COMPUTE = {
    "data-and-compute#compute-after-training-machine-learning-versus-heavy-generative-models",
    "ml-vs-generative-ai#comparing-efficiency-and-computing-needs",
}


def test_a_predictive_and_a_generative_instance_asked_about_compute(tutor) -> None:
    for question in (
        "which is heavier on the computers, a churn model or a song generator",
        "an email spam classifier or a poem generator: which costs more hardware",
    ):
        cited = _cited(tutor.ask(question))
        assert cited and set(cited) <= COMPUTE, (question, cited)


def test_a_predictive_and_a_generative_instance_asked_about_accuracy(tutor) -> None:
    cited = _cited(tutor.ask("which one is more accurate: a tumour classifier or a generator of scan images"))
    assert cited == ["ml-vs-generative-ai#comparing-accuracy-and-adaptability"], cited


def test_not_for_an_aspect_no_family_comparison_names(tutor) -> None:
    cited = _cited(tutor.ask("how much data does a poem generator need compared to a churn model"))
    assert not set(cited) & COMPUTE, cited


def test_a_chat_opener_is_no_part_of_the_first_side() -> None:
    from tutor.core.answering import shapes

    assert shapes.comparison_sides("and svms vs decision trees?") == ("svms", "decision trees")
    assert shapes.comparison_sides("okay so, tokens vs parameters") == ("tokens", "parameters")
    assert shapes.comparison_sides("also, the eu act vs the us order?") == ("eu act", "us order")
    assert shapes.comparison_sides("and how about clustering vs dimensionality reduction") == (
        "clustering", "dimensionality reduction"
    )


def test_who_asks_a_choice_between_two_things() -> None:
    from tutor.core.answering import shapes

    shape = shapes.detect("who's quicker to train, a decision tree or a gan?")
    assert shape.kind == "comparison" and shape.sides == ("decision tree", "gan")
    assert shapes.detect("who invented the gan").kind != "comparison"


def test_how_each_is_read_from_the_question() -> None:
    asks = comparison.asks_how_each
    assert asks("how does a decision tree decide compared to how a neural network decides")
    assert asks("q-learning and gradient descent: how does each one improve")
    assert asks("how does a recommender work vs a chatbot")
    # how the sides differ, or what the learner does with them, is no process of the sides
    assert not asks("how does a decision tree compare to a neural network")
    assert not asks("how do decision trees and neural networks differ")
    assert not asks("how is a decision tree different from a neural network")
    assert not asks("how do you test a classifier vs a text generator")


def test_how_each_is_read_in_the_passive() -> None:
    """Stop 40 (cmpa40): "how is each trained", "how is the computer learning in each case" ask
    the process of each side as "how does each learn" does; a comparing word or a use is still no
    process."""
    asks = comparison.asks_how_each
    assert asks("a decision tree vs a neural network: how is each one trained?")
    assert asks("labelled emails vs unlabelled ones, how is the model learning in each case")
    assert asks("q-learning vs gradient descent: how are they built up step by step")
    assert not asks("how is a vae different from a gan")
    assert not asks("how are gans and vaes related")
    assert not asks("a decision tree vs a neural network: how are they used")


def test_an_option_pair_asked_of_each_is_a_comparison() -> None:
    """Stop 40 (cmpa40): "X or Y, how does each one ...?" asks the same of both options; it was
    read as a list and answered from one side's section."""
    from tutor.core.answering import shapes

    shape = shapes.detect("a gan or a vae, how does each one make new sprites?")
    assert shape.kind == "comparison" and shape.sides == ("gan", "vae")


def test_a_side_part_tells_what_its_thing_does() -> None:
    """Stop 40 (cmpa40): in a side's own section every sentence is about the side, so the
    learner's words for it picked the sentences repeating them (a use, an example) over the one
    that says what the thing does; that sentence gains ``compose.DOER_BONUS``. A clause before
    the main one ("Because a language model predicts ...") has another subject."""
    from tutor.core.answering import compose

    sentences = [
        "Text generation is the use of language models to write new text.",
        "A language model produces text one token at a time.",
        "Content generation is one use: drafting blog posts.",
        "Instead, an unsupervised algorithm searches the data for patterns.",
        "The algorithm does not name the groups.",
        "Because a language model predicts plausible text, generated text can be wrong.",
        "A fraud model is usually trained with supervised learning.",
        "Small models are used for simple, private tasks.",
    ]
    assert [bool(b) for b in compose.doer_bonus(sentences)] == [False, True, False, True, True, False, True, False]


def test_how_each_works_keeps_the_sentence_on_what_each_does(tutor) -> None:
    """Stop 40 (cmpa40): "how does each work?" of a fraud spotter and a blog-post drafter: the
    writing side kept its opening and the sentences on its uses, which repeat the learner's
    "drafts blog posts", and left out how a language model writes; with nothing else asked of
    both sides, the sentence whose subject is the model ("A language model produces text one
    token at a time ...") joins its part."""
    result = tutor.ask("the thing that spots fraudulent payments compared with the thing that drafts blog posts, how does each work?")
    assert result.shape == "comparison", result.shape
    assert "generative-ai-applications#text-generation-for-content-dialogue-and-creative-writing" in _cited(result)
    assert "one token at a time" in result.text, result.text


def test_a_process_asked_of_each_side_is_not_answered_by_what_it_is_used_for(tutor) -> None:
    for question in (
        "how does a gan create a picture compared to how a vae creates one",
        "how does a gan produce a photo compared to how a language model produces a sentence",
    ):
        cited = _cited(tutor.ask(question))
        assert "gans#the-generator-and-the-discriminator" in cited, (question, cited)
        assert not any(c.endswith("used-for") or c.endswith("been-used-for") for c in cited), (question, cited)


def test_how_a_language_model_learns_is_its_next_token_training(tutor) -> None:
    cited = _cited(tutor.ask("how does a language model learn vs how a gan learns"))
    assert "language-models#next-token-prediction-step-by-step" in cited, cited
    assert "gans#how-adversarial-training-works" in cited, cited


def test_the_verb_of_a_sides_relative_clause_is_no_aspect() -> None:
    assert comparison._side_aspects(("model that tests the essays", "one that writes them")) is None
    assert comparison._side_aspects(("the bit that evaluates pictures", "the bit that draws them")) is None
    # an aspect written on one side still is one ("evaluating" of "evaluating a gan")
    assert comparison._side_aspects(("evaluating a gan", "a spam filter")) == ("evaluating", 0)


def test_a_count_whose_marked_items_fall_short_keeps_the_picked_items(tutor) -> None:
    section = tutor.course.section("benefits-and-limitations#where-machine-learning-falls-short")
    # "four main limitations, and the first is ...": only "Finally, ..." is marked; the data
    # sentence (1) and the bias sentence (2) are items too.
    assert with_announced_items(section, [0, 1]) == [0, 1]
    assert with_announced_items(section, [0, 2]) == [0, 2]
    # a count every item of which is marked still brings them in ("three main benefits")
    benefits = tutor.course.section("benefits-and-limitations#what-generative-ai-does-well")
    assert with_announced_items(benefits, [0, 5]) != [0, 5]


def test_the_data_limitation_is_told_when_data_is_what_both_sides_are_asked(tutor) -> None:
    answer = tutor.ask("a credit scoring model vs a text generator, how does poor data hurt each")
    assert "benefits-and-limitations#where-machine-learning-falls-short" in _cited(answer)
    assert "outdated records" in answer.text


def test_comparatives_of_y_adjectives_are_plain_english(tutor) -> None:
    for word in ("flakier", "trickiest", "speedier", "costliest", "sneakiest"):
        assert in_dictionary(word), word
    answer = tutor.ask("deepfakes vs biased hiring tools, which are sneakiest")
    assert answer.in_scope
    assert "ethics-and-regulation#deepfakes-and-the-argentine-election-poster" in _cited(answer)


def test_a_dimension_asked_of_both_sides_weighs_each_sides_sentences(tutor) -> None:
    from tutor.core.answering.comparison import dimension_bonus

    section = tutor.course.section("vaes#vaes-compared-with-gans")
    bonus = dimension_bonus("which one is steadier, what makes training unstable", section.sentences)
    stable = [i for i, s in enumerate(section.sentences) if "stable" in s]
    assert stable and all(bonus[i] > 0 for i in stable)
    assert not any(bonus[i] for i in range(len(section.sentences)) if i not in stable)
    # a cost asked: the sentences on cost, not those on stability
    costly = tutor.course.section("gans#why-gan-training-is-unstable-and-costly")
    bonus = dimension_bonus("which one is pricier to train", costly.sentences)
    assert [i for i, b in enumerate(bonus) if b] == [i for i, s in enumerate(costly.sentences) if "expensive" in s or "cost" in s]
    assert not dimension_bonus("what is the difference", section.sentences).any()


HALLUCINATION = "hallucination#what-hallucination-means"

DEEPFAKES = "ethics-and-regulation#deepfakes-and-the-argentine-election-poster"


def test_the_dimension_asked_of_both_picks_a_sides_sentence(tutor) -> None:
    answer = tutor.ask("a chatbot that makes up a statistic vs a deepfake of a singer - does either one do it on purpose?")
    assert [s.section for s in answer.sources] == [HALLUCINATION, DEEPFAKES]
    assert "not lying on purpose" in answer.text


# Stop 36 (cmp36, probes in ``benchmarks/probes/cmp36-s36``): the good or the weak side asked of
# each side ("the upsides of ML next to the upsides of gen AI", "what ML does badly versus what gen
# AI does well"). Each side is answered from the section whose heading says the polarity asked of
# it for its family; a section on both that never says it in its heading no longer answers alone,
# and a pronoun side ("... compared with its benefits") names the other side's subject.

MLGOOD = "benefits-and-limitations#what-machine-learning-does-well"
MLBAD = "benefits-and-limitations#where-machine-learning-falls-short"
GENGOOD = "benefits-and-limitations#what-generative-ai-does-well"
GENBAD = "benefits-and-limitations#where-generative-ai-falls-short"


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # Before: "Knowing the limits ..." (read as no comparison), both "falls short" sections.
        ("the good points of machine learning set against the good points of generative ai", [MLGOOD, GENGOOD]),
        # Before: "How machine learning and generative AI feed each other" alone.
        ("what machine learning does badly versus what gen ai does well", [MLBAD, GENGOOD]),
        # Before: the benefits of machine learning alone.
        ("the drawbacks of machine learning compared to its benefits", [MLBAD, MLGOOD]),
        # Before: "What machine learning does well" and where machine learning falls short.
        ("strengths of machine learning vs weaknesses of generative ai", [MLGOOD, GENBAD]),
        # Guards, answered so before too: the families' weak sides; two things of one family
        # whose comparing section says what each does well (no heading of their own says it).
        ("where does ml fall short compared to gen ai", [MLBAD, GENBAD]),
        ("what is a gan good at compared with what a vae is good at", ["vaes#vaes-compared-with-gans"]),
    ],
)
def test_each_side_gets_the_section_whose_heading_says_what_is_asked_of_it(tutor, question: str, wanted: list[str]) -> None:
    assert _cited(tutor.ask(question)) == wanted


def test_a_side_s_polarity_is_read_from_its_own_words() -> None:
    assert comparison.side_polarity("ml good at") == 1
    assert comparison.side_polarity("where plain machine learning struggles") == 0
    assert comparison.side_polarity("the upsides and the downsides of gen ai") is None
    assert comparison.side_polarity("skills for an ml job") is None


GENEVAL = "evaluating-models#judging-generated-output-on-realism-coherence-and-diversity"
ACCURACY = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
SMALL_LARGE = "language-models#small-language-models-versus-large-ones"


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # Before: the retail section for the generative side (the weakness said once, before both).
        ("downsides: a churn model vs a generative ai that writes product descriptions", [MLBAD, GENBAD]),
        # Before: fraud detection's and generative training data's sections ("kpis" no aspect).
        ("kpis: a fraud classifier compared with an image generator", [ACCURACY, GENEVAL]),
        # Before: how adversarial training works, and what makes a language model large.
        ("how is a gan trained compared with how a chatbot's model is trained", ["gans#one-model-generates-another-evaluates"]),
        # Before: the comparison cut to a part, and "What makes a language model large".
        ("little language model or giant language model, which one for my phone", [SMALL_LARGE]),
        # Guards, answered so before too: two sides of one family keep their comparing section;
        # a marking word opening both sides.
        ("what goes wrong with a vae versus with a gan", ["vaes#vaes-compared-with-gans"]),
        ("how would you score a sentiment classifier compared to scoring a story generator", [ACCURACY, GENEVAL]),
    ],
)
def test_the_aspect_asked_of_both_sides_picks_each_sides_section(tutor, question: str, wanted: list[str]) -> None:
    assert _cited(tutor.ask(question)) == wanted


def test_the_course_comparison_named_in_everyday_words_keeps_what_the_small_side_loses(tutor) -> None:
    answer = tutor.ask("a tiny language model versus a massive language model: what do i lose with the tiny one")
    assert _cited(answer) == [SMALL_LARGE]
    assert "forgets facts" in answer.text


def test_a_polarity_said_once_is_asked_of_both_sides() -> None:
    assert comparison._polarity_of_both(("a churn model", "an ai that writes emails"), "", "downsides:") == "downsides"
    # A side that says its own polarity keeps it; nothing is added.
    assert comparison._polarity_of_both(("the strengths of ml", "gen ai"), "", "downsides") == ""


# "how do you score A compared with B": the marking verb asked before the sides is the evaluation
# aspect (``comparison.ASKS_MARKING``; lead, stop 38, from the tmux trial, where only the
# generative side's judging answered). "score" naming a model's output asks nothing of the kind.
ACCURACY = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
JUDGING = "evaluating-models#judging-generated-output-on-realism-coherence-and-diversity"


@pytest.mark.parametrize("question", [
    "how do you score a parcel sorting model compared with a bot that drafts complaint replies",
    "how should we mark a churn predictor compared to a tool that writes product descriptions",
])
def test_how_each_side_is_marked_asked_before_the_sides(tutor, question: str) -> None:
    answer = tutor.ask(question)
    cited = _cited(answer)
    assert JUDGING in cited and any(s.startswith("evaluating-models#") and s != JUDGING for s in cited), cited


def test_a_score_a_model_gives_is_no_marking_asked() -> None:
    assert comparison.ASKS_MARKING.search("how do you score a call routing model vs a bot")
    assert not comparison.ASKS_MARKING.search("how does a credit score model differ from a chatbot")
    assert not comparison.ASKS_MARKING.search("our fraud scorer versus a gan, which is heavier")
