"""tutor: a terminal chat tutor on machine learning and generative AI.

Importing this package is cheap on purpose: the chat must be on screen in well under a
second, so heavy libraries (torch, transformers, sentence-transformers, scikit-learn) are
imported only inside the functions that need them.
"""

__version__ = "0.1.0"
