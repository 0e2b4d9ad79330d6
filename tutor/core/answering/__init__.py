"""Answering questions from the course: embeddings, hybrid search, scope and refusals,
conversation state, question shapes and composing grounded answers.

Grouped here (rather than flat in ``tutor.core``) because these modules change together and
only depend on the course (``tutor.core.knowledge``) and the word tools (``tutor.core.words``).
"""
