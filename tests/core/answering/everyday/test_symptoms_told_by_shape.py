"""A symptom told by its shape, inside the learner's own story, gets the section that names it
(stop 39, parab39).

"The supplier's checker was near enough perfect on their parts but rubbish on ours" is
overfitting; "the scheduler keeps sticking with the one plan it knows works, shouldn't it try
others" is exploration versus exploitation; "pushed the slider to the max and it wrote
gibberish" is temperature. No fixed phrase says so (the glossary's phrases missed them), and the
story's own words (castings, timetables, a trade) drew the learner's industry section or nothing
in scope. ``symptoms.told_terms`` reads the shape and the query gets the course term, as a
glossary phrase's. Probes, written before any answer was read: ``benchmarks/probes/parab39-s39``;
the questions here are worded apart from them and from the asks, and each failed before.

Stop 40 (paraa40, probes ``benchmarks/probes/paraa40-s40``) added four shapes: a talking machine
stating what does not exist (hallucination: the story's shop, depot or surgery drew the industry
section on chatbots), a share said right while the thing to catch is rare (accuracy), a quick
reward taken against a later cost (cumulative reward) and praise on the practice data set against
a failure anywhere (overfitting); the section heading with a told term answers
(``SearchIndex._told_section``).
"""

from __future__ import annotations

from typing import Any

import pytest

from answering.reading import cited
from tutor.core.answering.symptoms import told_terms

OVERFITTING = "training-and-overfitting#overfitting-and-underfitting"
EXPLORATION = "reinforcement-learning#exploration-versus-exploitation"
TEMPERATURE = "language-models#sampling-temperature-top-k-and-top-p"
HALLUCINATION = "hallucination#what-hallucination-means"
ACCURACY = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
CUMULATIVE = "reinforcement-learning#maximising-cumulative-reward"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("the vendor's crack detector was flawless on their test tiles and hopeless on ours", "overfitting"),
        ("the forecaster nailed the shops it was trained on but is way off for our new branches", "overfitting"),
        ("the planner keeps using the one route it knows works, should it try a different one", "exploration versus exploitation"),
        ("i turned the randomness dial right up and it started writing gibberish", "temperature"),
        # "missing" things on the learner's own data is a failure too (stop 39, the lead's chat
        # trial: a pharmacist's interaction checker was declined as not covered).
        ("the tagger was spot on with the vendor's samples but keeps missing defects in our photos", "overfitting"),
        # Stop 40.
        ("the help bot quoted a refund rule that doesnt exist anywhere in our policy", "hallucination"),
        ("the writing assistant listed three studies, none of them are real", "hallucination"),
        ("the lab says the test is 99% accurate, but the condition is rare", "accuracy"),
        ("the game bot grabs the quickest points it can and loses the level later", "cumulative reward"),
        ("her model aces the practice questions but flops in the real exam", "overfitting"),
    ],
)
def test_a_told_shape_names_its_term(question: str, term: str) -> None:
    assert told_terms(question) == [term]


