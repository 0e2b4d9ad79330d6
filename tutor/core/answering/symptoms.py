"""Course terms for symptoms a learner tells instead of naming (issue 11, stop 39, parab39-s39).

A learner who has met a course phenomenon at work describes what they saw, in their own words and
inside their own story: "the supplier's defect checker was near enough perfect on the parts they
built it with but on our castings it was rubbish" is overfitting; "the timetable ai keeps sticking
with the one schedule it knows works, shouldn't it try other ones" is exploration versus
exploitation; "my manager pushed the slider to the max and it wrote gibberish" is temperature.
The glossary maps fixed phrases, but these symptoms are told by their shape, not their words: a
praise and a failure set against each other, a known choice against an untried one, a setting
pushed to its end and nonsense out. The story's words (castings, timetables, telesales) otherwise
drew the learner's own industry section, or nothing in scope.

``told_terms`` reads those shapes and gives the course terms they stand for; ``LearnerLanguage.
expand`` adds them to the query as it adds the glossary's terms. Each shape needs both of its
halves in one question, so a question that only praises ("it's brilliant on our data") or only
complains names no symptom.
"""

from __future__ import annotations

import functools
import re

from tutor.core import regex_cache as rx

# Overfitting: good on the data it was made with, bad on other data ("ours", new, live...).
# The praise is of how it does ON something ("perfect on the parts they built it with", "spot on
# with the shop's customers", "nails every case"): "great at spotting patterns" praises a skill.
_PRAISE = (
    r"(?:(?:near(?:ly| enough)? perfect|perfect|flawless|brilliant|excellent|great|superb|spot on|amazing|"
    # (stop 41) any share of 90 or more ("got like 99% on the data they built it with",
    # "scored 97% on their own test hives"), not only 99.
    r"(?:9\d|100)(?:\.\d+)? ?(?:%|percent|per cent)|top marks|works? (?:great|fine|well|perfectly)|"
    r"worked (?:great|fine|well|perfectly)|"
    # How it scored, said as an adverb (stop 40): "scored brilliantly on the images they built it
    # with", "did amazingly on their test set", "performed really well with the vendor's data".
    r"(?:brilliantly|amazingly|excellently|superbly|perfectly|flawlessly|(?:really |very |so )?well)) (?:on|with|in)|"
    r"nail(?:s|ed)|ace[sd])"
)
_FAILURE = (
    r"(?:rubbish|useless|hopeless|garbage|terrible|awful|poor|badly|flops?|flopped|fall(?:s|ing)? apart|"
    r"fell apart|fell (?:on its|flat on its) face|miles (?:out|off)|way off|muddled|no good|struggles?|"
    r"(?:gets?|got) (?:it |them |everything |most (?:of them |things )?|loads |lots )?wrong|all over the place|falls? over|fell over|missed|misses|"
    # (stop 41) chance told as the failure: "barely better than guessing", "no better than a coin flip".
    r"(?:barely|hardly|no|not much|not any|little|only just) better than (?:guessing|a guess|chance|random|"
    r"(?:a )?coin[- ]?(?:flip|toss)|(?:flipping|tossing) a coin|a dice|rolling a dice)|coin[- ]?(?:flip|toss)|missing(?! (?:values?|data|fields?|entries|records|rows|labels?|numbers))|clueless)"
)
# What it fails on is other data than it was made with: the learner's own, new, live or real data.
# Said after a preposition ("on ours", "with my clients"): "my mum gets rubbish suggestions" is
# another person, not other data.
_OTHER_DATA = (
    r"(?:on|with|for|at|in) (?:ours|our|my|mine|new|fresh|live|real|other|different|unseen|this year|"
    # (stop 47) the people it serves: "spot on with the demo blanks but on customers' worn keys it's useless"
    r"(?:the )?(?:customers|clients|patients|users|members|guests|shoppers|visitors|public)(?:'s|'|s')?|actual|real-world|everyday)"
)
# (stop 48) A later time told as the other data: "got every single one right on the last 3 years
# data and then was rubbish this spring", "spot on in the trial but useless since".
_A_LATER_TIME = (
    r"(?:(?:this|next|the following|that|the next) (?:spring|summer|autumn|fall|winter|year|season|month|week|term|"
    r"quarter|round|batch|time|intake|harvest|christmas|easter|eid|diwali|black friday|peak|festive season|holiday season|"
    r"half term|summer holidays)|since(?: then)?|ever since|after that|afterwards|in (?:real life|practice|the real world))"
)
_ELSEWHERE = rf"(?:{_OTHER_DATA}|{_A_LATER_TIME})"
_OVERFIT_TOLD = rx.compile(
    rf"\b{_PRAISE}\b[^.?!]{{0,120}}?(?:\b(?:but|yet|whereas|while|then|and|only)\b|,)"
    rf"[^.?!]{{0,80}}?(?:\b{_ELSEWHERE}\b[^.?!]{{0,60}}?\b{_FAILURE}\b|\b{_FAILURE}\b[^.?!]{{0,40}}?\b{_ELSEWHERE}\b|"
    # "got our listings badly wrong": the learner's own data as what it got wrong (stop 40).
    r"\b(?:gets?|got|getting) (?:ours|(?:our|my) (?:\w+ ){0,3}?)(?:\w+ )?wrong\b)",
    re.IGNORECASE,
)

# (stop 47) The data it did well on said first, the praise bare after it, then the failure on other
# data: "on the practice's own old films it was near perfect but on new patients it was rubbish".
# ``_PRAISE`` wants its data after the praise ("perfect on their test set").
_PRAISE_BARE = (
    r"(?:near(?:ly| enough)? perfect|perfect|flawless|brilliant|excellent|great|superb|spot on|amazing|"
    r"(?:9\d|100)(?:\.\d+)? ?(?:%|percent|per cent)|top marks)"
)
_OVERFIT_DATA_FIRST = rx.compile(
    rf"\b(?:on|with|in)\b[^.?!]{{0,60}}?\b(?:was|were|is|are|did|does|scored|scores|got|gets|looked|looks|came out)\s+"
    rf"(?:\w+\s+)?{_PRAISE_BARE}(?!\w)[^.?!]{{0,20}}?\b(?:but|yet|whereas|while)\b"
    rf"[^.?!]{{0,80}}?(?:\b{_ELSEWHERE}\b[^.?!]{{0,60}}?\b{_FAILURE}\b|\b{_FAILURE}\b[^.?!]{{0,40}}?\b{_ELSEWHERE}\b)",
    re.IGNORECASE,
)

