"""What a "code" can be, besides the computer code the course teaches.

Why a module of its own: "code" is a word of the course's subject, yet learners write it for
other things, and two rules tell those apart. A book of rules or an identifier ("the highway
code", "a dress code", "a zip code") is no word of the subject (``without_codes_of_another_kind``,
read by ``subjects.names_subject``). A short code of letters and digits ending a listed term
("t5", "a100") names a model or a chip, but as often a road, a terminal or a form ("heathrow t5",
"the m4": ``ends_in_short_code``, read by ``Declining._code_of_another_thing``).
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

# "Code" that is a book of rules or an identifier, never a program: "the highway code", "a dress
# code", "a zip code", "the tax code". The course's "code" is computer code, so such a phrase is no
# word of its subject ("explain the highway code rules for roundabouts" asks about driving).
_CODE_OF_ANOTHER_KIND = rx.compile(
    r"\b(?:highway|dress|zip|area|post|postal|penal|tax|building|morse|dialling|dialing|sort|bar|qr|pin|"
    r"discount|promo|voucher|door|colour|color|country|error|fault|engine|warning|diagnostic|alarm)\s+codes?\b|"
    # (stop 41) a device's fault code: "locking out with an F1 code", "a light with code P0420"
    r"\b(?:[a-z]{1,3}\d{1,5}|\d{2,5})[a-z]?\s+codes?\b|\bcodes?\s+(?:[a-z]{1,3}\d{1,5}|\d{2,5})[a-z]?\b",
    re.IGNORECASE,
)


def without_codes_of_another_kind(text: str) -> str:
    """``text`` with each "code" that is a book of rules or an identifier blanked out
    (``_CODE_OF_ANOTHER_KIND``: "the highway code", "a zip code"), so that what is left uses
    "code" only as the course does, for computer code."""
    return _CODE_OF_ANOTHER_KIND.sub(" ", text)


# A name that ends in a short code of letters and digits ("t5", "heathrow t5", "a100"): a listed
# model or chip, but also a road, a terminal, a platform or a form ("the m4", "terminal t5").
_CODE_NAME = rx.compile(r"(?:^|\s)[a-z]{1,2}\d{1,3}$", re.IGNORECASE)


def ends_in_short_code(term: str) -> bool:
    """Does ``term`` end in a short code of letters and digits (``_CODE_NAME``: "t5", "heathrow
    t5", "a100")? Such a code names a listed model or chip, but as often a road, a terminal, a
    platform or a form ("the m4", "terminal t5")."""
    return bool(_CODE_NAME.search(term))
