"""Task names: "<thing> <what is done to it>" ("topic modelling", "speaker diarization").

Why a module of its own: a noun before a task noun names a machine-learning task, and each
word is plain English; a pair the course never writes is an untaught task.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering.phrases import CoursePhrases
from tutor.core.answering.subjects import SUBJECT_WORDS
from tutor.core.answering.term_names import (
    _DESCRIBING,
    _WORD,
    JUDGING_ENDING,
    JUDGING_WORDS,
    PLAIN_QUALIFIERS,
    POSSESSIVE,
    SUBJECT_HEADS,
)
from tutor.core.words import PEOPLE, QUESTION_STOPWORDS

# ---------------------------------------------------------------------------------------------
# Task names: "<thing> <what is done to it>" ("topic modelling", "speaker diarization")
# ---------------------------------------------------------------------------------------------

# Nouns that name what a machine-learning task does: a noun before one names a task ("intent
# detection", "churn prediction", "keyword spotting", "content moderation"). The course's own
# tasks ("speech recognition", "fraud detection", "sentiment analysis") are written in its text.
TASK_HEADS = frozenset(
    """detection recognition prediction classification segmentation generation verification
    identification moderation resolution analysis extraction estimation translation transcription
    summarisation summarization diarization diarisation localisation localization attribution
    forecasting modelling modeling mining spotting tracking screening scoring tagging matching parsing
    cancelling canceling filtering ranking labelling labeling captioning completion correction
    synthesis retrieval planning automation monitoring""".split()
)
# What creative tools do to a picture, a recording, a voice or a clip, named the way editors,
# musicians and photographers name it: what is worked on, then the action as a noun ("audio
# restoration", "stem separation", "video stabilisation", "motion capture", "lip sync", "focus
# stacking", "seam carving"). Each word is plain English, so only the pair names the technique; the
# course teaches none of them (it speaks of generating such media broadly), and a pair the course
# writes is its own as for any task name. A tool, app or button named by one of them does that
# technique and nothing the course teaches ("the lip sync tools", "a stem separation plugin"), so,
# unlike "a cancer screening test", the name is still the thing asked about.
MEDIA_HEADS = frozenset(
    """restoration separation isolation removal enhancement interpolation colorization colorisation
    colourization colourisation upscaling sharpening smoothing stabilization stabilisation stretching
    carving tracing relighting retouching compositing keying capture sync syncing cloning mastering
    rigging stacking stitching morphing dubbing reconstruction""".split()
)
TASK_HEADS = TASK_HEADS | MEDIA_HEADS
# A task name right before one of these describes the thing asked about ("a cancer screening
# test", "our new route planning ai", "a prediction model"): the thing, not the task, is asked.
_DESCRIBED_THINGS = frozenset(
    """test tests ai model models tool tools system systems app apps software program programs project
    projects engine engines algorithm algorithms platform platforms feature features service services
    product products team teams job jobs company companies""".split()
)


# A label's colon, then a question of two words or more with no word pointing back at the label.
_LABELS_A_QUESTION = rx.compile(
    r"\s*:\s*(?!.*\b(?:it|its|this|that|they|them|these|those|one)\b)[a-z'-]+(?:\s+[a-z'-]+)+\s*\??\s*$", re.I
)


def task_compound(question: str, phrases: CoursePhrases, describing: bool = True) -> str | None:
    """The first task name of ``question`` the course never writes: a noun and a task noun of
    ``TASK_HEADS`` ("topic modelling", "speaker diarization", "noise cancelling"), with one more
    word in front when it opens the noun phrase ("market basket analysis"), or None. A pair the
    course writes in a row, or uses together in more than one sentence ("disease detection": the
    course writes "detecting disease"), is the course's. ``describing`` False leaves out a task
    name that only describes the noun after it ("a cancer screening test")."""
    text = PEOPLE.sub(" ", POSSESSIVE.sub("", question))
    found = list(_WORD.finditer(text))
    words = [m.group(0) for m in found]
    for i in range(1, len(words)):
        first, head = words[i - 1].lower(), words[i].lower()
        if head not in TASK_HEADS or not first.isalpha() or len(first) < 3:
            continue
        if (
            first in QUESTION_STOPWORDS or first in _DESCRIBING or first in JUDGING_WORDS or first in SUBJECT_HEADS
            or first in PLAIN_QUALIFIERS or first in TASK_HEADS or JUDGING_ENDING.search(first)
            or (first.endswith("s") and not first.endswith("ss"))  # "keeps spitting", "models fighting"
        ):
            continue
        if phrases.has([first, head]) or phrases.together(first, head) > 1 or phrases.together_in_any_form(first, head):
            continue
        if first in SUBJECT_WORDS:
            continue  # "a model forecasting how many croissants": what a model does, described
        if not describing and (
            (i + 1 < len(words) and words[i + 1].lower() in _DESCRIBED_THINGS and head not in MEDIA_HEADS)
            # "for a cancer screening, is it worse to ...": the setting of a course question
            or re.search(r"\bfor\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:\w+\s+)?$", text[: found[i - 1].start()], re.I)
            # "electrician screening: precision or recall?": a label before a colon, then a
            # question of its own that never points back at it ("speaker diarization: how does
            # it work?" does), is the setting of that question (stop 38)
            or _LABELS_A_QUESTION.match(text[found[i].end() :])
        ):
            continue
        start = i - 1
        before = words[i - 2].lower() if i >= 2 else ""
        opener = words[i - 3].lower() if i >= 3 else ""
        if (
            before.isalpha() and len(before) >= 3 and before not in QUESTION_STOPWORDS and before not in _DESCRIBING
            and before not in PLAIN_QUALIFIERS and (i < 3 or opener in QUESTION_STOPWORDS)
        ):
            start = i - 2  # "what does market basket analysis find", "for call volume forecasting"
        return " ".join(words[start : i + 1])
    return None
