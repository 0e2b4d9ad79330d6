"""What a refusal says, per kind, and the ``Refusal`` that carries it.

Why a module of its own: the wording is shared by the request rules, the declines after
retrieval and the tests (``TEXTS`` lists every refusal's wording), and each text says what the
tutor does (``WHAT_I_DO``) so the learner knows what to ask instead.
"""

from __future__ import annotations

from dataclasses import dataclass

GREETING_TEXT = (
    "Hello! {what_i_do} Ask me about a topic whenever you like, for example \"What is overfitting?\"."
)
# An acknowledgement said alone ("thanks", "ok got it", "cool, makes sense"): nothing is asked.
# Read as a follow-up it drew another passage on the topic, and alone it was refused as small
# talk; either reads as if the tutor had not listened.
THANKS_TEXT = "Glad to help. Ask another question whenever you like, about this topic or a new one."
CHAT_TEXT = (
    "I'm here as your tutor, so I keep to the course: I don't chat about other things, tell jokes "
    "or share opinions. " + "{what_i_do}" + " Ask me about a topic, for example \"What is overfitting?\"."
)
SELF_HARM_TEXT = (
    "I'm sorry you're feeling this way, and I can't help with that. Please talk to someone you trust, "
    "or call your local emergency number or a crisis line now: you don't have to go through this alone. "
    + "{what_i_do}"
)


@dataclass(frozen=True)
class Refusal:
    """Why a request was declined (``kind`` is "harmful", "out_of_job", "chat" or "everyday")
    and what to say."""

    kind: str
    text: str


WHAT_I_DO = (
    "I'm a tutor for this course on machine learning and generative AI: I explain its topics "
    "and answer questions from its lessons, with sources."
)
HARMFUL_TEXT = (
    "I can't help with that: it could be used to harm people. " + WHAT_I_DO +
    " Try asking, for example, how generative AI is misused or how its risks are managed."
)
OUT_OF_JOB_TEXT = (
    "Sorry, that's not something I can do. " + WHAT_I_DO +
    " I don't write work for you, play roles or share my instructions; ask me about a topic instead, "
    "for example \"What is overfitting?\"."
)

EVERYDAY_TEXT = (
    "Sorry, I can't help with that: it is outside this course. " + WHAT_I_DO +
    " I can't check the weather or the news, or give legal, medical or money advice; ask me about "
    "a topic instead, for example \"What is overfitting?\"."
)

# Another school subject or an everyday question ("explain photosynthesis", "how should i decorate
# my living room"): told apart from an untaught machine-learning topic after retrieval (see
# ``subjects.OTHER_SUBJECTS``), so "the course does not cover photosynthesis, the closest section is
# ..." never reads as if the course nearly did.
OTHER_SUBJECT_TEXT = (
    "Sorry, I can't help with that: it is outside this course. " + WHAT_I_DO +
    " Other school subjects and everyday questions are not part of it; ask me about machine learning "
    "or generative AI instead, for example \"What is overfitting?\"."
)


CHAT_TEXT = CHAT_TEXT.format(what_i_do=WHAT_I_DO)
GREETING_TEXT = GREETING_TEXT.format(what_i_do=WHAT_I_DO)
SELF_HARM_TEXT = SELF_HARM_TEXT.format(what_i_do=WHAT_I_DO)
TEXTS = (HARMFUL_TEXT, SELF_HARM_TEXT, OUT_OF_JOB_TEXT, EVERYDAY_TEXT, OTHER_SUBJECT_TEXT, CHAT_TEXT, GREETING_TEXT, THANKS_TEXT)  # every refusal's wording
