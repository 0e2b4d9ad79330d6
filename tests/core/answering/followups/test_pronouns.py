"""Follow-ups: what a pronoun, "one" or an unnamed "it" points at.

A pronoun after a thing the question itself names ("my bank froze my card, how did it know",
"if a model has only seen summer traffic, why does it fail in winter") may point at that thing,
not back at the conversation: such a question is no follow-up by its pronoun alone, and the search
decides whether it leans on the topic, as for a question without one. A person named before
the pronoun ("my dad asks it about his pills") is who asks, never what "it" is, and "does the
slippery ice make it harder?" after Q-learning still stays on Q-learning. A reflexive ("by
playing itself") and an "it" standing for the clause after it ("is it bad if my model gets
100%?") point nowhere at all. A follow-up that ranks the section just cited first stays on it
however weakly its words match ("and if its really low?" after temperature).

Pronouns that point inside the question, stop 29 (helper pfu; probes in
``benchmarks/probes/pfu-s29``), tested in other words than the probes'.

- "a thing that does X to photos and one that makes them": "one" stands for the first side's
  thing and "them" for what the first side's clause names. The comparison's second side was cut
  down to the bare "them" ("one that makes" read as "one <verb>", as in "how does one train"), so
  it was read as pointing back at the conversation; and a plural pronoun whose thing the question
  names in another clause of its own made the question a follow-up.
- A comparison whose sides are described by what they do ("an app that labels pictures") names
  things of its own: it is no comparison within the section just cited.

Follow-ups, stop 30 (helper pfu2; probes in ``benchmarks/probes/pfu2-s30``), tested in other
words than the probes'.

- How the thing just discussed is noticed ("how do you find out it's doing that?"): a sharp aspect
  of its own (``compose`` "notice"), not the remedy its "catch"/"spot" words used to read; and
  the sentence that says what shows it is spared the follow-up's repeat penalty, since the
  definition just given often ends on it.
- "how long does that take?" right after a question about training something is the time of
  training, taught with its cost.
- A question with words of its own that share nothing with what is being discussed (no word of
  the topic or of the sections just cited, no sentence of them near it) and that the course
  covers alone in another lesson is a new subject, however short or weakly placed; a follow-up
  in everyday words for what was said still leans (it comes near one of its sentences).

"one" naming an instance of what the question itself named (stop 31, the lead's chat trial).

After a question about how a bank spots a dodgy card payment, "whats the deal with deepfakes, how
can i spot one" was answered from fraud detection: "one" was read as pointing back at the
conversation, though the question had just named deepfakes. Worded apart from the trial; fails on
the code before it (``conversation._names_a_kind_before``).

Situations told of an unnamed "it" (stop 31, situation): the machine the course is about.

Worded apart from the probes (``benchmarks/probes/situation-s31``); fails on the code before it:
a first question that tells what an unnamed "it" did, in everyday words and no course term ("it
scored brilliantly in rehearsal and then fell over on new stuff"), ranked the right section first
but under the scope bars and was refused as another subject. The "it" that acts, with no earlier
answer to lean on, is the machine, as a machine named by its job is: the router rule answers it.
Everyday life told of an "it" among the learner's people or things stays refused.
"""

from __future__ import annotations

import re

import learner_judge
import pytest
from learner_judge import converse

from answering.reading import cited as _cited
from tutor.core.answering import compose, shapes
from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.conversation import names_its_pronoun, refers_back
from tutor.core.answering.search import unnamed_machine


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my bank froze my card, how did it know", True),
        ("if a robot falls over, how does it learn not to do that again", True),
        ("how does a phone understand what i say to it", True),
        # The pronoun in the same clause as the thing, or inside it, points back.
        ("does the slippery ice make it harder", False),
        ("whats a pragmatic use for it", False),
        ("give me a real world use of it", False),
        ("my dad asks it about his heart pills. is that ok?", False),
        ("how do people fix it", False),
        ("what are its limitations", False),
        ("why do companies love them", False),
        ("is it used in the real world at all", False),
        # A bare subject after the opening verb (stop 41's chat trial), not one inside the clause.
        ("can chatgpt actually think or is it just guessing words", True),
        ("do chatbots understand you, or do they just predict", True),
        ("can you explain it again", False),
        ("does ai make it harder", False),
        # The opening's verb is the pronoun's verb too: one ask, the pronoun points back.
        ("what do teams do about it before training", False),
    ],
)
def test_a_thing_named_before_the_pronoun_is_found(question: str, expected: bool) -> None:
    assert names_its_pronoun(question) is expected