@pytest.mark.parametrize(
    "question",
    [
        # Praise of a skill, not of results on some data; a complaint about another person.
        "ml is great at spotting patterns, but with our messy data it struggles, why",
        "the recommender is brilliant for me but my mum gets rubbish suggestions",
        "my model is great on our data, how do i deploy it",
        "gans are great at images, but on my laptop training is awful",
        # Only one half of a shape.
        "should i try a new recipe or the one i know",
        "the slider is at the max, what does it do",
        # Missing values are incomplete data, not a failure of the model.
        "the model worked fine on their data but in ours there are missing values everywhere",
        # Stop 40: a made picture of someone who never existed is what a generator is for; "never
        # have to" is no falsehood; a share right with nothing rare; a reward with no later cost.
        "can an ai make photos of people who don't exist",
        "the image bot gave me a picture of a castle that doesnt exist, how",
        "the chatbot said we never have to label anything, is that true",
        "our model is 95% accurate, is that good",
        "how does an agent get points quickly in reinforcement learning",
    ],
)
def test_half_a_shape_or_another_sense_names_nothing(question: str) -> None:
    assert told_terms(question) == []


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("printer technician. the fault predictor was excellent on the machines the vendor trained it with but hopeless on our older printers. is that a known problem",
         OVERFITTING),
        ("warehouse lead. the damage spotter was spot on with the vendor's demo photos but keeps missing dents on our pallets. what went wrong",
         OVERFITTING),
        ("rota planner. the shift scheduling ai keeps using the one pattern it knows works. should it not try a different one sometimes",
         EXPLORATION),
        ("florist. our ordering bot always goes for the supplier it knows works and never tries another one. is that how these learning things should behave",
         EXPLORATION),
        # Stop 40: the story drew a neighbour (the cats-and-dogs example, precision and recall,
        # what an agent is); the overfitting one answered before too and guards the praise on
        # practice data.
        ("pet shop owner. the chat assistant on our website told a customer we stock a dog food brand that doesnt even exist. why does it do that",
         HALLUCINATION),
        ("locksmith. the burglar alarm model is sold as 99% accurate, but break-ins on our street are rare. does that figure mean much",
         ACCURACY),
        ("allotment keeper. the watering robot learns by trial and error and takes the quick reward of soaking one bed even though it leaves the rest dry for later. shouldnt it plan ahead",
         CUMULATIVE),
        ("cellist. my friend's model nails the training pieces but falls apart on anything new, like a student who memorised one etude. what's the word for that",
         OVERFITTING),
    ],
)
def test_a_told_symptom_gets_the_section_that_names_it(tutor: Any, question: str, section: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope, question
    assert cited(answer)[0] == section, (question, cited(answer))


def test_a_relative_which_after_two_things_is_no_comparison(tutor: Any) -> None:
    # "..., which doesnt exist" tells what the reference was; read as "which one" of two things,
    # the answer was cut into two sides and lost the sentence the learner asked for.
    answer = tutor.ask(
        "vicar. someone showed me a chatbot reply that cited a hymn number with great confidence and a "
        "hymnbook, which doesnt exist. is it lying to people on purpose?"
    )
    assert answer.shape != "comparison", answer.shape
    assert "not lying on purpose" in answer.text, answer.text


# Stop 40 (blind sets ZU and ZV, probes ``benchmarks/probes/zuvo40-s40``): praise said as an
# adverb, a dilemma told in a story of learning by reward, and staff who will not use a new tool.
RESISTANCE = "adoption-challenges#resistance-to-change-from-employees"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("the vendor's reader scored amazingly on their scans but was hopeless with ours", "overfitting"),
        ("the quote tool aced their jobs and got our quotes all wrong", "overfitting"),
        ("a robot dog that learns with rewards, does it keep doing the same trick or try another one", "exploration versus exploitation"),
        ("we rolled out an ai scheduling tool and the planners still do it on paper", "resistance to change"),
        ("the reception team are digging their heels in about the new booking bot", "resistance to change"),
    ],
)
def test_more_told_shapes_name_their_term(question: str, term: str) -> None:
    assert told_terms(question) == [term]


@pytest.mark.parametrize(
    "question",
    [
        # Habit without a story of learning by reward; a machine, not people, not using a thing.
        "i always use python, should i try another language",
        "we bought a gpu but the model doesn't use it, why",
        "i don't use chatgpt at work, should i",
        "we got a new ai model and it works well on my laptop",
    ],
)
def test_habit_or_a_machines_non_use_names_nothing(question: str) -> None:
    assert told_terms(question) == []


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("pharmacy manager. we paid for an ai stock checker and the dispensers just ignore it and do it the old way. why do people dig their heels in like that",
         RESISTANCE),
        ("surveyor. the valuation ai scored brilliantly on the vendor's sample homes but was rubbish on our instructions, what is going on",
         OVERFITTING),
    ],
)
def test_a_story_told_symptom_beats_the_tools_own_section(tutor: Any, question: str, section: str) -> None:
    # The tool's job (stock, valuations) drew its application section, or the whole was refused.
    answer = tutor.ask(question)
    assert answer.in_scope, question
    assert cited(answer)[0] == section, (question, cited(answer))


def test_a_dilemma_told_as_two_choices_is_the_pair_the_course_compares(tutor: Any) -> None:
    # "choose between X or Y" with X and Y the story's halves: each side searched alone drew the
    # reward sections; the pair is exploration versus exploitation, with its epsilon-greedy rule.
    answer = tutor.ask(
        "dog walker. if a robot learned with treats like my dogs do, how would it choose between "
        "sniffing out a new path or just repeating the walk that already got it a treat"
    )
    assert cited(answer) == [EXPLORATION], cited(answer)
    assert "epsilon" in answer.text



# Bias told by a skewed outcome for the same people and a question about where the machine got it
# (stop 40, the lead's chat trial: a rota ai giving the night shifts to the same few people was
# declined as not covered). Worded apart from the trial.
@pytest.mark.parametrize("question", [
    "the loan bot keeps turning down older applicants, where would it get that from",
    "our warehouse scheduler always gives the worst routes to the same three drivers. did it pick that up from us?",
])
def test_a_skew_for_the_same_people_asked_where_it_came_from_is_bias(question: str) -> None:
    assert "bias inherited from training data" in told_terms(question)


@pytest.mark.parametrize("question", [
    "my music app keeps showing me the same songs, where did it learn that",
    "the chatbot keeps giving the same answer to every customer",
])
def test_a_repeat_without_people_or_without_a_source_asked_is_no_bias(question: str) -> None:
    assert not any(t.startswith("bias") for t in told_terms(question))