# (stop 47) Every practice case got right, then a failure on new ones: "version one gets every take
# we trained it on right and then falls apart on a new session"; and underfitting, a failure on
# everything, old and new alike: "version two is rubbish on everything, old takes and new".
_OVERFIT_GOT_RIGHT = rx.compile(
    rf"\b(?:gets?|got|getting|had|has)\s+(?:every|all|each)\b[^.?!]{{0,60}}?\bright\b[^.?!]{{0,30}}?"
    rf"\b(?:but|yet|then|and|whereas|while)\b[^.?!]{{0,60}}?(?:\b{_FAILURE}\b[^.?!]{{0,40}}?"
    rf"(?:\b(?:new|unseen|fresh|different|other|real)\b|\b{_A_LATER_TIME}\b)|\b{_ELSEWHERE}\b[^.?!]{{0,60}}?\b{_FAILURE}\b)",
    re.IGNORECASE,
)
# (stop 48) Praise said as an adverb of a practised piece, then a failure on something new: "pupils
# who play their exam piece flawlessly but fall apart the second i put something new in front".
_OVERFIT_ADVERB = rx.compile(
    r"\b(?:flawlessly|perfectly|faultlessly|brilliantly|spot on|word[- ]perfect|note[- ]perfect|like a dream)\b"
    rf"[^.?!]{{0,40}}?\b(?:but|yet|then|until)\b[^.?!]{{0,60}}?\b{_FAILURE}\b[^.?!]{{0,60}}?\b(?:new|unseen|fresh|different|unfamiliar)\b",
    re.IGNORECASE,
)
_UNDERFIT_TOLD = rx.compile(
    rf"\b{_FAILURE}\b[^.?!]{{0,20}}?\b(?:on|with|at|for)\s+(?:everything|all\s+of\s+(?:it|them)|both|the\s+lot|anything)\b"
    rf"[^.?!]{{0,40}}?\b(?:old|training|trained|practice|familiar)\b[^.?!]{{0,30}}?\b(?:new|unseen|fresh)\b",
    re.IGNORECASE,
)

# Overfitting told as learning by heart (stop 40): answers learned word for word, then a failure on
# anything new ("a pupil learned answers by heart and flunked new questions", "memorised every past
# paper word for word and then fell apart on the real exam").
_BY_HEART = r"(?:by heart|word for word|note for note|line for line|by rote|parrot fashion|off pat|memori[sz](?:ed|es|ing|e)?)"
_FAILED = rf"(?:{_FAILURE}|flunk(?:s|ed)?|bomb(?:s|ed)|can'?t|cannot|couldn'?t|unable)"
_NEW = r"(?:new|anything else|something else|else|unseen|the real|real|different|fresh|other)"
_BY_HEART_TOLD = rx.compile(
    rf"\b{_BY_HEART}\b[^?!]{{0,120}}?(?:\b{_FAILED}\b[^?!]{{0,50}}?\b{_NEW}\b|\b{_NEW}\b[^?!]{{0,40}}?\b{_FAILED}\b)",
    re.IGNORECASE,
)

# Bias inherited from training data, told as past records that were unfair and a machine that will
# decide from them ("the old rotas were rigged for his mates. will the app just carry that on?").
_PAST_RECORDS = (
    r"(?:old|past|previous|historic(?:al)?|earlier|years of|last \w+ years'?)\s+(?:\w+\s+)?"
    r"(?:records?|rotas?|rosters?|data|decisions?|sheets?|allocations?|hiring|appraisals?|files|logs|history|choices)"
)
_UNFAIR = (
    r"(?:rigged|biased|unfair|skewed|stacked|sexist|racist|prejudiced|favou?rites|favou?red|favou?ritism|"
    r"cronyism|nepotism|(?:for|to) (?:his|her|their|the boss'?s?) (?:mates|pals|friends|favou?rites|mates'))"
)
_BIAS_TOLD = rx.compile(
    rf"\b{_PAST_RECORDS}\b[^?!]{{0,80}}?\b{_UNFAIR}|\b{_UNFAIR}[^?!]{{0,80}}?\b{_PAST_RECORDS}\b", re.IGNORECASE
)

# Bias told by what a machine keeps doing to the same people, and asked where it learned it ("our
# new rota ai keeps giving the night shifts to the same few people. could it have picked that up
# from somewhere", "the loan bot keeps turning down older applicants, where would it get that
# from"): a skewed outcome for a group and a question about its source, named as the course names
# where such a skew comes from (stop 40, the lead's chat trial, where it was declined as not
# covered). Each half is needed.
_KEEPS_SKEWED = (
    r"(?:keeps?|always|only ever|mostly|usually)\s+(?:\w+\s+){0,1}?(?:giving|gives|picking|picks|choosing|chooses|"
    r"rejecting|rejects|turning\s+down|turns\s+down|favou?ring|favou?rs|flagging|flags|ranking|ranks|scoring|scores|"
    r"offering|offers|showing|shows|sending|sends|putting|puts|marking|marks|passing\s+over|passes\s+over|skipping|skips)"
    r"\b[^.?!]{0,80}?\b(?:the\s+same\s+(?:few\s+|handful\s+of\s+|two\s+|three\s+)?(?:people|staff|workers|applicants|"
    r"candidates|customers|patients|students|pupils|teachers|nurses|drivers|doctors|employees|colleagues|members|clients|"
    r"tenants|families|kids|names|ones|group|groups|lads|women|men|postcodes|neighbourhoods|areas)|"
    r"(?:women|men|girls|boys|older|younger|black|white|asian|disabled|foreign|female|male|part[- ]timers?)\b)"
)
_LEARNED_FROM = (
    r"(?:(?:pick(?:ed)?|picks)\s+(?:that|it|this)\s+up|(?:learn(?:ed|t)?|get|got|gets)\s+(?:that|it|this)\s+from|"
    r"where\s+(?:would|did|does|could)\s+it\s+(?:get|learn|pick)|come\s+from|came\s+from|taught\s+(?:it|that))"
)
_SKEW_TOLD = rx.compile(rf"\b{_KEEPS_SKEWED}[^?!]{{0,160}}?\b{_LEARNED_FROM}", re.IGNORECASE)

