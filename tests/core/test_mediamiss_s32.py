"""Near misses about media techniques, stop 32 (helper mediamiss; probes in
``benchmarks/probes/mediamiss-s32``), tested in other words than the probes'.

- What a creative tool does to a picture, a recording, a voice or a clip is named by what is
  worked on and the action as a noun ("audio restoration", "video stabilisation"); each word is
  plain English, so only the pair names the technique (``scope.MEDIA_HEADS``, task names). A tool
  named by one ("the ... tools") still asks about the technique.
- A name in brackets after the learner's description of the thing marks the name
  (``scope._BRACKETED``, read by ``scope.marked_name``); a person's job in brackets, or brackets
  after the question's end, say who asks.
- Course questions in the same media words are still answered.
"""

from __future__ import annotations

import learner_judge


def _declines_naming(tutor, question: str, term: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources, (question, answer.text)
    assert learner_judge._names_term(answer.text, term), (question, answer.text)


def test_a_media_technique_named_by_what_it_works_on_is_declined_by_name(tutor) -> None:
    for question, term in (
        ("how does dialogue isolation clean up a noisy film scene?", "dialogue isolation"),
        ("what is the image stitching in my drone app doing to the photos", "image stitching"),
        ("how do photo colourisation tools guess what colour a coat was", "photo colourisation"),
        ("could facial capture drive my game character from a webcam?", "facial capture"),
    ):
        _declines_naming(tutor, question, term)


def test_a_bracketed_name_after_a_description_is_the_term(tutor) -> None:
    _declines_naming(
        tutor, "the app guesses the missing frames between two drawings to make smooth motion (tweening)?", "tweening"
    )


def test_a_bracketed_person_or_aside_after_the_question_names_no_term(tutor) -> None:
    for question in (
        "why does a chatbot sometimes make up sources, and how can i catch it? (librarian)",
        "how can i tell if a chatbot made up a quote (journalist)",
    ):
        answer = tutor.ask(question)
        assert answer.in_scope and answer.sources, (question, answer.text)


def test_course_questions_in_media_words_stay_answered(tutor) -> None:
    for question, section in (
        ("can a gan make a low resolution photo sharper?", "gans#what-gans-have-been-used-for"),
        ("can ai write a new song in the style of jazz?", "generative-ai-applications#music-composition-and-personalised-playlists"),
        ("how does speech recognition transcribe a meeting?", "ml-applications#image-and-speech-recognition"),
    ):
        answer = tutor.ask(question)
        assert answer.in_scope and answer.sources, (question, answer.text)
        assert answer.sources[0].section == section, (question, [s.section for s in answer.sources])