def test_a_skew_story_is_answered_from_the_bias_section(tutor: Any) -> None:
    answer = tutor.ask("the new cover rota at our school keeps putting the same two teachers on every lesson. where would it learn that from")
    assert answer.in_scope and cited(answer)[0] == "ethics-and-regulation#bias-inherited-from-training-data", cited(answer)


# Stop 47 (hpara47 probes, worded apart): lost variety told by what a picture maker only ever
# makes, and noisy or incomplete data told by a broken instrument or bad records fed to a model.
MODE_COLLAPSE = "gans#mode-collapse-when-a-gan-loses-variety"
NOISY = "training-and-overfitting#how-noisy-or-incomplete-data-leads-to-mistakes"


@pytest.mark.parametrize(("question", "term"), [
    ("my niece's art ai was supposed to paint all sorts of birds but only ever paints robins, whats up with it", "mode collapse"),
    ("the logo generator we trialled only ever produced blue circles. what went wrong", "mode collapse"),
    ("the humidity sensor in bay 2 was faulty for months. we trained the spoilage predictor on that, is that a problem", "noisy or incomplete data"),
    ("a third of our delivery logs have missing values. can a model still learn from them", "noisy or incomplete data"),
])
def test_a_kept_to_output_or_a_faulty_source_is_told_by_its_shape(question: str, term: str) -> None:
    assert term in told_terms(question)


@pytest.mark.parametrize("question", [
    "my chatbot only ever gives short answers, can i change that",
    "the thermometer in the cold room is faulty, should i replace it",
    "our bakery only ever makes sourdough on mondays",
])
def test_no_maker_or_no_model_tells_neither(question: str) -> None:
    assert not {"mode collapse", "noisy or incomplete data"} & set(told_terms(question))