# Exploration versus exploitation: a choice it knows works against one it has not tried.
# (Stop 40: the known choice also told by what it already earned, "the trick that already got it a
# treat", or by whom it is known to, "the show we know everyone listens to"; the untried one by
# nobody having tried it or by a gamble on a new one.)
_KNOWN = (
    r"(?:(?:it|they|he|she) (?:already )?knows?(?: works)?|(?:it|they) know (?:works|they like)|known|familiar|usual|"
    r"(?:that|which) (?:already |always )?(?:got|earned|won|worked|paid off|pays off|gets|earns|works)|what (?:already |always )?works|"
    r"safe (?:choice|bet|option)|what (?:already |always )?work(?:s|ed)|every(?:one|body) (?:loves|likes|knows|listens)|"
    # (stop 48) "the safe laugh you already know works"
    r"(?:you|we|i) (?:already )?know (?:it )?works)"
)
# Habit words, and what the learner knows, tell the known choice only in a story about learning by
# reward ("my cat always goes for the same bowl ... does an ai that learns from rewards choose like
# that"): alone, "i always use python, should i try another language" or "should i try a new recipe
# or the one i know" is no such choice.
_HABIT = r"(?:always|keeps? \w+ing|the same|(?:just )?repeat(?:s|ing)?|(?:i|we|you) know)"
_REWARD_STORY = rx.compile(r"\b(?:rewards?|rewarded|rewarding|treats?|trial and error|reinforcement learning|carrots?)\b", re.IGNORECASE)
_UNTRIED = (
    r"(?:(?:try|tries|trying) (?:a |an |some |the )?(?:other|others|another|something|anything|new|different)|"
    r"(?:never|not) tries|(?:hasn'?t|has not|haven'?t|never|not yet) (?:tried|used|been)|untried|"
    r"(?:nobody|no one|no-one)(?:'s| has)? (?:ever )?(?:tried|knows|heard)|gambl(?:e|es|ing) on|"
    r"(?:a|some) new (?:one|ones|route|path|way|thing|things|option|place|spot)|"
    # (stop 48) "take new offers", "going for new lines"
    r"(?:take|takes|taking|try|tries|trying|go for|goes for|going for) (?:on )?new [a-z]+)"
)
_EXPLORE_TOLD = rx.compile(rf"\b{_KNOWN}\b[^?!]{{0,120}}?\b{_UNTRIED}\b|\b{_UNTRIED}\b[^?!]{{0,120}}?\b{_KNOWN}\b", re.IGNORECASE)
_HABIT_TOLD = rx.compile(rf"\b{_HABIT}\b[^?!]{{0,120}}?\b{_UNTRIED}\b|\b{_UNTRIED}\b[^?!]{{0,120}}?\b{_HABIT}\b", re.IGNORECASE)

# Temperature: a setting pushed to its end, and nonsense comes out.
_SETTING = r"(?:slider|dial|knob|setting|toggle)"
_PUSHED = r"(?:max(?:imum)?|the top|all the way|right up|full|highest|turned up|cranked)"
_NONSENSE = r"(?:gibberish|nonsense|word salad|jumbled|random words|babble|babbling|garbled|gobbledygook|waffle)"
_TEMPERATURE_TOLD = rx.compile(rf"\b{_SETTING}\b[^?!]{{0,80}}?\b{_PUSHED}\b[^?!]{{0,80}}?\b{_NONSENSE}\b", re.IGNORECASE)

# Resistance to change (stop 40): people given a new AI tool who will not use it, told as a
# workplace story ("we rolled out an ai transcription tool and half the newsroom just isnt using
# it, still typing up by hand"; "the vets dig their heels in"). The tool's own job (transcription,
# note taking) drew its application section. Either an idiom of digging in against it, or a
# tool brought in and then not used / the old way kept, each half needed in one question.
_DIG_IN = (
    r"(?:dig(?:s|ging)? (?:their|his|her|our|in their|in his|in her|in our) heels(?: in)?|dug (?:their|in their) heels(?: in)?|"
    r"dead (?:set )?against (?:it|the (?:new )?(?:tool|system|app|ai))|(?:so )?stubborn about)"
)
_BROUGHT_IN = (
    r"(?:(?:bought|rolled out|brought in|paid for|introduced|installed|gave|got|have|added)(?: \w+){0,3}?|new) "
    r"(?:an? |the )?(?:new )?(?:ai|a\.i\.|tool|system|app|assistant|chatbot)"
)
_NOT_USED = (
    r"(?:(?:won'?t|will not|don'?t|do not|doesn'?t|isn'?t|aren'?t|refuse to|refusing to|never|nobody|no one|barely|hardly)"
    r"(?: \w+){0,2} (?:use|uses|using|touch|touches|go near|bother with)(?: it| the (?:new )?(?:tool|system|app|thing|assistant|chatbot))?\b|"
    r"(?:sitting|sits) (?:there )?unused|ignor(?:e|es|ing) it|avoid(?:s|ing)? it|"
    r"(?:still|carry on|carrying on|keep|keeps|sticking|stick|hang on|hanging on)\b[^.?!]{0,40}?\b"
    r"(?:by hand|old way|old ways|the way they|paper|notebooks?|spreadsheets?|their own notes))"
)
_RESIST_TOLD = rx.compile(
    rf"\b{_DIG_IN}|\b{_BROUGHT_IN}\b[^?!]{{0,160}}?\b{_NOT_USED}",
    re.IGNORECASE,
)

