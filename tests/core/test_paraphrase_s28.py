"""First questions in everyday words, stop 28: what was changed against the fresh probes in
``benchmarks/probes/paraphrase-s28``, tested here in other words than the probes'.

- A camera that recognises what it sees (a doorbell, a queue, a number plate) is image
  recognition, but no glossary phrase said so: such questions were refused as "outside this
  course". The glossary reads "camera + know / tell / read / recognise / spot ..." as image
  recognition, and the router-agreement scope rule counts a glossary phrase of two words or more
  as the course term it stands for when it checks that the section holds some of the question's
  words (a single word such as "app" does not count: it names a thing as often as what is asked).
- Devices that hear: "smart speaker" was declined as a term the course does not cover, and
  "subtitles" (the course says captions) drew text-to-video; the glossary reads them, "voice
  search", "voice control" and "live / auto captions" as speech recognition.
"""

from __future__ import annotations

RECOGNITION = "ml-applications#image-and-speech-recognition"


def test_a_camera_that_spots_what_it_sees_is_image_recognition(tutor) -> None:
    answer = tutor.ask("how does a shop camera spot who is in the queue")
    assert answer.in_scope
    assert answer.sources[0].section == RECOGNITION


def test_a_glossary_phrase_counts_as_the_sections_word(tutor) -> None:
    # "doorbell", "camera", "parcel", "step": none is a word of the image recognition section;
    # "camera know" is the glossary's everyday phrase for image recognition.
    answer = tutor.ask("how does my doorbell camera know a parcel was left on the step")
    assert answer.in_scope
    assert answer.sources[0].section == RECOGNITION


def test_words_the_glossary_does_not_know_still_need_to_be_the_sections(tutor) -> None:
    # Everyday questions about learning something else stay out, as before.
    answer = tutor.ask("what should i study at university")
    assert not answer.in_scope


def test_a_one_word_glossary_phrase_does_not_count(tutor) -> None:
    # "duolingo" is read as "the app", whose glossary word stands for this tutor: not a subject.
    answer = tutor.ask("any tips so i never lose my duolingo streak")
    assert not answer.in_scope


def test_a_smart_speaker_is_speech_recognition(tutor) -> None:
    answer = tutor.ask("how does the smart speaker in our kitchen work out what we ask it")
    assert answer.in_scope
    assert answer.sources[0].section == RECOGNITION


def test_subtitles_are_the_courses_captions(tutor) -> None:
    answer = tutor.ask("how are subtitles added to a film without anyone typing them")
    assert answer.sources[0].section == RECOGNITION
