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
            ),
            Category(
                id="attribution",
                color=SAFE_PALETTE[1],
                shortcut="2",
                labels={"es": "Atribución", "en": "Attribution"},
                descriptions=dict(DESCRIPTIONS["attribution"]),
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