# Tasks told by their shape (stop 40, parab40): what the learner wants a machine to do, said in
# the words of their trade, is a course method when its two halves meet in one question.
# Clustering: things put into piles, or found alike, with nobody naming the piles ("sort them into
# heaps of similar ones without me saying what the heaps are", "which houses are alike ... nobody
# labelling anything"). Only sorting into named piles ("spam or not spam") is classification.
_GROUP_VERB = r"(?:sort|group|bunch|cluster|split|divide|organi[sz]e|put|lump|arrange|separate|segment)(?:s|ed|ing)?"
_PILES = (
    r"(?:piles?|heaps?|groups?|bunch(?:es)?|famil(?:y|ies)|types?|kinds?|categor(?:y|ies)|buckets?|clusters?|"
    r"batch(?:es)?|segments?|camps?|tribes?|stacks?|lots)"
)
_GROUPED = rf"\b{_GROUP_VERB}\b[^.?!]{{0,60}}?\binto\b[^.?!]{{0,40}}?\b{_PILES}\b"
_ALIKE = r"\b(?:are|is|look|looks|sound|sounds|seem|seems|go|belong)\s+(?:alike|similar|together)\b"
_UNNAMED = (
    r"(?:without (?:me |us |anyone |anybody |someone |you |them |a person )?(?:first )?(?:telling|saying|naming|"
    r"deciding|defining|giving|labell?ing|tagging|specifying|choosing|picking|setting)|"
    r"(?:nobody|no ?one|no-one) (?:labell?ing|tagging|naming|telling|sorting)|"
    r"\b(?:by itself|on its own|all by itself)\b|"
    r"\b(?:with )?no (?:tags|labels|names|categories)\b|\b(?:untagged|unlabell?ed|untitled|unnamed|unsorted)\b)"
)
# Anchored at the start (\A): both halves may lie anywhere, so the question holds them from its
# first character or not at all; unanchored, ``search`` tried the same scan again from every later
# position (~0.8 ms a question; the three shapes below were a third of a warm answer's CPU).
_CLUSTER_TOLD = rx.compile(rf"\A(?=[\s\S]*?{_UNNAMED})[\s\S]*?(?:{_GROUPED}|{_ALIKE})", re.IGNORECASE)

# Dimensionality reduction: many measurements that move together squashed into a few ("300
# indicators that are heavily correlated ... squash them into 2 or 3 composite indices").
_SQUASH = (
    r"(?:squash|squish|compress|boil|condense|collapse|shrink|reduce|combine|merge|distil|crunch|roll)"
    r"(?:es|s|ed|ing)?(?: (?:them|it|those|these|everything|all of (?:them|it)))?(?: (?:up|down))?"
)
_FEW = r"(?:a few|a handful|a couple|fewer|one|two|three|four|five|[1-5]|\d(?: or \d)?)"
_INTO_FEW = rf"\b{_SQUASH}\b\s+(?:in)?to\b\s+(?:just\s+|only\s+)?{_FEW}\b"
_MANY_TOGETHER = (
    r"(?:correlated|overlapping|redundant|(?:move|moves|moving|go|rise|fall|rises|falls)(?: up and down| and fall)? together|"
    r"\b(?:hundreds|dozens|loads|lots) of\b|"
    r"\b\d{2,}\s+(?:\w+\s+)?(?:columns|indicators|signals|measurements|ratios|variables|features|items|readings|"
    r"metrics|numbers|sensors|scores|stats|statistics|fields|inputs|factors|measures))"
)
_REDUCE_TOLD = rx.compile(rf"\A(?=[\s\S]*?{_MANY_TOGETHER})[\s\S]*?{_INTO_FEW}", re.IGNORECASE)

# Learning from data instead of hand-written rules: did a person write the rules in ("surely some
# programmer sat down and typed in the rules", "did someone code in every leaf shape", "did the
# company just type that in") about something a machine learned, spots or knows.
_PERSON = (
    r"(?:some(?:one|body)|some programmer|a programmer|programmers|a human|a person|the (?:company|developers?|"
    r"makers?|coders?|programmers?|engineers?)|they)"
)
_WROTE = (
    r"(?:(?:just|actually|really|all) )?(?:(?:sat|sit|sits) (?:down )?(?:and )?)?"
    r"(?:typ(?:e|ed|ing)|wr(?:i|o)te|writ(?:e|es|ing)|cod(?:e|ed|ing)|hand[- ]?cod(?:e|ed)|program(?:med|s)?|"
    r"spell(?:ed|t)? out|enter(?:ed)?|put|list(?:ed)?|hard[- ]?cod(?:e|ed))"
)
_RULES_IN = r"(?:\brules?\b|\bin (?:every|each|all)\b|\b(?:that|it|them|this|those|everything) in\b|\bevery\b|\ball the\b)"
_LEARNED = (
    r"\b(?:learn(?:s|t|ed|ing)?|taught|train(?:ed|s)?|knows?|spots?|recogni[sz]es?|names?|works? out|figures? out|"
    # (stop 41) "the handheld flags readings that look dodgy ... or does it work the rules out itself"
    r"flags?|flagged|decides?|work(?:s|ed)? (?:\w+ ){1,2}?out|figure(?:s|d)? (?:\w+ ){1,2}?out)\b"
)
_RULES_TOLD = rx.compile(
    rf"\A(?=[\s\S]*?{_LEARNED})[\s\S]*?(?:\b{_PERSON}\s+{_WROTE}\b[^.?!]{{0,50}}?{_RULES_IN}|"
    # (stop 47) the rules first: "runs on rules the engineers wrote out years ago".
    rf"\brules?\s+(?:that\s+|which\s+)?{_PERSON}\s+(?:had\s+|have\s+)?{_WROTE}\b)",
    re.IGNORECASE,
)

# Overfitting told of the data it practised on, set against a failure anywhere else: "nails the
# practice set but falls apart in the concert" (stop 40). Here the praised data says it was the
# data learned from, so the failure needs no "on ours": a performance, a match or a concert is
# other data too.
_PRACTISED = (
    r"(?:practi[cs]e|training|rehearsals?|homework|(?:the )?(?:examples?|data|cases) (?:it|he|she|they) "
    r"(?:was |were )?(?:trained|taught|learn[te]d?|built|shown|practi[cs]ed|saw|seen))"
)
_OVERFIT_PRACTISED = rx.compile(
    rf"\b{_PRAISE}\b(?: (?:the|its|his|her|their|every|all|on))*(?: \w+)?? {_PRACTISED}\b[^.?!]{{0,80}}?"
    rf"\b(?:but|yet|whereas|while|then)\b[^.?!]{{0,60}}?\b{_FAILURE}\b",
    re.IGNORECASE,
)

