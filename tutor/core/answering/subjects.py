"""The course's subject and the other subjects a declined question can be about.

Why a module of its own: a question the course declines is either a near miss of its subject
(machine learning, AI, data and computing: an untaught term is named) or a question about
another school subject or everyday life (refused as such). The words of the subject, the list
of other subjects a question is compared with in meaning, and the disciplines a question can
name as its field are kept together here.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering import described
from tutor.core.answering.codes import without_codes_of_another_kind
from tutor.core.words import QUESTION_STOPWORDS, stem, tokenize

# ---------------------------------------------------------------------------------------------
# Other subjects: outside the tutor's job, not an untaught machine-learning topic
# ---------------------------------------------------------------------------------------------

# Words of the course's subject (machine learning, AI, data and computing), everyday-looking ones
# included ("learn" and "train" are not: "how do vaccines train the immune system"; "machine
# learning" has "machine", "deep learning" "deep"): a question that uses one is about the subject even when the course does not cover it
# ("how much vram do i need to run a 7b model" is a near miss), and the course's own technical
# words. (Taking every course word outside the everyday vocabulary was tried: it holds plain words
# such as "summarise", "blurry" or "invoice", which kept "summarise the causes of the first world
# war" a near miss.) Generous on purpose: a word here keeps a declined question a near miss.
SUBJECT_WORDS = frozenset(
    """ai ml artificial intelligence machine machines model models modelling modeling data dataset
    datasets database databases algorithm algorithms computer computers computing compute computation
    computational software program programs programming programmer code coding python pytorch tensorflow
    keras sklearn scikit numpy jupyter notebook neural network networks deep predict predicts
    prediction predictions predictive
    forecast forecasting classify classifier classification cluster clusters clustering regression
    supervised unsupervised reinforcement agent agents reward rewards policy chatbot chatbots bot bots
    robot robots robotics llm llms gpt chatgpt transformer transformers token tokens tokenizer prompt
    prompts prompting generative genai deepfake deepfakes gan gans vae vaes diffusion gpu gpus cpu cpus
    tpu tpus chip chips hardware cloud server servers api apis pipeline pipelines deploy deployment
    inference parameter parameters weights embedding embeddings vector vectors matrix matrices tensor
    tensors gradient gradients loss accuracy precision recall metric metrics benchmark benchmarks
    feature features label labels labelled labeled labelling overfitting underfitting hallucination
    sampling latent encoder decoder optimizer optimiser optimization optimisation hyperparameter epoch
    epochs batch layer layers neuron neurons activation kernel automation autonomous analytics
    statistics statistical probability probabilities mlops devops anomaly anomalies recommender
    algorithmic adversarial augmentation autoencoder autoencoders captioning classifiers dbscan decoding
    dimensionality discriminator divergence frozenlake kaggle kullback leibler leaderboard logistic
    multimodal overfitted photorealistic pretrained regularisation regularization segmentation textgen
    unlabelled unlabeled variational wasserstein coursera dataquest openai k-means kmeans pca svm nlp
    rl rag""".split()
)
# Other school subjects and everyday life, in our own words (a few typical things each): what a
# declined question can be about instead of the course's subject.
OTHER_SUBJECTS = (
    "biology: plants, photosynthesis, cells, genes, evolution, the human body, animals",
    "chemistry: elements, atoms, chemical reactions, acids and bases, the periodic table",
    "physics: forces, gravity, energy, electricity, light, planets, stars and black holes",
    "earth science: volcanoes, earthquakes, tides, rocks, climate and the weather",
    "history: wars, revolutions, empires, kings, famous battles and historical events",
    "geography: countries, capital cities, rivers, mountains and populations",
    "mathematics homework: algebra, equations, geometry, fractions, percentages and arithmetic",
    "literature: novels, poems, plays, authors, characters and plots",
    "foreign languages: grammar, vocabulary, verb conjugation and translation",
    "economics and business studies: supply and demand, markets, prices, inflation, interest rates and central banks",
    "tax and workplace admin: income tax, VAT and tax rates, minimum wage, paid holiday, employment law, trademarks",
    "music: instruments, guitar chords, songs, bands and singers",
    "art: painters, paintings, drawing and famous artworks",
    "cooking: recipes, baking, ingredients, meals and restaurants",
    "home and garden: decorating a room, furniture, cleaning, repairs and plants",
    "travel: trips, holidays, flights, hotels, cities to visit",
    "shopping: buying clothes, returns and refunds, gifts and deals",
    "health: medicine, doses, symptoms, illness, doctors, fitness and diet",
    "personal money: savings, taxes, loans, mortgages and investing",
    "sports: football, matches, teams, players and scores",
    # (stop 35: a driving route and road rules had fallen under no subject, so "quickest way to
    # heathrow, a40 or m4?" was declined as a topic the course leaves out, naming "heathrow t5")
    # (Not the rules of the road: embedded, they come as close to "how does automatic emergency
    # braking spot a pedestrian" as to the highway code, and a near miss must stay one.)
    "directions: the quickest route between two places, which road or motorway to take",
    "exercise and training: workouts, sets and reps, running, swimming technique, food for athletes",
    "relationships, family, friends, children and pets",
    "careers: job offers, moving to another city, life decisions",
    "films, television shows, celebrities and entertainment",
    "religion and philosophy",
    # (Politics had two words here, and "how does parliament decide laws" came nearer to the
    # course's AI Act passage than to it: declined naming parliament as an untaught topic.)
    "politics and government: parliament, elections, voting, political parties, passing laws",
    "school exams, study timetables and driving tests",
    "time and dates: what time it is, sunset, calendars",
)
# A declined question is about another subject when its meaning is at least this close to one of
# OTHER_SUBJECTS and closer to it than to any course passage. Over the near misses of the learner
# sets and tests/data/limits (about 230), those without a subject word reach at most about 0.26
# against the other subjects; the other-subject requests there mostly reach 0.3 to 0.7.
OTHER_SUBJECT_MIN = 0.3
# A declined fragment that leans on an earlier answer counts as another subject only when it is
# this much closer to one of OTHER_SUBJECTS than to the course: the course's own follow-up turns
# asked alone ("main weakness?", "and in education?") reach at most about +0.08.
OTHER_SUBJECT_MARGIN = 0.1
# Another discipline named as the question's field: "in economics", "for my biology quiz", "my
# history homework". With no word of the course's subject, the question belongs to that field,
# whatever a course passage shares with it ("what is opportunity cost in economics" is not about
# the cost of implementing AI).
_FIELDS = (
    r"(?:biology|chemistry|physics|economics|geography|history|literature|philosophy|sociology|geology|astronomy|"
    r"algebra|geometry|calculus|trigonometry|anatomy|accounting|latin|french|spanish|german)"
)
# A discipline the learner says they study (stop 40): "physio student revising MSK anatomy",
# "nursing student revising pharmacology", "law student." The health and professional
# disciplines are named only in this form: "in pharmacy" or "for my dental practice" is where a
# learner works, and a job asks the course's questions ("pharmacist, what is overfitting").
_STUDIED_FIELDS = (
    rf"(?:{_FIELDS}|pharmacology|physiology|pathology|biochemistry|microbiology|histology|neuroanatomy|"
    r"law|medicine|nursing|dentistry|pharmacy|optometry|veterinary|accountancy|chemistry|dental|medical|vet)"
)
_OTHER_FIELD = rx.compile(
    rf"\b(?:(?:in|for|of)\s+(?:my\s+|our\s+|the\s+)?(?P<field>{_FIELDS})\b|"
    rf"\b{_FIELDS}\s+(?:class|classes|test|"
    r"tests|exam|exams|homework|lesson|lessons|quiz|teacher|essay|assignment|module|revision|worksheet|project)\b|"
    rf"\b(?:revising|studying|revision\s+(?:of|for))\s+(?:\w+\s+)?{_STUDIED_FIELDS}\b|"
    rf"\b{_STUDIED_FIELDS}\s+(?:student|students|undergrad|undergraduate|trainee|finals|revision)\b)",
    re.IGNORECASE,
)


def names_other_field(text: str) -> bool:
    """Does ``text`` name another school discipline as its field ("in economics", "my biology quiz")?"""
    return bool(_OTHER_FIELD.search(text))


def subject_stems() -> frozenset[str]:
    """Stems of SUBJECT_WORDS."""
    return frozenset(stem(w) for w in SUBJECT_WORDS)


# Words of the course's subject that are as often everyday words in another sense: "clouds" that
# rain, "chips" to eat, estate "agents", an insurance "policy", a "batch" of scones, a waiter as
# "server". Alone among a question's words they do not make it one of the course's subject.
EVERYDAY_SENSES = frozenset(
    """clouds chips batch batches layer layers kernel kernels agent agents policy policies label labels server
    servers pipeline pipelines matrix vector vectors diffusion hardware loss reward rewards token tokens""".split()
)


def names_subject(text: str, stems_of_subject: frozenset[str], ignore: frozenset[str] = frozenset()) -> bool:
    """Does ``text`` use a word of the course's subject (see ``subject_stems``), or name a machine by
    the job it does (``described.names_machine_at_work``)? "Code" in a book of rules or an
    identifier ("the highway code", ``codes.without_codes_of_another_kind``) is no such word, nor is a word in
    ``ignore`` (``EVERYDAY_SENSES``: a word that is the subject only in one of its senses)."""
    text = without_codes_of_another_kind(text)
    return described.names_machine_at_work(text) or any(
        w not in ignore and (w in SUBJECT_WORDS or (w not in QUESTION_STOPWORDS and stem(w) in stems_of_subject))
        for w in tokenize(text)
    )


# ---------------------------------------------------------------------------------------------
# A question its learner says is about another subject (stop 38)
# ---------------------------------------------------------------------------------------------

# What a learner calls the course's subject when saying a question is not about it.
_THE_SUBJECT = (
    r"(?:the\s+)?(?:ai|a\.i\.?|ml|machine\s+learning|artificial\s+intelligence|gen(?:erative)?\s+ai|"
    r"course|lessons?|tech|technology|computers?)"
)
# The end of a disclaimer: what follows is the question ("not about ai: ...", "unrelated to ai but
# ...", "this isn't about ai, but ..."); a filler may come between ("at all", "really", "sorry").
# Not a question mark: "is the ai act not about ai at all?" asks it.
_DISCLAIMER_END = r"(?:\s+(?:at\s+all|really|sorry|though|tbh|i\s+know|mind))*\s*(?:[:,;.!\-\u2013\u2014(]+|\s+but\b|\s+-)"
# "not about ai", "nothing to do with ai", "unrelated to machine learning", "this isn't about the
# course", "not an ai question", "a non-ai one", "not ai related".
_DISOWNS = rx.compile(
    # At a clause's opening ("rabbi here, not about ai: ...", "this isn't about ai but ..."), not
    # inside a claim ("my uncle says gen ai has nothing to do with machine learning. is he right?").
    r"(?:^|[,.;:!?(\u2013\u2014-])\s*(?:(?:this|it|that|my\s+question|the\s+question|question|q|one|quick\s+one)\s+)?"
    r"(?:(?:is|'s|s)\s+)?"
    r"\b(?:(?:not|nothing|isn'?t|is\s+not|aren'?t|unrelated|un-related)\s+(?:(?:really|strictly|actually|much|anything)\s+)?"
    rf"(?:about|to\s+do\s+with|related\s+to|re|regarding|concerning|to)\s+{_THE_SUBJECT}"
    r"|not\s+(?:an?\s+)?(?:ai|ml|tech|course)(?:[\s-]related)?(?:\s+(?:question|one|q))?"
    r"|non[\s-]?(?:ai|ml|tech|course)(?:[\s-]related)?\s+(?:question|one|q))"
    + _DISCLAIMER_END,
    re.IGNORECASE,
)
# "off topic", "bit off-topic", "off subject", "unrelated question", "random one": the learner
# marks the question as another topic without saying which; the course's subject is not ruled out.
_OFF_TOPIC = rx.compile(
    r"\b(?:off[\s-]?(?:topic|subject)|unrelated(?:\s+(?:question|one|q))?|(?:different|other)\s+subject)"
    + _DISCLAIMER_END,
    re.IGNORECASE,
)


def disowned_rest(text: str, *, off_topic: bool = False) -> str | None:
    """The question after a disclaimer by which the learner says it is not about the course's
    subject ("rabbi here, not about ai: what is the hebrew root of shalom" -> "what is the hebrew
    root of shalom"), or None. ``off_topic``: also after a bare "off topic" / "unrelated question",
    which only marks another topic than the one before.

    Why: such questions share a word or a setting with some course passage ("how many agents do i
    need on the phones" meets customer support; "hebrew root" an untaught term) and were answered
    from it or declined as a topic the course leaves out, though the learner had said outright
    that they are about another subject: outside the tutor's job, refused as such. The caller
    still checks the rest names no word of the course's subject ("not about ai, but what's a
    GAN?" is a course question all the same)."""
    match = _DISOWNS.search(text) or (_OFF_TOPIC.search(text) if off_topic else None)
    if match is None:
        return None
    rest = text[match.end():].strip()
    return rest or text[: match.start()].strip() or None
