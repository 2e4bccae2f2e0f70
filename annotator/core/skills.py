"""The skills the bundled course practises, with a label in each language.

An exercise names its skills by id (``<skill id="anonymous-source">``) and
carries its own labels; these are the labels ``import-text`` writes for the
ids it knows, so that every bundled exercise says the same thing the same way.
"""

from __future__ import annotations

from annotator.core.model import Skill

KNOWN_SKILLS: dict[str, dict[str, str]] = {
    "single-source": {"es": "Una sola fuente", "en": "A single source"},
    "anonymous-source": {"es": "Fuentes sin nombre", "en": "Unnamed sources"},
    "numbers": {"es": "Cifras y estadísticas", "en": "Numbers and statistics"},
    "press-release": {"es": "Notas de prensa copiadas", "en": "Copied press releases"},
    "opinion-as-news": {"es": "Opinión contada como noticia", "en": "Opinion told as news"},
    "photo-caption": {"es": "Fotos y pies de foto", "en": "Photos and captions"},
    "headline-body": {"es": "Titulares que el texto no sostiene",
                      "en": "Headlines the story does not back"},
    "loaded-words": {"es": "Palabras cargadas", "en": "Loaded words"},
    "comparing-outlets": {"es": "Comparar dos medios", "en": "Comparing two outlets"},
    "checking-facts": {"es": "Comprobar datos", "en": "Checking facts"},
    "who-says-it": {"es": "Quién lo dice", "en": "Who says it"},
}


def skill(skill_id: str, label: str | None = None, language: str = "es") -> Skill:
    """A skill by id, with the known labels; ``label`` names an unknown one in ``language``."""
    labels = dict(KNOWN_SKILLS.get(skill_id, {}))
    if label:
        labels[language] = label
    return Skill(id=skill_id, labels=labels)