# Hallucination: a machine that talks or writes told, quoted or gave something, and the thing does
# not exist or is not true ("the web chat bot told a customer to collect their parcel from a
# pickup point that doesnt even exist", "our booking bot told a patient we open on sundays, which
# we never have", "the ai that writes our descriptions invents features the item doesn't have").
# The learner's story (a shop, a depot, a dental practice) otherwise drew the industry section on
# chatbots. A picture or a video is left out: a generated face of "someone who doesn't exist" is
# what a generative model is for, not a falsehood.
_TALKER = (
    r"(?:chat ?bots?|bots?|assistants?|chat ?gpt|gpt|copilot|gemini|language models?|llms?|"
    r"chat ai|ai chat|(?:the|an|our|this|that|their) ai(?: tool| thing| system)?)"
)
_STATED = (
    r"(?:told|tells?|said|says|gave|gives|quoted|quotes|cited|cites|claimed|claims|answered|replied|"
    r"wrote|writes|listed|lists|recommended|named|mentioned|referenced|invents|invented|"
    # (stop 47) and as it goes on: "came back dead confident quoting a regulation number that
    # doesn't exist".
    r"telling|saying|giving|quoting|citing|claiming|answering|replying|writing|listing|recommending|naming|"
    r"mentioning|referencing|inventing|"
    r"(?:came|comes|coming) up with|made up|makes up|making up)"
)
_FALSE = (
    r"(?:(?:doesn'?t|does not|didn'?t|did not|don'?t|do not) (?:even |actually |really )?(?:exist|have|happen)|"
    r"never (?:existed|exist|happened|wrote|written|said|opened|open|had|have)\b(?! to)|"
    r"(?:isn'?t|wasn'?t|aren'?t|weren'?t|is not|was not|are not|were not) (?:even |actually )?(?:real|true|there)|"
    r"(?:is|was|are|were) never (?:real|true|a thing)|"
    r"none of (?:them|which|those|these) (?:are|were|is|was|exists?|existed)|"
    r"non-?existent|made[- ]up|fake|fictional|bogus|invented|imaginary|out of thin air)"
)
_HALLUCINATION_TOLD = rx.compile(
    rf"\b{_TALKER}\b[^?!]{{0,80}}?\b{_STATED}\b[^?!]{{0,200}}?\b{_FALSE}\b", re.IGNORECASE
)
_PICTURES = rx.compile(
    r"\b(?:pictures?|images?|photos?|pics?|drawings?|draws?|paintings?|videos?|faces?|artwork|art)\b", re.IGNORECASE
)

# Accuracy misleading on a rare class: a share said right, and the thing to catch rare ("says its
# '98% right', but only a tiny handful of letters are ever spiced", "99 percent of transactions
# right, but frauds are maybe one in a thousand"). The story's words (fraud, post, scans) drew
# the section on precision and recall or the learner's industry, not the one on accuracy misleading.
_PERCENT = r"\d+(?:\.\d+)? ?(?:%|percent|per cent)"
_SAID_RIGHT = rf"(?:{_PERCENT}[^.?!]{{0,30}}?\b(?:right|accurate|correct)\b|\b(?:right|accurate|accuracy|correct)\b[^.?!]{{0,20}}?{_PERCENT})"
_RARE = (
    r"(?:rare|rarely|one in (?:a|every|ten|twenty|fifty|a hundred|a thousand|\d+)|(?:tiny |small )?handful|hardly any|"
    r"very few|only a few|almost none|almost never|barely any|one or two|"
    # (stop 41) "outbursts happen maybe a few times a year", "once in a blue moon"
    r"(?:(?:a few|a couple of|two or three|\d+) times|once or twice|once|twice) (?:a|per|every) (?:year|decade)|"
    r"once in a blue moon|hardly ever|few and far between|"
    # (stop 48) a small count out of a large one, or a small share: "only about 2 in 100 people
    # actually no-show", "maybe 3 out of every 1000 parcels", "only 1% of claims are fraud".
    r"(?:one|two|three|four|five|a couple|a few|\d{1,2}) (?:in|out of) (?:a |every |each )?(?:hundred|thousand|\d[\d,]{2,})|"
    r"(?:only|just|about|around|roughly|under|less than|maybe) (?:about |around )?[0-5](?:\.\d+)?(?:%\s*\w+| ?percent| ?per cent))"
)
_ACCURACY_RARE = rx.compile(
    rf"{_SAID_RIGHT}[^?!]{{0,160}}?\b{_RARE}\b|\b{_RARE}\b[^?!]{{0,160}}?{_SAID_RIGHT}", re.IGNORECASE
)

# Cumulative reward: a reward taken now against what it costs later ("keeps grabbing the nearest
# box for a quick point even when it blocks the aisle for the next ten picks. shouldnt it think
# ahead", "only chases the points it can grab right now ... to win at the end").
_REWARD = r"(?:points?|rewards?|scores?|prizes?|treats?)"
_NOW = r"(?:right now|straight away|immediate(?:ly)?|instant|quick|quickest|nearest|short[- ]term|this move|this turn)"
_LATER = (
    r"(?:later|at the end|in the end|the long run|long[- ]term|think ahead|plan ahead|down the line|eventually|"
    r"the whole (?:game|match|episode|day|shift)|(?:the )?next (?:ten|few|\d+|several))"
)
_REWARD_NOW_LATER = rx.compile(
    rf"(?:\b{_REWARD}\b[^!]{{0,60}}?\b{_NOW}\b|\b{_NOW}\b[^!]{{0,60}}?\b{_REWARD}\b)[^!]{{0,200}}?\b{_LATER}\b",
    re.IGNORECASE,
)