@pytest.mark.parametrize(("question", "section"), [
    ("my niece's art ai was supposed to paint all sorts of birds but only ever paints robins, whats up with it", MODE_COLLAPSE),
    ("the humidity sensor in bay 2 was faulty for months. we trained the spoilage predictor on that, is that a problem", NOISY),
])
def test_the_told_shape_answers_from_its_section(tutor: Any, question: str, section: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope and cited(answer)[0] == section, cited(answer)


# Stop 47: the data it did well on said first, the praise bare after it ("on X it was near
# perfect but on new Y it was rubbish"); ``_PRAISE`` wanted the data after the praise.
@pytest.mark.parametrize("question", [
    "locksmith. with the demo keys the cutting app was spot on but on our customers' worn keys it's useless, why",
    "on the supplier's test photos it scored 99% but with our own crops it gets everything wrong",
])
def test_overfitting_told_with_its_data_first(question: str) -> None:
    assert told_terms(question)[:1] == ["overfitting"]


def test_praise_then_a_failure_elsewhere_than_other_data_is_no_overfitting() -> None:
    assert "overfitting" not in told_terms("on sunny days the forecast was great but it struggles in heavy rain")


# Stop 47: the false statement told as it goes on ("came back ... quoting a regulation that doesn't
# exist"), not only as done ("quoted").
@pytest.mark.parametrize("question", [
    "electrician. the assistant came back citing a wiring standard that doesn't exist, what's that called",
    "our support bot kept telling people about a loyalty scheme that was never real. why",
])
def test_a_falsehood_told_as_it_goes_on_is_hallucination(question: str) -> None:
    assert "hallucination" in told_terms(question)


# Stop 47: a test set told by testing on what it learned from, or by what is kept back to the end.
@pytest.mark.parametrize("question", [
    "the intern scored the model on the same invoices it was trained on and got 99%",
    "my supervisor hides a tenth of the survey answers until the very end before testing the classifier",
])
def test_a_test_set_told_by_its_shape(question: str) -> None:
    assert "test set" in told_terms(question)


def test_something_saved_for_the_end_with_no_model_is_no_test_set() -> None:
    assert "test set" not in told_terms("i always save the best chocolate for the very end")


# Stop 47: every practice case got right then a failure on new ones (overfitting), and a failure on
# everything, old and new alike (underfitting).
def test_every_practice_case_right_then_new_ones_wrong_is_overfitting() -> None:
    assert "overfitting" in told_terms("the first model got every photo it was trained on right but fell apart on new ones")


def test_a_failure_on_old_and_new_alike_is_underfitting(tutor) -> None:
    question = "warehouse analyst. our second attempt is hopeless on everything, the training orders and new ones. what's wrong with it?"
    assert "underfitting" in told_terms(question)
    assert cited(tutor.ask(question))[0] == OVERFITTING


def test_rules_told_before_who_wrote_them_are_hand_written_rules(tutor) -> None:
    # (Stop 47: "runs on rules the engineers wrote out years ago" had the rules before the writer.)
    question = "the old stock system runs on rules the developers typed in back in 2009, the new one learned from our sales. is only the new one machine learning?"
    assert "hand-written rules" in told_terms(question)
    assert cited(tutor.ask(question))[0] == "what-is-ml#learning-from-data-instead-of-hand-written-rules"


def test_made_up_examples_to_train_a_model_are_data_augmentation(tutor) -> None:
    # (Stop 47: "one AI to make fake photos and then training our detector on real and fake
    # together ... one model makes and the other one judges??" went to the GAN's training.)
    question = "we only have 30 recordings of a rare engine knock. could we get an ai to create synthetic clips and train the knock detector on both? one makes and one checks, right?"
    assert "data augmentation" in told_terms(question)
    assert cited(tutor.ask(question))[0] == "generative-ai-applications#data-augmentation-with-synthetic-training-examples"
    assert "data augmentation" not in told_terms("can ai make fake photos of my neighbours")


def test_failing_on_the_people_served_is_failing_on_other_data(tutor) -> None:
    # (Stop 47, the lead's chat trial: "spot on with the demo blanks but on customers' worn keys
    # it's useless" was declined as the untaught "key-cutting app".)
    question = "optician. our lens-fitting app was brilliant with the sample faces but on patients' real faces it's hopeless. why?"
    assert "overfitting" in told_terms(question)
    assert cited(tutor.ask(question))[0] == OVERFITTING


# Stop 48 (jpara48 work probes): a later time told as the other data, a small count out of a large
# one as the rare thing, and slips made typing the data in as noisy data.
@pytest.mark.parametrize("question", [
    "the staffing forecaster got every week of 2023 right and then was way off this autumn, why would that be",
    "our yield model was spot on in the trial but useless ever since. what happened",
    # (the lead's chat trial: "brilliant on last year's sales but useless this christmas" was
    # declined as the untaught "stock model")
    "the rota forecaster was great on last year's bookings but hopeless this easter, why?",
])
def test_a_later_time_is_other_data_for_overfitting(question: str) -> None:
    assert "overfitting" in told_terms(question)


def test_a_later_time_alone_tells_nothing() -> None:
    assert told_terms("the rota app was rubbish this autumn, any ideas") == []


@pytest.mark.parametrize("question", [
    "the vendor says their fall detector is 97% accurate, but maybe 3 out of every 1000 residents ever fall. is that figure any use",
    "claims bot is 99 percent right but only 1% of claims are ever fraud. good or not?",
])
def test_a_small_count_out_of_many_is_the_rare_thing(question: str) -> None:
    assert "accuracy" in told_terms(question)


def test_slips_typing_the_data_in_are_noisy_data(tutor) -> None:
    question = "our till staff key in the wrong weights all the time, like 5 instead of 0.5. if the waste forecaster learns from that, is it doomed?"
    assert "noisy or incomplete data" in told_terms(question)
    assert cited(tutor.ask(question))[0] == "training-and-overfitting#how-noisy-or-incomplete-data-leads-to-mistakes"
    assert "noisy or incomplete data" not in told_terms("i made a typo in my prompt, does chatgpt mind")


# Stop 48 (kpara48 work probes): praise as an adverb of a practised piece, the known choice told
# as "what you already know works", a device that glitches fed to a model; a message that tells a
# symptom whole is not declined for its machine's own name.
def test_a_practised_piece_done_flawlessly_then_failing_on_something_new_is_overfitting() -> None:
    assert "overfitting" in told_terms("my apprentices can wire the practice board perfectly but go to pieces, all over the place, on a new house")
    assert "overfitting" in told_terms("the choir sings the anthem flawlessly but falls apart on anything new")


def test_what_you_already_know_works_against_new_offers_is_exploration() -> None:
    question = "as a chef i stick with the dish you already know works, but you also need to take new requests. does a trial and error program face that too?"
    assert "exploration versus exploitation" in told_terms(question)


def test_a_device_that_glitches_fed_to_a_model_is_noisy_data(tutor) -> None:
    question = "our heart-rate watches glitch sometimes and log 250 bpm. if that goes into the fatigue forecasting model will it mess it up?"
    assert "noisy or incomplete data" in told_terms(question)
    answer = tutor.ask(question)
    assert answer.in_scope and cited(answer)[0] == "training-and-overfitting#how-noisy-or-incomplete-data-leads-to-mistakes"


def test_an_app_that_reckons_who_will_do_something_is_predictive_analytics() -> None:
    # (Stop 48, the lead's chat trial: "the booking app reckons which clients won't turn up" went
    # to hyper-personalisation.)
    assert "predictive analytics" in told_terms("the gym's app reckons which members won't renew. how does it know?")
