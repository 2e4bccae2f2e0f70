"""Qt-free core: text and offsets, models, spans, grading, feedback wording."""