@pytest.mark.parametrize(
    ("turns", "wanted"),
    [
        (["what is top-k sampling", "my bank froze my card, how did it know"], "ml-applications#fraud-detection-with-machine-learning"),
        (
            ["what is k-means", "a traffic model trained only on weekdays, why does it get weekends wrong"],
            "training-and-overfitting#how-noisy-or-incomplete-data-leads-to-mistakes",
        ),
        (["whats a vae", "my email app moved a real message to junk, why did it do that"], "supervised-learning#a-worked-example-building-a-spam-filter"),
        # Stop 41's chat trial: the train/test split led both answers, read as what "it" was.
        (["whats the point of splitting data into training and test", "can chatgpt actually think or is it just guessing words"],
         "language-models#next-token-prediction-step-by-step"),
        (["whats the point of splitting data into training and test", "is it true ai will take all our jobs"],
         "adoption-challenges#resistance-to-change-from-employees"),
    ],
)
def test_a_pronoun_pointing_inside_the_question_starts_a_new_subject(tutor, turns: list[str], wanted: str) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope
    assert answer.sources[0].section == wanted, [s.section for s in answer.sources]


@pytest.mark.parametrize(
    ("turns", "lesson"),
    [
        (["what is q-learning", "does the slippery ice make it harder"], "reinforcement-learning"),
        (["what does it mean when a chatbot hallucinates", "my dad asks it about his heart pills. is that ok?"], "hallucination"),
    ],
)
def test_a_pronoun_about_the_topic_still_leans(tutor, turns: list[str], lesson: str) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope
    assert answer.sources[0].doc == lesson


@pytest.mark.parametrize(
    ("question", "points_back"),
    [
        # A reflexive points at its own clause's subject; an "it" before "if"/"when" stands for
        # that clause.
        ("can a computer learn chess just by playing itself", False),
        ("is it bad if my model gets 100% on the training data", False),
        ("is it ok when the test score is a bit lower", False),
        ("does it fix itself", True),
        ("is it bad if it overfits", True),
        ("is it good for images", True),
        ("is it bad?", True),
    ],
)
def test_reflexives_and_an_it_standing_for_a_clause_point_nowhere(question: str, points_back: bool) -> None:
    from tutor.core.answering.conversation import refers_back

    assert refers_back(question) is points_back


