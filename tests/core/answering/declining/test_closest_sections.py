"""Declines: the closest section a decline points to.

Not-covered decisions and their closest sections, stop 33 (limits33), tested in other words
than the probes in ``benchmarks/probes/limits33-s33``.

- A compound every word of which the well-matched section writes, one of them the story's own, is
  that section's story ("the deepfake candidate poster"), not an untaught name
  (``Declining.told_by_its_section``); a name of common words the course never tells ("model
  collapse") is still declined.
- A machine the course names ("self driving" cars, "driverless" = autonomous systems in the
  glossary) is not declared untaught: the decline says the course mentions it only in passing and
  names the section that names it (``Declining._sections_writing``).
- Ways of adapting a trained model (LoRA, prompt tuning) point at where the course gives a general
  model a job of its own, not at sections sharing the word "tuning" (``knowledge/not_taught.toml``).
- What to do about an untaught term ("how can i get around the cold start problem", "how do i
  deal with exploding gradients") asks nothing of its own: the term's family decides, its section
  when it names one (recommender and forecasting methods now have theirs), else what the term is
  about among its lessons (stop 37, probes ``howto37-s37``).

From the old ``tests/core/test_known_s30.py`` (Questions misread in a chat trial (stop 30): comparison wordings, the whole field of AI as a
side, and where a declined algorithm's learner is pointed):
- ``test_a_declined_boosting_method_points_to_the_supervised_algorithms``
- ``test_a_declined_term_asked_with_a_purpose_still_follows_the_question``
- ``test_a_family_section_exists_in_one_of_its_lessons``
- ``test_how_a_thing_looks_opens_no_untaught_term``
- ``test_terms_of_one_kind_point_to_the_section_closest_in_kind``

From the old ``tests/core/test_trial34_s34.py`` (The classes a learner met in the stop-34 chat trial (helper trial34), on the real model):
- ``test_a_course_setting_beside_the_term_still_counts``
- ``test_a_declined_terms_closest_section_follows_the_term_not_the_frame``
- ``test_an_untaught_image_network_points_at_image_classification``
- ``test_an_untaught_sequence_model_points_at_language_models``
"""

from __future__ import annotations

from answering.reading import chain as _chain
from answering.reading import closest as _closest

DEEPFAKES = "ethics-and-regulation#deepfakes-and-the-argentine-election-poster"

AUTONOMOUS = "Reinforcement learning > Reinforcement learning in games, robotics and autonomous systems"

CUSTOM = "Custom mini-chatbots built without code"


def test_a_story_the_course_tells_is_answered_from_its_section(tutor) -> None:
    for question in ("whats the deepfake candidate poster story", "what was the fake argentina election poster"):
        answer = tutor.ask(question)
        assert answer.in_scope, question
        assert answer.sources[0].section == DEEPFAKES


def test_model_collapse_is_still_declined(tutor) -> None:
    answer = tutor.ask("what is model collapse")
    assert not answer.in_scope
    assert answer.text.startswith("The course does not cover model collapse.")


def test_a_machine_the_course_names_is_said_to_be_mentioned(tutor) -> None:
    answer = tutor.ask("how do self driving lorries see at night")
    assert not answer.in_scope
    assert not answer.text.startswith("The course does not cover self driving")
    assert "mentions self driving" in answer.text
    assert f'"{AUTONOMOUS}"' in answer.text


def test_a_machines_everyday_name_points_at_the_section_naming_it(tutor) -> None:
    answer = tutor.ask("how does a driverless taxi read road signs")
    assert not answer.in_scope
    assert f'"{AUTONOMOUS}"' in answer.text


def test_adapting_a_model_points_at_custom_chatbots(tutor) -> None:
    for question in ("what are lora adapters", "how do prompt tuning methods work"):
        answer = tutor.ask(question)
        assert not answer.in_scope
        assert CUSTOM in answer.text, question


