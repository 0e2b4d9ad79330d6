"""Two machines told in the learner's story, then asked about without naming either (stop 48,
jcmp48 work probes; worded apart from them).

- Each machine in a sentence of its own, then "is that the same sort of thing?"
  (``shapes._TOLD_PAIR_APART``): the two sentences are the sides, when each names a machine.
- The asking clause with a loose tail ("same kind of thing or not??") or asking whether one
  replaces the other (``shapes._SAME_ASKED``).
- Sides split at an "or" that run across sentences are no options offered.
- A machine told with its job verb straight after it ("our portal software guesses ...") is a
  machine of that job's family (``described._MACHINE_LEAD``).
- "what should we have done differently" asks for a change, not a comparison.
"""

from __future__ import annotations

from tutor.core.answering import described, shapes

PVC = "ml-vs-generative-ai#predicting-versus-creating-two-different-goals"


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_two_machines_in_two_sentences_are_the_sides(tutor) -> None:
    question = "the till camera at work spots when someone skips scanning an item. my nephew's bot writes song lyrics on demand. same kind of ai or not?"
    assert shapes.detect(question).sides == (
        "the till camera at work spots when someone skips scanning an item", "my nephew's bot writes song lyrics on demand",
    )
    assert PVC in cited(tutor.ask(question))


def test_two_sentences_without_machines_are_no_pair() -> None:
    assert shapes.told_pair("my mum bakes bread on sundays. my dad makes jam. same kind of hobby?") is None


def test_an_or_across_sentences_gives_no_options() -> None:
    question = "the sorter at the depot decides if a parcel is damaged or not. the chatbot writes delivery apologies. same sort of thing?"
    assert shapes.detect(question).sides == (
        "the sorter at the depot decides if a parcel is damaged or not", "the chatbot writes delivery apologies",
    )


def test_one_sentence_pair_asked_with_a_loose_tail_or_a_replacement() -> None:
    for question in (
        "the booking system predicts which tables will be free, and the owner's new app writes our menu descriptions. same kind of thing or not??",
        "our old tool sorts invoices into supplier folders, and the new assistant drafts replies to suppliers. does one replace the other?",
    ):
        assert len(shapes.detect(question).sides) == 2, question


def test_a_job_verb_straight_after_the_machine_tells_its_family() -> None:
    assert described.machine_family("our pricing software guesses what each room should cost tonight") == "machine learning"
    assert described.machine_family("the crm flags which leads will go cold") == "machine learning"
    assert described.machine_family("the software writes the weekly newsletter") == "generative AI"


def test_done_differently_asks_for_a_change_not_a_comparison() -> None:
    assert shapes.detect("looking back, what should we have done differently?").kind != "comparison"
    assert shapes.detect("what would you do differently next time").kind != "comparison"
    assert shapes.detect("what do gans do differently from vaes").sides == ("gans", "vaes")


def test_a_whole_separate_science_from_sets_the_subject_against_what_follows() -> None:
    shape = shapes.detect("is it true that the picture-making kind of ai is a totally separate field from ordinary machine learning?")
    assert shape.sides == ("picture-making kind of ai", "ordinary machine learning")
    assert shapes.detect("what separates k-means from dbscan").sides == ("k-means", "dbscan")


def test_a_thing_whose_job_is_to_predict_is_a_machine_of_that_family() -> None:
    # (Stop 48, the lead's chat trial: "the till predicts how many loaves we'll sell" named no
    # machine, so the pair was no two families and only the chatbot's side was answered.)
    assert described.machine_family("the till predicts how many pasties we'll need on saturday") == "machine learning"
    assert described.machine_family("my manager predicts sales every week") is None


def test_a_predicting_till_and_a_writing_chatbot_are_told_apart(tutor) -> None:
    question = "butcher here. the till predicts how many pies we'll sell at the weekend and my son's chatbot writes our facebook posts. are those the same kind of ai?"
    assert PVC in cited(tutor.ask(question))


def test_a_language_model_predicting_text_tells_no_families_apart(tutor) -> None:
    # ("Because a language model predicts plausible text rather than checking facts, generated
    # text can ..." was read as setting a predictive model against a generative one.)
    section = tutor.course.section("generative-ai-applications#text-generation-for-content-dialogue-and-creative-writing")
    assert tutor._telling_of(section) == []
