"""Building blocks shared by the request patterns: where a request opens, what is made, for whom.

Why a module of its own: work to order, harm and the round-9 placements all read a making verb
and a kind of writing in the same places of a message; the patterns led by a making verb are
registered (``_made``) so that a question about what a thing can make is spared by all of them.
"""

from __future__ import annotations

import re

# Words naming the course's subject ("ai", "chatbot", "algorithm", "app"): a question about one of
# them inside an errand, a feeling or a piece of work is a course question.
_SUBJECT_WORDS = (
    r"\b(?:ai|a\.i\.|ml|machine\s+learning|models?|gans?|vaes?|chatbots?|chatgpt|algorithms?|data|neural|"
    r"deepfakes?|generative|robots?|automation|llms?|apps?)\b"
)
# "do" as an auxiliary in a question about the subject ("how do i pick which algorithm to use for
# my school project") orders no work; "how do i stop procrastinating on my thesis" is no course question.
_DO = rf"do(?!\s+(?:i|we|you|u|they|people|it)\b(?=.*{_SUBJECT_WORDS}))"
MADE: set[re.Pattern[str]] = set()  # the patterns led by a making verb


def _made(pattern: re.Pattern[str]) -> re.Pattern[str]:
    MADE.add(pattern)
    return pattern


# Kinds of writing a learner may ask to have produced for them.
GENRE = (
    r"(?:essays?|e?-?mails?|letters?|cover\s+letter|poems?|story|stories|songs?|speech|speeches|report|"
    r"homework|assignment|thesis|paper|blog(?:\s+posts?)?|posts?|tweets?|threads?|captions?|hashtags?|"
    r"code|script|scripts|program|function|app|limerick|haiku|sonnet|rap|lyrics|jokes?|novel|screenplay|"
    r"slogans?|taglines?|ads?|adverts?|advertisements?|bio|website|class|notebook|cv|resume|messages?|"
    r"reply|replies|texts?|msgs?|eulogy|toast|sermon|newsletter|press\s+release|article|op-ed|petition|"
    r"pitch|proposal|linkedin|instagram|tiktok|youtube|reddit|facebook|twitter|x\s+thread|sql|query|"
    r"queries|spreadsheet|formula|macro|regex|dialogue|monologue|riddle|quiz\s+for\s+my|reviews?|"
    r"product\s+descriptions?|description\s+for|memes?|(?:thank[-\s]you\s+)?notes?|cards?|invitations?|presentations?|"
    r"powerpoints?|slides|slide\s+decks?|games?|plugins?|extensions?|"
    # round 9: chapters, flyers, minutes, OKRs, forms of verse, fan fiction, puzzles, APIs, tattoos
    r"chapters?|flyers?|brochures?|minutes|agendas?|okrs?|kpis?|tattoos?|playlists?|fan-?fic\w*|"
    r"crosswords?|villanelles?|odes?|ballads?|acrostics?|pick-?up\s+lines?|picture\s+books?|"
    r"(?:stand-?up|comedy)\s+(?:sets?|routines?)|status\s+updates?|job\s+descriptions?|complaints?|apis?|"
    r"dockerfiles?|components?|itinerar(?:y|ies)|fables?|fairy\s+tales?|comics?|conclusions?|jingles?|"
    # stop 23: verse and rhymes, and the statements an application asks for
    r"verses?|rhymes?|(?:personal|mission)\s+statements?|statements?\s+of\s+purpose|motivation(?:al)?\s+letters?|"
    # stop 32 (benchmarks/probes/wxlimits-s32, from set X): the documents of professional work that
    # lawyers, journalists, compliance and IT people have drafted for them ("draft a memo to the
    # partners", "prepare a briefing note for the board", "put together a DPIA for our DPO"). Named
    # by its kind, such a document is work to order even when built on the course's material. A
    # question about one ("can a chatbot draft a memo?", "is a model's output a legal opinion?")
    # opens with no making verb, or asks about ability (ABOUT_ABILITY), and stays a course question.
    r"memos?|memorand(?:um|a)|(?:legal|formal|written|counsel'?s|advice|opinion)\s+(?:opinions?|letters?|notes?)|"
    r"brief(?:ing)?s?(?:\s+(?:notes?|papers?|packs?))?|skeleton\s+arguments?|pleadings?|affidavits?|"
    r"(?:witness|press|public|media|holding|position|policy)\s+statements?|submissions?|consultation\s+responses?|"
    r"contracts?|clauses?|terms\s+(?:of\s+(?:service|use|business|reference)|and\s+conditions)|disclaimers?|"
    r"(?:privacy|cookie|fair\s+processing)\s+(?:notices?|polic(?:y|ies))|polic(?:y|ies)|guidelines|codes?\s+of\s+conduct|"
    r"(?:impact|risk|compliance)\s+assessments?|dpias?|checklists?|white\s+papers?|board\s+papers?|"
    r"editorials?|obituar(?:y|ies)|headlines?|runbooks?|playbooks?|readmes?|design\s+docs?|specs?|specifications?|"
    r"user\s+stor(?:y|ies)|test\s+plans?|incident\s+reports?|post-?mortems?|changelogs?|commit\s+messages?|"
    r"lesson\s+plans?|worksheets?|rubrics?)"
)

