"""The default tagset: the three categories of the media-literacy course.

Colours come from the Okabe-Ito palette, chosen to stay distinct for the
common forms of colour blindness; the GUI adds a per-category underline
style so that colour is never the only cue.
"""

from __future__ import annotations

from annotator.core.model import Category, Tagset

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


def default_tagset() -> Tagset:
    return Tagset(
        categories=[
            Category(
                id="claim",
                color=SAFE_PALETTE[0],
                shortcut="1",
                labels={"es": "Afirmación", "en": "Claim"},
                descriptions={
                    "es": "Una aserción presentada como hecho que se podría comprobar "
                    "(quién hizo qué, cuándo, cifras, fechas, causas). Marca la cláusula "
                    "que afirma, sin la atribución.",
                    "en": "An assertion presented as fact that could be checked (who did "
                    "what, when, numbers, dates, causes). Mark the clause that asserts, "
                    "without the attribution.",
                },
            ),
            Category(
                id="attribution",
                color=SAFE_PALETTE[1],
                shortcut="2",
                labels={"es": "Atribución", "en": "Attribution"},
                descriptions={
                    "es": "A quién se atribuye la información: la fuente y su verbo de "
                    "habla, o una frase de fuente («Según la Presidencia rusa»).",
                    "en": "Who the information is credited to: the source plus its speech "
                    "verb, or a source phrase (\"according to the Russian presidency\").",
                },
            ),
            Category(
                id="framing",
                color=SAFE_PALETTE[2],
                shortcut="3",
                labels={"es": "Encuadre", "en": "Framing"},
                descriptions={
                    "es": "Elecciones de palabras, etiquetas, titulares y estructura que "
                    "orientan la interpretación del lector más allá de lo que dicen las "
                    "fuentes.",
                    "en": "Word choices, labels, headlines and structure that steer the "
                    "reader's interpretation beyond what the sources say.",
                },
            ),
        ]
    )
