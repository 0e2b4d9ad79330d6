"""What the learner types into: the multi-line input and the slash-command dropdown."""