def test_a_fresh_question_with_a_reflexive_is_not_read_into_the_last_topic(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why does my netflix keep recommending stuff i hate", "can a computer learn chess just by playing against itself"])
    assert answer.sources[0].section == "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"
    assert all(s.doc != "ml-applications" for s in answer.sources)


def test_a_short_follow_up_ranked_on_the_section_just_cited_is_not_declined(tutor) -> None:
    """ "and if its really low?" after temperature ranks the sampling section first, with a
    cosine just under the on-topic bar (0.19): it is about that section, not "not covered"."""
    answer = learner_judge.converse(tutor, ["what is temperature", "and if its really low?"])
    assert answer.in_scope
    assert answer.sources[0].section == "language-models#sampling-temperature-top-k-and-top-p"
    assert "low temperature" in answer.text


RECOGNITION = "ml-applications#image-and-speech-recognition"


def test_one_that_makes_them_is_a_side_of_its_own() -> None:
    sides = shapes.comparison_sides("how is an app that labels pictures different from one that makes them")
    assert len(sides) == 2
    assert sides[1].lower() not in conversation_module.REFERRING
    assert "makes" in sides[1]


def test_the_subject_of_its_own_clause_is_not_what_them_stands_for() -> None:
    assert conversation_module.points_inside("do hospitals use them?") is False


def test_a_plural_pronoun_named_in_another_clause_points_inside(tutor) -> None:
    question = "what's the gap between a system that tags images and one that makes them?"
    assert conversation_module.points_inside(question)
    assert not tutor.index.is_follow_up(question)
    # The subject of the pronoun's own clause is never what it stands for: still a follow-up.
    assert tutor.index.is_follow_up("do hospitals use them?")


def test_described_sides_are_not_compared_within_the_last_section(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["how do phones recognise my face", "whats the difference between a model that sorts pictures and one that makes them"]
    )
    assert answer.in_scope
    cited = [s.section for s in answer.sources]
    assert cited and cited[0] != RECOGNITION


def test_noticing_is_its_own_aspect_not_the_remedy() -> None:
    assert "notice" in compose.asked_aspects("how do you find out it's doing that")
    sentences = [
        "Remedies include a better loss.",
        "The problem shows only when many samples are compared.",
    ]
    bonus = compose.aspect_bonus("how would you even catch it", sentences)
    assert bonus[1] > bonus[0]
    # Asked for in other words too, the remedy still counts.
    assert compose.aspect_bonus("how do you spot it and fix it", sentences)[0] > 0


def test_how_a_failure_is_noticed_after_its_definition(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["my gan keeps drawing the same digit, what's going on", "how do you find out it's doing that"]
    )
    assert re.search(r"compared for variety", answer.text), answer.text


def test_how_a_team_finds_out_after_bias(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is ai bias", "how can a team tell whether theirs does it"])
    assert re.search(r"error rates separately|who the data represents", answer.text), answer.text


def test_a_new_subject_that_shares_nothing_does_not_lean(tutor) -> None:
    answer = learner_judge.converse(tutor, ["explain top-p sampling", "can a bot help me sort my shop's stock"])
    assert _cited(answer)[:1] == ["industry-use-cases#retail-predicting-sales-and-writing-product-content"], _cited(answer)
    answer = learner_judge.converse(tutor, ["how does q learning work", "can a computer draw me a logo"])
    assert "q learning" not in (answer.topic or ""), answer.topic


def test_everyday_words_for_what_was_said_still_lean(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what kind of data do generative models need", "why is variety so important"])
    assert _cited(answer)[:1] == ["data-and-compute#training-data-for-generative-models-large-clean-and-varied"], _cited(answer)


def test_noticing_words_name_no_topic() -> None:
    from tutor.core.answering import conversation as conversation_module

    for question in ("how would you even notice", "what are the warning signs", "is there a way to detect that"):
        assert conversation_module.topic_words(question) == [], question


def test_how_long_that_takes_after_a_training_question(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do big tech firms train their chatbots", "ok how long does that take"])
    assert _cited(answer)[:1] == ["data-and-compute#training-cost-compute-expertise-and-time"], _cited(answer)


def test_one_after_a_plural_the_question_names_points_inside_it() -> None:
    assert not refers_back("ok and voice clones, how would i recognise one")
    assert not refers_back("tell me about chatbots, could i make one for my club")


def test_one_that_points_back_still_points_back() -> None:
    assert refers_back("can i build one at home")  # nothing named before it
    assert refers_back("can you give an example of the bias one")  # an item of the last answer
    assert refers_back("do recommendation apps have one too")  # the apps own one of the topic's thing
    assert refers_back("is that one supervised")


def test_a_new_subject_with_one_is_answered_for_itself(tutor) -> None:
    answer = converse(tutor, ["how do banks catch fraudulent card payments", "and deepfakes, how would i recognise one?"])
    assert answer.sources and answer.sources[0].section.startswith("ethics-and-regulation#deepfakes"), answer.sources


def test_one_owned_by_the_things_named_stays_on_the_topic(tutor) -> None:
    answer = converse(tutor, ["what is a loss function", "do chatbots have one too"])
    assert answer.sources and answer.sources[0].section == "training-and-overfitting#what-a-loss-function-measures"


def test_an_unnamed_it_that_acts_is_recognised() -> None:
    assert unnamed_machine("so it picks the safe option every time, why")
    assert unnamed_machine("how do i trust what it tells me")
    assert not unnamed_machine("my brother broke the vase and it shattered")  # people of the learner's life
    assert not unnamed_machine("how do i fix it")  # "it" as the object names no actor
    assert not unnamed_machine("what is overfitting")


def test_practice_well_new_cases_badly_is_overfitting(tutor) -> None:
    answer = tutor.ask("it scored brilliantly in rehearsal and then totally fell over on new stuff")
    assert answer.in_scope
    assert "training-and-overfitting#overfitting-and-underfitting" in _cited(answer)


def test_checking_what_it_writes_is_spotting_hallucination(tutor) -> None:
    answer = tutor.ask("how can i verify the stuff it writes before i believe it")
    assert answer.in_scope
    assert "hallucination#how-to-spot-and-reduce-hallucination" in _cited(answer)


def test_everyday_life_told_of_an_it_stays_refused(tutor) -> None:
    for question in (
        "my dog keeps barking at night and it wakes the neighbours, what can i do",
        "our oven burns everything, it gets way too hot on the left side",
        "it kept raining so the match got cancelled, do we get a refund",
    ):
        assert not tutor.ask(question).in_scope, question