def test_a_declined_boosting_method_points_to_the_supervised_algorithms(tutor) -> None:
    for question in ("how does catboost work?", "explain knn"):
        answer = tutor.ask(question)
        assert not answer.in_scope, question
        assert "Common supervised learning algorithms" in answer.text, (question, answer.text)


def test_a_declined_term_asked_with_a_purpose_still_follows_the_question(tutor) -> None:
    # what the question asks of the term is searched, as before ("prevent overfitting")
    answer = tutor.ask("how does weight decay stop overfitting")
    assert not answer.in_scope
    assert "Overfitting and underfitting" in answer.text, answer.text


def test_how_a_thing_looks_opens_no_untaught_term(tutor) -> None:
    # the learner's description of what they saw, not a technique's name
    answer = tutor.ask("why do chatbot replies sometimes have garbled sentences")
    assert not answer.text.startswith("The course does not cover garbled"), answer.text
    answer = tutor.ask("why do ai drawings have wonky fingers")
    assert not answer.text.startswith("The course does not cover wonky"), answer.text


def test_a_family_section_exists_in_one_of_its_lessons(course) -> None:
    import tomllib

    from tutor.core import paths

    families = tomllib.loads((paths.knowledge_dir() / "not_taught.toml").read_text(encoding="utf-8"))["family"]
    named = [f for f in families if "section" in f]
    assert named
    for family in named:
        lesson, _, slug = family["section"].partition("/")
        assert lesson in family["near"], family["topic"]
        assert course.has_section(f"{lesson}#{slug}"), family["section"]


def test_terms_of_one_kind_point_to_the_section_closest_in_kind(tutor) -> None:
    for question, heading in (
        ("whats an roc curve", "Precision and recall computed from a confusion matrix"),
        ("what is stratified sampling", "Splitting data into a training set and a test set"),
        ("what is early stopping in neural networks", "Overfitting and underfitting"),
        ("how does rmsprop work", "Gradient descent in plain words"),
    ):
        answer = tutor.ask(question)
        assert not answer.in_scope, question
        assert heading in answer.text, (question, answer.text)








# -- untaught sequence and image architectures ----------------------------------------------------


def test_an_untaught_sequence_model_points_at_language_models(tutor) -> None:
    answer = _chain(tutor, "what are transformers", "are they better than lstms")
    assert not answer.in_scope
    assert "language model" in answer.text.lower().split("closest section")[1], answer.text


def test_an_untaught_image_network_points_at_image_classification(tutor) -> None:
    answer = tutor.ask("what is a convolutional neural network")
    assert not answer.in_scope
    assert _closest(answer) == "Image classification as a supervised task"


# -- a declined term's closest section ------------------------------------------------------------


def test_a_declined_terms_closest_section_follows_the_term_not_the_frame(tutor) -> None:
    answer = tutor.ask("how do airlines do dynamic pricing")
    assert not answer.in_scope
    assert _closest(answer) != "A small pilot project as a first step"
    assert _closest(answer) in {
        "Hyper-personalisation with machine learning", "Predictive analytics and anomaly detection",
        "Retail: predicting sales and writing product content",
    }, answer.text


def test_a_course_setting_beside_the_term_still_counts(tutor) -> None:
    answer = tutor.ask("how do hospitals do patient triage with ai")
    assert not answer.in_scope
    assert _closest(answer).startswith("Healthcare"), answer.text


# -- what to do about an untaught term (stop 37) ---------------------------------------------------


def test_asking_how_to_get_round_an_untaught_term_points_where_its_family_is_taught(tutor) -> None:
    for question in ("whats the trick for getting past the cold start problem", "how do i solve the cold start problem"):
        answer = tutor.ask(question)
        assert not answer.in_scope, answer.text
        assert _closest(answer) == "Recommendation systems for products, movies and music", answer.text
    answer = tutor.ask("any tips for exponential smoothing")
    assert _closest(answer) == "Predictive analytics and anomaly detection", answer.text