# Predictive analytics: a machine told to foresee what people will do, or how many of something
# there will be, ahead of time ("our gym app predicts which members will quit", "guesses which
# tenants will pay late", "estimates how many people will use the pool next summer", "knows when
# i'm thinking of leaving"). The story's setting (a gym, a surgery, a shop) drew its industry
# section, education or retail, or the general definition of machine learning (stop 41). Both
# halves in one clause: a verb of foreseeing, then who / which / how many and a future marker.
_FORESEE = (
    r"(?:predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|guess(?:es|ed|ing)?|estimat(?:es?|ed|ing)|anticipat(?:es?|ed|ing)|"
    r"foresee(?:s|ing)?|knows?|knew|know in advance|tells?|works? out|figures? out|flags?|flagged|picks? out|"
    r"spots?|spotted|says?|said|warns?|warned|"
    # (stop 48, the lead's chat trial: "the booking app reckons which clients won't turn up")
    r"reckons?|reckoned)"
)
_WHO_WILL = (
    r"(?:which|who|whether|when|if|how (?:many|much|full|busy|often|soon|long))\b[^.?!,;]{0,50}?"
    r"(?:\bwill\b|'ll\b|\bwon'?t\b|\bmight\b|(?:\b(?:are|is|am)|'re|'m|'s) (?:(?:going|about|likely|set) to|thinking of|planning to)\b|"
    r"\b(?:at risk of|likely to)\b|"
    r"\b(?:about|likely|going) to\b|\bthinking of\b|\bnext (?:week|month|year|summer|winter|spring|autumn|season|quarter|term)\b|"
    r"\btomorrow\b|\bin advance\b)"
)
# A question that names the course's own kind of learning or task asks about that, not the
# application ("is predicting which patients will be readmitted supervised learning?").
_NAMES_A_METHOD = rx.compile(
    r"\b(?:supervised|unsupervised|reinforcement|regression|classif\w*|cluster\w*|anomal\w*|overfit\w*|"
    r"decision trees?|neural net\w*|generative|gans?|vaes?|language models?|llms?|chatbots?|bias\w*|fair\w*|"
    r"precision|recall|accuracy|accurate|features?|labels?|labell?ed)\b",
    re.IGNORECASE,
)
# Two tools told apart, or a prediction's kind asked ("one guesses how many loaves, another
# whether it is busy", "is that a category or a number"): a comparison of its own, not the
# application section.
_TWO_TOLD = rx.compile(
    r"\b(?:vs\.?|versus|another|the other|a different one|second one|tool [12]|same (?:kind|type|sort)|"
    r"different (?:kinds?|types?|sorts?)|two different|which is which|categor(?:y|ies)|a number|"
    r"differ\w*|compared?|the same|each one|which one)\b",
    re.IGNORECASE,
)
# What someone will like or want is a recommendation ("how does it know if i will like a film").
_WILL_LIKE = rx.compile(
    r"(?:\bwill|'ll|\bmight|\bgoing to|\blikely to)\s+(?:\w+\s+)?(?:like|love|enjoy|want|fancy|prefer|be into|be interested)\b",
    re.IGNORECASE,
)
_PREDICT_TOLD = rx.compile(rf"\b{_FORESEE}\b[^.?!]{{0,30}}?\b{_WHO_WILL}", re.IGNORECASE)


# What a generative model's training data must be: a picture maker shown only one kind of thing
# that cannot make another ("only ever shown shiny new office loos, and it cant draw anything like
# our 1930s school toilets", "trained it only on summer weddings and it can't do a winter one"), or
# a flaw fed in that comes back out ("the photos were blurry, so its pictures come out blurry").
# The story's words drew image generation's uses (stop 41). The course's section on the large,
# clean and varied data a generative model needs says both.
_MAKER = (
    r"(?:pictures?|images?|photos?|pics?|drawings?|paintings?|art|artwork|designs?|generat\w*|makers?|draw\w*|"
    r"paint\w*|gans?|vaes?)"
)
_FED_ONLY = r"(?:shown|trained|fed|given|seen|taught|learn(?:t|ed)|built)"
_CANT_MAKE = (
    r"(?:can'?t|cannot|couldn'?t|won'?t|wont|doesn'?t|never|unable to|struggles? to|fails? to|no good at)\s+"
    r"(?:\w+\s+)?(?:draw|paint|make|do|produce|generate|create|render|come up with|manage)\b"
)
_MAKER_NAMED = rx.compile(rf"\b{_MAKER}\b", re.IGNORECASE)


class _Both:
    """Two patterns that must both occur somewhere in the text: searched one after the other,
    linear in the text, where one pattern with a lookahead for the first scanned to the end from
    every start (a long message took seconds)."""

    def __init__(self, first: re.Pattern[str], second: re.Pattern[str]) -> None:
        self.first, self.second = first, second

    def search(self, text: str) -> bool:
        return bool(self.first.search(text)) and bool(self.second.search(text))


_NARROW_FED_ONLY = rx.compile(
    rf"(?:\bonly (?:ever )?(?:been )?{_FED_ONLY}\b|\b{_FED_ONLY}\b[^.?!]{{0,40}}?\bonly\b)"
    rf"[^?!]{{0,120}}?\b{_CANT_MAKE}",
    re.IGNORECASE,
)
_NARROW_FED = _Both(_MAKER_NAMED, _NARROW_FED_ONLY)
_FLAW_ONLY = rx.compile(
    r"\b(blurry|grainy|fuzzy|pixel+ated|noisy|low[- ]res|wonky|smudgy|dark)\b"
    r"[^?!]{0,120}?\b(?:so|and|then)\b[^?!]{0,60}?\b(?:come|comes|came|turn|turns|turned|are|look|looks|end up)\s+"
    r"(?:out\s+)?(?:\w+\s+)?\1\b",
    re.IGNORECASE,
)
_FLAW_IN_OUT = _Both(_MAKER_NAMED, _FLAW_ONLY)


# (stop 47) Mode collapse told by what a picture maker keeps to: "meant to draw all ten digits but
# only ever draws 1s", "the generator only ever makes red dresses". The glossary's "only ever draws
# one" missed every other thing drawn, and the story's words (digits, a checker) kept the question
# under the scope bar. A maker must be named (``_MAKER_NAMED``): "my chatbot only ever gives short
# answers" tells no lost variety.
_ONLY_EVER_MADE = rx.compile(
    r"\bonly\s+ever\s+(?:seems\s+to\s+)?(?:draws?|drew|paints?|makes?|made|produces?|produced|generates?|"
    r"generated|creates?|created|renders?|spits?\s+out|churns?\s+out|pumps?\s+out|comes?\s+up\s+with)\b",
    re.IGNORECASE,
)
_SAME_MADE = _Both(_MAKER_NAMED, _ONLY_EVER_MADE)


