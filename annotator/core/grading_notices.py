"""What the grader notices about a key or a submission, in English and Spanish.

``annotator grade`` prints these in English; the class window shows them in
a gradebook row's tooltip in the interface language.
"""

from __future__ import annotations

from annotator.core.messages import catalog

GRADE_NOTICE = catalog(__name__, {
    "key_span_blank": ("key span {id} is only blanks and punctuation; ignored",
                       "el pasaje de la clave {id} solo tiene espacios y signos de puntuación; "
                       "no se tiene en cuenta"),
    "key_span_unplaced": ("key span {id} could not be placed in the article; counts as missed",
                          "el pasaje de la clave {id} no se pudo colocar en la noticia; "
                          "cuenta como omitido"),
    "annotation_unplaced": ("annotation {id} could not be placed in the article; counts as extra",
                            "el subrayado {id} no se pudo colocar en la noticia; "
                            "cuenta como sobrante"),
    "annotation_blank": ("annotation {id} is only blanks and punctuation; ignored",
                         "el subrayado {id} solo tiene espacios y signos de puntuación; "
                         "no se tiene en cuenta"),
    "annotation_repeated": ("annotation {id} repeats annotation {original} "
                            "(same category and place); counted once",
                            "el subrayado {id} repite el subrayado {original} "
                            "(misma categoría y lugar); cuenta una sola vez"),
    "alternative_blank": ("alternative {n} of key span {id} is only blanks and punctuation; "
                          "ignored",
                          "la alternativa {n} del pasaje de la clave {id} solo tiene espacios y "
                          "signos de puntuación; no se tiene en cuenta"),
    "alternative_unplaced": ("alternative {n} of key span {id} could not be placed in the "
                             "article; ignored",
                             "la alternativa {n} del pasaje de la clave {id} no se pudo colocar "
                             "en la noticia; no se tiene en cuenta"),
    "main_extent_blank": ("key span {id} is only blanks and punctuation; its alternatives count",
                          "el pasaje de la clave {id} solo tiene espacios y signos de "
                          "puntuación; cuentan sus alternativas"),
    "features_not_counted": ("features did not count: no pair had a feature to judge",
                             "las características no contaron: ningún par tenía una "
                             "característica que juzgar"),
})
