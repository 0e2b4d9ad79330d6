"""Follow-up chains, stop 35 (helper fu35; probes in ``benchmarks/probes/fu35-s35``), tested in
other words than the probes'.

- An everyday phrase the carried topic cuts ("how do chatbots make things up": the topic as
  written ends at "make") is carried as its course term (``FollowingUp._course_topic``), so a
  third turn ("and how do i get it to happen less often") stays on hallucination instead of
  what makes a language model large. Also through the real ``tutor ask`` reading stdin.
- A what-if follow-up about something going wrong ("what if i choose the wrong number of
  clusters") is answered by the lesson's section headed by a failure that names the topic
  (``FollowingUp._failure_section``); one whose own section says it (the learning rate too
  big, k-means starting in a bad spot) stays there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import learner_judge
import pytest


def test_an_everyday_phrase_cut_by_the_topic_is_carried_as_the_course_term(tutor) -> None:
    first = tutor.ask("why do chatbots make things up")
    assert first.topic == "hallucination", first.topic
    answer = learner_judge.converse(
        tutor, ["why do chatbots make things up", "how can i spot it", "and how do i get it to happen less often"]
    )
    assert answer.sources[0].section == "hallucination#how-to-spot-and-reduce-hallucination", answer.text


def test_a_topic_in_course_words_is_kept_as_written(tutor) -> None:
    """Guard: a topic the learner names in the course's words is not replaced by a glossary term."""
    assert tutor.ask("what is the latent space of a vae").topic != "variational autoencoder"


def test_a_what_if_going_wrong_follow_up_gets_the_failure_section(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how does k-means work", "what if i choose the wrong number of clusters"])
    assert answer.sources[0].section == "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps", answer.text


def test_a_what_if_its_own_section_answers_stays_there(tutor) -> None:
    """Guard: gradient descent's own section says what too big a step does; the lesson's section
    on mistakes in the data names no gradient descent and is not put first."""
    answer = learner_judge.converse(tutor, ["what is gradient descent", "what happens if the learning rate is too big"])
    assert answer.sources[0].section == "training-and-overfitting#gradient-descent-in-plain-words", answer.text
    assert "overshoots" in answer.text, answer.text


def test_a_what_if_the_mechanism_already_answers_keeps_the_mechanism(tutor) -> None:
    """Guard: "a poor starting position can lead to a poor result" is in how k-means works."""
    answer = learner_judge.converse(tutor, ["what is k-means", "what if it starts from a bad spot"])
    assert answer.sources[0].section == "unsupervised-learning#how-k-means-finds-clusters", answer.text


def test_a_what_if_about_a_part_after_gans_gets_the_instability_section(tutor) -> None:
    """Guard (already so before): the part named by what it does."""
    answer = learner_judge.converse(tutor, ["how do gans work", "what if the discriminator is useless"])
    assert answer.sources[0].section == "gans#why-gan-training-is-unstable-and-costly", answer.text


def test_the_cli_reads_a_chain_on_stdin_as_one_conversation(tmp_path) -> None:
    """The real program (``python -m tutor ask --json``, questions on stdin) keeps the topic
    through three turns: the third is about reducing hallucination."""
    env = {**os.environ, "TUTOR_HOME": str(tmp_path), "TUTOR_THREADS": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "tutor", "ask", "--json"],
        input="why do chatbots make things up\nhow can i spot it\nand how do i get it to happen less often\n",
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )
    assert run.returncode == 0, run.stderr
    replies = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert len(replies) == 3, run.stdout
    assert replies[2]["sources"][0]["section"] == "hallucination#how-to-spot-and-reduce-hallucination", replies[2]


# Stop 37 (zlmc37; probes in ``benchmarks/probes/zlmc37-s37``, worded apart from them and from sets
# ZL/ZM).
AUG = "generative-ai-applications#data-augmentation-with-synthetic-training-examples"


def test_a_what_if_denying_the_topics_condition_gets_the_failure_section(tutor) -> None:
    """ "what if the groups arent nice round blobs" named no failure word, so how k-means works
    answered again and DBSCAN was never said."""
    answer = learner_judge.converse(tutor, ["how does k-means clustering work", "what if my clusters aren't round at all"])
    assert answer.sources[0].section == "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps"
    assert "DBSCAN" in answer.text