# (stop 47) Noisy or incomplete data told by where it came from: a broken or faulty instrument, or
# readings, records or labels that were wrong or missing, fed to a model ("the rain sensor was
# broken half of last year. if i feed all that into a crop yield predictor does it matter").
_INSTRUMENT = (
    r"(?:sensors?|gauges?|meters?|thermometers?|probes?|scales?|counters?|loggers?|monitors?|readers?|trackers?|"
    r"weather\s+stations?|cameras?|scanners?|vests?|gps|wearables?|smart\s?watches|watches|devices?|pressure\s+plates?)"
)
_FAULTY = (
    r"(?:broken|broke|faulty|dodgy|bust(?:ed)?|playing\s+up|on\s+the\s+blink|out\s+of\s+action|off\s+for|down\s+for|"
    r"miscalibrated|mis-calibrated|reading\s+wrong|wrong|stuck|dead|packed\s+up|not\s+working)"
)
_BAD_RECORDS = (
    r"(?:wrong|bad|faulty|dodgy|missing|garbage|junk|mistyped|mislabell?ed|patchy|gappy|incomplete)\s+"
    r"(?:\w+\s+)?(?:readings|records|entries|data|labels|numbers|values|figures|logs)\b|"
    r"\bgaps?\s+in\s+(?:the\s+|my\s+|our\s+|its\s+)?(?:data|records|readings|logs|figures)\b"
)
# (stop 48) Slips made typing the data in: "half the time someone fat fingers 300 instead of 30",
# "typos in the stock sheet", "people key in the wrong weights".
_ENTRY_SLIPS = (
    r"fat[- ]?fing\w*|typos?|mistyp\w*|typing (?:mistakes|errors)|(?:typ|key|enter|put)\w* (?:in )?(?:the )?wrong\b|"
    r"\d+ instead of \d+|(?:mistakes|errors|slips) in (?:the |our |my |that |this )?(?:data|sheets?|spreadsheets?|records|logs|entries|numbers|figures)"
)
_FAULT_TOLD = rx.compile(
    rf"\b(?:{_ENTRY_SLIPS})\b|\b{_INSTRUMENT}\s+(?:\w+\s+){{0,4}}?(?:was|were|is|are|had\s+been|has\s+been|went|got|kept)\s+(?:\w+\s+)?{_FAULTY}\b|"
    rf"\b{_FAULTY}\s+{_INSTRUMENT}\b|\b{_BAD_RECORDS}|"
    # (stop 48) "our gps vests glitch now and then and log a prop doing 40 km/h"
    rf"\b{_INSTRUMENT}\s+(?:\w+\s+){{0,2}}?(?:glitch\w*|misread\w*|play\w*\s+up|drop\w*\s+out|cut\w*\s+out|go(?:es)?\s+haywire|went\s+haywire)",
    re.IGNORECASE,
)
_FED_TO_A_MODEL = rx.compile(
    r"\b(?:feed|feeding|fed|train|training|trained|put|putting|use|using|load|loading|give|giving|"
    r"goes\s+into|go\s+into|went\s+into|gets\s+into|ends\s+up\s+in)\b[^.?!]{0,60}?"
    r"\b(?:model|predictor|forecaster|ai|algorithm|system|program|programme|machine\s+learning|ml|network|classifier)\b|"
    r"\b(?:model|predictor|forecaster|ai|algorithm|classifier)\b[^.?!]{0,40}?\b(?:learn\w*|trained|fed)\b",
    re.IGNORECASE,
)
_NOISY_FED = _Both(_FAULT_TOLD, _FED_TO_A_MODEL)

# (stop 47) A test set told by what is held back or by testing on what was learned from: "my stats
# mate tests the model on the same athletes it learned from and gets 99%. the other researcher
# hides a fifth of the athletes until the very end". The story (athletes, a study) kept the
# question under the scope bar, and its hyphenated "injury-risk model" was declined as a name.
_TESTED_ON_ITS_OWN = rx.compile(
    r"\b(?:test(?:s|ed|ing)?|check(?:s|ed|ing)?|scor(?:e|es|ed|ing)|evaluat\w*|mark(?:s|ed|ing)?|grad(?:e|es|ed|ing))\b"
    r"[^.?!]{0,60}?\b(?:on|against|with)\s+the\s+(?:very\s+)?same\s+[^.?!]{0,50}?\b(?:it|they|he|she|the\s+model)\s+"
    r"(?:was\s+|were\s+|had\s+been\s+)?(?:learn\w*|trained|built|taught|fitted|practi[cs]ed|made)\b",
    re.IGNORECASE,
)
_HELD_BACK_TO_THE_END = rx.compile(
    r"\b(?:hides?|hid|hiding|holds?\s+back|held\s+back|holding\s+back|keeps?\s+back|kept\s+back|keeping\s+back|"
    r"sets?\s+aside|setting\s+aside|locks?\s+away|locked\s+away|puts?\s+aside|saves?|saved|saving)\b[^.?!]{0,60}?"
    r"\b(?:until|till|for)\s+(?:the\s+)?(?:very\s+)?(?:end|last|final\s+(?:test|check|exam))\b",
    re.IGNORECASE,
)
# (Held back about a model or its data: "i saved some cake for the end" holds back nothing tested.)
_HELD_BACK_ABOUT_A_MODEL = _Both(
    rx.compile(r"\b(?:models?|ai|data|dataset|records|examples|scores?|accuracy|test\w*|classif\w*|predict\w*|train\w*|learn\w*)\b", re.IGNORECASE),
    _HELD_BACK_TO_THE_END,
)

# (stop 47) Data augmentation told: made-up examples made by a machine, then a model trained on
# them ("getting one AI to make fake photos and then training our detector on real and fake
# together"). The story's "one model makes and the other one judges" drew the GAN's adversarial
# training, which is no answer to whether synthetic examples are a fair way to train.
_FAKE_EXAMPLES_MADE = rx.compile(
    r"\b(?:make|makes|making|made|generat\w*|creat\w*|invent\w*|produc\w*|draw\w*|knock\w*\s+up|churn\w*\s+out)\b"
    r"[^.?!]{0,30}?\b(?:fake|synthetic|artificial|made-up|made\s+up|extra|pretend|generated|simulated|ai)\s+(?:[\w-]+\s+)?"
    r"(?:photos?|images?|pictures?|pics?|examples?|scans?|x-?rays?|samples?|data|records?|recordings?|clips?)\b",
    re.IGNORECASE,
)
_A_MODEL_TRAINED = rx.compile(
    r"\b(?:train\w*|teach\w*|feed\w*|fed|learn\w*)\b[^.?!]{0,80}?\b(?:detector|classifier|model|spotter|checker|"
    r"recogni\w+|ai|system|tool|app|camera|scanner)s?\b|"
    r"\b(?:detector|classifier|model|spotter|checker|camera|scanner)s?\b[^.?!]{0,40}?\b(?:train\w*|learn\w*|fed)\b",
    re.IGNORECASE,
)
_AUGMENT_TOLD = _Both(_FAKE_EXAMPLES_MADE, _A_MODEL_TRAINED)

