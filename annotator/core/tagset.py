"""The default tagset: the three categories of the media-literacy course.

Colours come from the Okabe-Ito palette, chosen to stay distinct for the
common forms of colour blindness; the GUI adds a per-category underline
style so that colour is never the only cue.
"""

from __future__ import annotations

from annotator.core.model import Category, Feature, FeatureValue, Tagset

# Okabe-Ito, in the order new categories take them.
SAFE_PALETTE = (
    "#0072b2",  # blue
    "#e69f00",  # orange
    "#cc79a7",  # reddish purple
    "#009e73",  # bluish green
    "#d55e00",  # vermillion
    "#56b4e9",  # sky blue
    "#f0e442",  # yellow
    "#000000",  # black
)


# One wording for the side panel and the guides (resources/help): plain words a
# 15-year-old reads without a dictionary. tests/test_course.py checks that the
# trainee guides print exactly these.
DESCRIPTIONS = {
    "claim": {
        "es": "Algo que el texto da como un hecho y que se podría comprobar: quién hizo "
        "qué, cuándo, dónde, cuántos, por qué. Marca la parte que lo cuenta, sin el «quién "
        "lo dice».",
        "en": "Something the text gives as a fact that could be checked: who did what, "
        "when, where, how many, why. Mark the part that tells it, without the \"who says "
        "so\".",
    },
    "attribution": {
        "es": "Quién dice lo que se cuenta: la fuente con las palabras que la presentan "
        "(«dijo», «informó», «según…»). Si nadie lo dice, lo dice el medio.",
        "en": "Who says what is reported: the source with the words that bring it in "
        "(\"said\", \"reported\", \"according to…\"). If nobody says it, the outlet "
        "says it.",
    },
    "framing": {
        "es": "Lo que elige el medio para que veas la noticia de una manera, más allá de lo "
        "que dicen las fuentes: palabras, etiquetas, titulares, fotos, qué va primero. Una "
        "cita es encuadre solo cuando el medio la elige o la destaca (en un titular, sin "
        "decir de quién es, sin contexto).",
        "en": "What the outlet chooses so that you see the story one way, beyond what the "
        "sources say: words, labels, headlines, photos, what comes first. A quote is "
        "framing only where the outlet chose or amplified it (in a headline, without "
        "saying whose it is, without context).",
    },
}


def default_tagset() -> Tagset:
    return Tagset(
        categories=[
            Category(
                id="claim",
                color=SAFE_PALETTE[0],
                shortcut="1",
                labels={"es": "Afirmación", "en": "Claim"},
                descriptions=dict(DESCRIPTIONS["claim"]),
                features=[checkable_feature(), evidence_feature()],
            ),
            Category(
                id="attribution",
                color=SAFE_PALETTE[1],
                shortcut="2",
                labels={"es": "Atribución", "en": "Attribution"},
                descriptions=dict(DESCRIPTIONS["attribution"]),
                features=[source_kind_feature()],
            ),
            Category(
                id="framing",
                color=SAFE_PALETTE[2],
                shortcut="3",
                labels={"es": "Encuadre", "en": "Framing"},
                descriptions=dict(DESCRIPTIONS["framing"]),
            ),
        ]
    )


# --------------------------------------------------------------- features
# scoring.md §10: judging the source and the evidence, not only the words.


def _value(value_id: str, es: str, en: str, about_es: str, about_en: str) -> FeatureValue:
    return FeatureValue(
        id=value_id, labels={"es": es, "en": en},
        descriptions={"es": about_es, "en": about_en},
    )


def source_kind_feature() -> Feature:
    """Who is behind an attribution: the question every source deserves."""
    return Feature(
        id="source-kind",
        kind="choice",
        required=True,
        labels={"es": "Tipo de fuente", "en": "Kind of source"},
        descriptions={
            "es": "¿Quién está detrás de la información y qué interés tiene?",
            "en": "Who is behind the information, and what do they stand to gain?",
        },
        values=[
            _value("official", "Oficial, con nombre", "Official, named",
                   "Un gobierno, un ministerio o un cargo público que se identifica.",
                   "A government, ministry or office holder who is named."),
            _value("interested", "Parte interesada, con nombre", "Interested party, named",
                   "Alguien con nombre que gana o pierde con lo que se cuenta.",
                   "A named person or group who gains or loses by what is told."),
            _value("independent", "Independiente, con nombre", "Independent, named",
                   "Un experto, un testigo o un documento sin interés en el asunto.",
                   "An expert, a witness or a document with no stake in the matter."),
            _value("anonymous", "Anónima", "Anonymous",
                   "La fuente no tiene nombre («fuentes cercanas», «se dice»).",
                   "The source has no name (\"sources close to\", \"it is said\")."),
            _value("unclear", "No está claro", "Unclear",
                   "El texto no deja ver quién lo dice.",
                   "The text does not let you see who says it."),
        ],
    )


def checkable_feature() -> Feature:
    """Whether a claim can be checked, and what checking shows."""
    return Feature(
        id="checkable",
        kind="choice",
        required=True,
        labels={"es": "¿Se puede comprobar?", "en": "Can it be checked?"},
        descriptions={
            "es": "¿Se puede comprobar la afirmación y qué muestra la comprobación?",
            "en": "Can the claim be checked, and what does checking show?",
        },
        values=[
            _value("true", "Comprobable y cierta", "Checkable and true",
                   "Otras fuentes fiables confirman lo que dice.",
                   "Other reliable sources confirm what it says."),
            _value("false", "Comprobable y falsa", "Checkable and false",
                   "Otras fuentes fiables muestran que no es así.",
                   "Other reliable sources show it is not so."),
            _value("unverified", "Comprobable, sin confirmar", "Checkable, not confirmed",
                   "Se podría comprobar, pero con lo que hay no se puede confirmar.",
                   "It could be checked, but what is given cannot confirm it."),
            _value("not-checkable", "No comprobable", "Not checkable",
                   "Es una opinión o una predicción: no hay hecho que comprobar.",
                   "It is an opinion or a prediction: there is no fact to check."),
        ],
    )


def evidence_feature() -> Feature:
    """Where the trainee checked a claim: shown beside the verdict, never graded."""
    return Feature(
        id="evidence",
        kind="text",
        labels={"es": "Dónde lo comprobaste", "en": "Where you checked"},
        descriptions={
            "es": "Un enlace o un documento donde comprobaste la afirmación (no puntúa).",
            "en": "A link or a document where you checked the claim (not graded).",
        },
    )
