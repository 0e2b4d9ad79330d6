"""Tests of ``tutor.core.answering``, one file per module or, where a module's tests are many, one folder of files named for the behaviour they test."""