# K-means failing: groups of points in shapes other than round blobs ("long curved arcs", "weird
# shapes", "rings"), a grouping cut down the middle, or a grouping method that needs no number of
# groups ("one where i dont have to guess how many groups"). The story's grouping words drew the
# general clustering section, whose sentences never name DBSCAN (stop 41).
_GROUPING = r"(?:group(?:s|ing|ed)?|clusters?|clustering|k-?means|segments?|piles|heaps|bunch(?:es)?)"
_ODD_SHAPE = (
    r"(?:curved|curvy|long|snak\w*|weird|odd|strange|irregular|crescent|banana|stretched|wiggly|squiggly|"
    r"non-?round|ring|spiral|twisty|winding)[- ](?:\w+ )?(?:shapes?|shaped|arcs?|lines?|bands?|strips?|rings?|"
    r"streaks?|swirls?|spirals?|crescents?)"
)
_CUT_HALF = r"(?:slic|cut|chop|split|halv|carv)\w*\b[^.?!]{0,40}?\b(?:down the middle|through the middle|in half|in two|in halves)"
_NO_COUNT = (
    r"(?:(?:do ?n[o']?t|does ?n[o']?t|without|never) (?:have to |having to |need(?:ing)? to )?"
    r"(?:guess|pick|say|choose|tell(?: it)?|set|specify|decide)|no need to (?:guess|pick|say|choose|set))"
    r"\s+(?:\w+\s+)?(?:how many|the number of|a number of)\s+(?:groups|clusters|segments|piles)"
)
_KMEANS_FAILS_ONLY = rx.compile(rf"\b{_ODD_SHAPE}\b|\b{_CUT_HALF}\b|\b{_NO_COUNT}\b", re.IGNORECASE)
_KMEANS_FAILS = _Both(rx.compile(rf"\b{_GROUPING}\b", re.IGNORECASE), _KMEANS_FAILS_ONLY)


# (stop 44) A picture-reading machine told by telling two kinds of thing apart: "how does a plant
# id app tell a rose from a peony", "the camera app tells a husky from a malamute, how?". The
# course's picture of image classification (a model that tells cats from dogs) told in the
# learner's own kinds; searched as it was, the kinds' words (roses, oaks, mushrooms) drew nothing,
# or a section that shares a word ("tree": decision trees, grounding).
_TELLS_APART = (
    r"\b(?:tell|tells|telling|told|distinguish(?:es|ing)?|differentiat\w+)\s+(?:an?\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?\s+"
    r"(?:from|apart\s+from)\s+(?:an?\s+|the\s+)?[\w'-]+"
)
_PICTURE_MACHINE = (
    r"(?:(?:id|identification|identifier|recognition|photo|picture|image|camera|scanner|lens)\s+(?:apps?|tools?|software|programs?|features?)|"
    # (A machine, not a photo: "why can't a coder write rules to tell a moggy from a pooch in a
    # photo" is the course's cats and dogs example, which the question finds.)
    r"apps?\s+(?:on\s+my\s+phone\s+)?that\s+(?:looks?\s+at|reads?|scans?)|cameras?)"
)
_TELLS_APART_TOLD = _Both(
    rx.compile(rf"\b{_PICTURE_MACHINE}\b", re.IGNORECASE), rx.compile(_TELLS_APART, re.IGNORECASE)
)


_TOLD = (
    (_OVERFIT_TOLD, "overfitting"),
    (_BY_HEART_TOLD, "overfitting"),
    (_OVERFIT_PRACTISED, "overfitting"),
    (_OVERFIT_DATA_FIRST, "overfitting"),
    (_OVERFIT_GOT_RIGHT, "overfitting"),
    (_OVERFIT_ADVERB, "overfitting"),
    (_UNDERFIT_TOLD, "underfitting"),
    (_BIAS_TOLD, "bias"),
    (_SKEW_TOLD, "bias inherited from training data"),
    (_EXPLORE_TOLD, "exploration versus exploitation"),
    (_TEMPERATURE_TOLD, "temperature"),
    (_RESIST_TOLD, "resistance to change"),
    (_CLUSTER_TOLD, "clustering"),
    (_REDUCE_TOLD, "dimensionality reduction"),
    (_RULES_TOLD, "hand-written rules"),
    (_ACCURACY_RARE, "accuracy"),
    (_REWARD_NOW_LATER, "cumulative reward"),
    (_KMEANS_FAILS, "k-means clustering fails and dbscan helps"),
    (_NARROW_FED, "training data for generative models"),
    (_FLAW_IN_OUT, "training data for generative models"),
    (_TELLS_APART_TOLD, "image classification"),
    (_SAME_MADE, "mode collapse"),
    (_NOISY_FED, "noisy or incomplete data"),
    (_TESTED_ON_ITS_OWN, "test set"),
    (_HELD_BACK_ABOUT_A_MODEL, "test set"),
    (_AUGMENT_TOLD, "data augmentation"),
)


# The terms in the fixed order ``told_terms`` gives them.
_ORDER = list(dict.fromkeys(term for _, term in _TOLD))


def told_terms(question: str) -> list[str]:
    """The course terms whose symptom ``question`` tells in its own words (see the module's
    docstring), in a fixed order, none when no shape is told whole."""
    return list(_told_terms(question))


@functools.lru_cache(maxsize=512)
def _told_terms(question: str) -> tuple[str, ...]:
    """``told_terms``, kept per text: one question's text is read for its symptoms six or seven
    times (the search's expansion, the told heading, the narrower readings, the comparison's
    pair, the decline check), each time by the same seventeen patterns over the whole text."""
    text = question.replace("\u2019", "'")
    told = list(dict.fromkeys(term for pattern, term in _TOLD if pattern.search(text)))
    if "exploration versus exploitation" not in told and _HABIT_TOLD.search(text) and _REWARD_STORY.search(text):
        told = sorted([*told, "exploration versus exploitation"], key=_ORDER.index)
    if _HALLUCINATION_TOLD.search(text) and not _PICTURES.search(text):
        told.append("hallucination")
    if (
        not told and _PREDICT_TOLD.search(text) and not _NAMES_A_METHOD.search(text) and not _WILL_LIKE.search(text)
        and not _TWO_TOLD.search(text)
    ):
        told.append("predictive analytics")
    return tuple(told)


def told_pair(question: str) -> tuple[str, ...] | None:
    """The two halves of a dilemma ``question`` tells by its shape ("trying something new or just
    repeating the trick that already got it a treat" is exploration versus exploitation), as the
    sides of the comparison it asks; None when it tells no such pair.

    Why: "choose between X or Y" is read as a comparison of the learner's two story halves, each
    searched alone (a treat drew the section on rewards), while the course compares them in the
    one section named for the pair."""
    for term in told_terms(question):
        halves = tuple(h.strip() for h in term.split(" versus "))
        if len(halves) == 2:
            return halves
    return None