# Building blocks shared by the request patterns below (_OUT_OF_JOB, TASKS, PLACED).
# Where a request opens when it opens the message, with greetings and polite openers.
_BEGIN = (
    r"^\W*(?:(?:hey|hi|hello|ok|okay|so|yo)\b[\s,!.]*)?(?:(?:can|could|would|will)\s+(?:you|u)\s+"
    r"(?:please\s+|pls\s+|plz\s+)?|please\s+|pls\s+|plz\s+|i\s+(?:want|need)\s+you\s+to\s+|now\s+|just\s+)?"
)
# Where a request may start: the message's opening, a new sentence or clause, "and (then)", with
# chatty openers ("bruh", "ngl", "honestly", "quick favour:") and polite ones ("could you just").
CLAUSE_START = (
    r"(?:^\W*|[.!?;:]\s+|,\s+|\band\s+(?:then\s+)?)"
    r"(?:(?:bruh|omg|lol|ngl|fr|tbh|lowkey|honestly|anyway|ok|okay|so|yo|hey|hi|tho|quick\s+favou?r)\W+)*"
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+|plz\s+|just\s+|kindly\s+|now\s+|then\s+|(?:i\s+)?need\s+(?:you|u)\s+to\s+)*"
)
MAKING = (
    r"(?:write|draft|compose|create|make|generate|produce|build|code|design|craft|prepare|pen|ghostwrite|invent|jot\s+down|"
    r"whip\s+up|put\s+together|come\s+up\s+with|type\s+up)"
)
# What the made thing is when it is an explanation of the course ("draft a quick explanation of
# the discriminator for my notes", "create a comparison of VAEs and GANs"): left to retrieval.
EXPLAINING = (
    r"(?!.*\b(?:summary|summari[sz]e|explanation|explain\w*|definition|define|overview|describe|description\s+of|"
    r"comparison|compare|examples?|analogy|analogies|recap|outline\s+of|breakdown|(?:of|about|on)\s+(?:how|why|what))\b)"
)
# Stop 27 (benchmarks/probes/limits-s27): building blocks of the requests wrapped in course words
# at the end of _OUT_OF_JOB.
# A course question asked after the order ("build a chatbot for my shop without code, how?", "use
# a decision tree on my data, is that supervised?", "write k-means in python: what are the
# steps"): the order frames a question, which retrieval answers.
QUESTION_AFTER = (
    r"(?!.*(?:[,:;?!.-]\s*|\b(?:and|so|but)\s+)(?:how|what|which|why|when|where|is\s+(?:that|it|this)|"
    r"are\s+(?:they|these|those)|do\s+(?:i|we|you)|does|should\s+(?:i|we)|can\s+(?:i|we))\b)"
    r"(?!.*\b(?:understand\w*|steps?|no[-\s]?cod\w*|without\s+(?:any\s+|writing\s+)?(?:code|coding|programming))\b)"
)
# Programming languages and libraries a program is ordered in.
CODE_TONGUES = (
    r"(?:python|java|javascript|typescript|js|c\+\+|c#|rust|golang|kotlin|swift|matlab|julia|scala|php|ruby|"
    r"pytorch|torch|tensorflow|keras|jax|sklearn|scikit-learn|scikit|numpy|pandas|jupyter|colab)"
)
# Who material made for the learner's own audience is for (see _OUT_OF_JOB).
AUDIENCE = (
    r"(?:students|pupils|class(?:es)?|learners|kids|children|team|staff|employees|colleagues|co-?workers|"
    r"followers|subscribers|audience|readers|viewers|listeners|website|blog|channel|newsletter|podcast|workshop|"
    r"lecture|seminar|training\s+day|webinar)"
)
# A pasted item (after a colon or in quotes) and the labels it is asked to be given (see _OUT_OF_JOB).
PASTED = r"(?::\s*\S+(?:\s+\S+){2,}|[\"“‘]\s*\S+(?:\s+\S+){2,}\s*[\"”’]|'\s*\S+(?:\s+\S+){2,}\s*')"
LABELS = (
    r"(?:spam|phishing|a\s+scam|scam|fake|real|genuine|legit|ai[-\s]?generated|ai[-\s]?written|a\s+deepfake|deepfake|"
    r"(?:written|made|generated)\s+by\s+(?:an?\s+)?(?:ai|chatgpt|gpt|bot|machine|human)|positive|negative|toxic|offensive|"
    r"sarcastic|hate\s+speech|fraud(?:ulent)?)"
)
