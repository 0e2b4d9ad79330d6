"""Learning a course: the path between lessons, the learner's reading, mastery and what comes next."""