def test_a_field_name_many_titles_share_is_not_carried_as_the_topic(tutor) -> None:
    """ "gen ai" was carried as "generative AI" (the applications lesson's title holds it), so "any
    catch?" went to where generative AI falls short instead of the augmentation section's caveat."""
    first = tutor.ask("we only have 25 photos of a rare beetle, can gen ai invent extra ones to train our classifier on?")
    assert first.sources[0].section == AUG and first.topic != "generative AI"
    answer = learner_judge.converse(
        tutor, ["we only have 25 photos of a rare beetle, can gen ai invent extra ones to train our classifier on?", "any catch?"]
    )
    assert answer.sources[0].section == AUG and "not guaranteed" in answer.text


def test_why_does_it_do_that_is_a_bare_why(tutor) -> None:
    """It was searched on its own words and found why next-token prediction makes falsehoods; the
    section just quoted gives its cause with "so", not "because"."""
    answer = learner_judge.converse(
        tutor, ["what does temperature do in a chatbot", "and if i set it really high?", "why does that happen"]
    )
    assert answer.sources[0].section == "language-models#sampling-temperature-top-k-and-top-p"
    assert "flattens" in answer.text


def test_numbers_asked_after_the_figures_were_quoted_are_said_again(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do you calculate recall", "with real numbers please"])
    assert "15 / 20" in answer.text


def test_the_counterpart_after_a_job_signature_is_not_another_subject(tutor) -> None:
    """ "hairdresser. what's the eu ai act about" then "and the americans?" was read "hairdresser.
    what's the americans about" and refused as another subject."""
    answer = learner_judge.converse(tutor, ["plumber. what's the eu ai act about", "and the americans?"])
    assert answer.in_scope and "executive order" in answer.text
    # A people in slang whose country the section names is that section's detail, not a subject.
    answer = learner_judge.converse(tutor, ["what did the european union agree about ai", "and what about the yanks then?"])
    assert answer.in_scope and "executive order" in answer.text


def test_a_passive_said_of_the_learner_names_no_term(tutor) -> None:
    """ "getting taken in" was declined as an untaught compound."""
    answer = learner_judge.converse(tutor, ["what is a deepfake", "how do i avoid getting tricked by one"])
    assert answer.in_scope and "check the source" in answer.text


# Stop 38 (fu38, probes in ``benchmarks/probes/fu38-s38``; worded apart from them and from set U):
# after a problem asked for by description ("what's it called when ..." answered by mode
# collapse, the topic still the GAN), "is there a fix?" searched the topic's words and found why
# GAN training is unstable, which names no remedy; the section just quoted states one. An idiom
# the course never writes ("or am i stuck with it") gives the follow-up no topic of its own.
MODE_COLLAPSE = "gans#mode-collapse-when-a-gan-loses-variety"


@pytest.mark.parametrize("fix", ["can that be fixed?", "is there any cure or is it just bad luck"])
def test_a_fix_after_a_problem_named_by_description_stays_on_it(tutor, fix: str) -> None:
    answer = learner_judge.converse(
        tutor, ["what is a gan", "what's it called when it keeps making the same kind of picture", fix]
    )
    assert answer.sources[0].section == MODE_COLLAPSE, (answer.sources, answer.text[:300])
    assert "wasserstein" in answer.text.lower()


# Stop 38: "show me with actual numbers" after how a metric is worked out told the figures ("15 /
# 25 = 0.60") without the numbers they are worked from (``compose.worked_givens``); with "now"
# before it ("right, now show me ...") the follow-up had "now" for a topic and was refused as
# maths homework, and "with some actual numbers" was not read as asking for figures.
@pytest.mark.parametrize("numbers", ["right, now show me that with real numbers", "ok do it with some actual figures"])
def test_worked_figures_come_with_their_givens(tutor, numbers: str) -> None:
    answer = learner_judge.converse(tutor, ["how do you work out recall for a fraud model", numbers])
    assert "15 / 20" in answer.text and "TP = 15" in answer.text, answer.text[:400]
