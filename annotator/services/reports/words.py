"""The reports' wording in Spanish and English, and numbers as each language writes them.

Kept apart from the markup so that a translator reads sentences, not HTML.
Sentences that count use :func:`plural`; any language other than Spanish
gets English, as the feedback does.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "es": {
        "trainee_title": "Informe de corrección",
        "class_title": "Informe de la clase",
        "exercise": "Ejercicio",
        "trainee": "Alumno/a",
        "file": "Archivo",
        "key": "Clave",
        "scheme": "Esquema",
        "pass_mark": "aprueba desde",
        "schemes.partial": "parcial",
        "schemes.strict": "estricto",
        "schemes.lenient": "flexible",
        "score": "Nota",
        "of_100": "de 100",
        "passed": "aprobado",
        "failed": "no aprobado",
        "scorecard": "Resumen por categoría",
        "category": "Categoría",
        "found_col": "Hallados",
        "partial_col": "En parte",
        "other_col": "Otra cat.",
        "missed_col": "Omitidos",
        "yours_col": "Tuyas",
        "extra_col": "Fuera de la clave",
        "precision": "Precisión",
        "precision_short": "Prec.",
        "recall_short": "Exh.",
        "recall": "Exhaustividad",
        "f1": "F1",
        "total": "Total",
        "no_expert": "el experto no marcó pasajes de esta categoría",
        "card_found": "{label}: encontraste {found} de {keys} ({exact}, {partial} en parte)",
        "card_none": "{label}: el experto no marcó ningún pasaje de esta categoría",
        "card_other": "; {n} más con otra categoría",
        "card_extra": "{extras} de tus {spans} no estaban en la lista del experto",
        "card_extra_one": "tu única marca no estaba en la lista del experto",
        "card_extra_single": "{extras} de tus {spans} no estaba en la lista del experto",
        "card_no_extra": "todas tus marcas ({spans}) estaban en la lista del experto",
        "card_no_extra_one": "tu única marca estaba en la lista del experto",
        "card_wider": ", aunque alguna se salía del pasaje del experto",
        "card_wider_one": ", aunque se salía del pasaje del experto",
        "lead": "Encontraste {found} de los {keys} pasajes que marcó el experto",
        "lead_one_key": "Encontraste {found} del único pasaje que marcó el experto",
        "lead_extra": "{extras} de tus {spans} no estaban en su lista",
        "lead_extra_single": "{extras} de tus {spans} no estaba en su lista",
        "lead_no_extra": "todas tus marcas estaban en su lista",
        "lead_no_marks": "no hiciste ninguna marca",
        "card_no_marks": "no hiciste marcas de esta categoría",
        "passage": ("pasaje", "pasajes"),
        "exact": ("exacto", "exactos"),
        "mark": ("marca", "marcas"),
        "article": "El artículo con tus marcas",
        "legend_spans": "Tus marcas",
        "legend_missed": "pasaje del experto que no marcaste",
        "legend_after": "Tras cada marca",
        "legend_number": "el número lleva al comentario de abajo",
        "v.found": "encontrado",
        "v.partial": "en parte",
        "v.wrong-category": "otra categoría",
        "v.extra": "no está en la clave",
        "v.optional": "opcional",
        "v.missed": "omitido",
        "feedback": "Comentarios",
        "group.0": "Lo que no marcaste",
        "group.1": "Casi: en parte o con otra categoría",
        "group.2": "Marcaste y el experto no",
        "group.3": "Bien encontrados y opcionales",
        # Told to the instructor about one trainee ({name}), in the class window.
        "group.0.about": "Lo que {name} no marcó",
        "group.2.about": "{name} lo marcó, el experto no",
        "card_found.about": "{label}: {name} encontró {found} de {keys} ({exact}, {partial} "
        "en parte)",
        "card_extra.about": "{extras} de sus {spans} no estaban en la lista del experto",
        "card_extra_one.about": "su única marca no estaba en la lista del experto",
        "card_extra_single.about": "{extras} de sus {spans} no estaba en la lista del experto",
        "card_no_extra.about": "todas sus marcas ({spans}) estaban en la lista del experto",
        "card_no_extra_one.about": "su única marca estaba en la lista del experto",
        "card_no_marks.about": "{name} no hizo marcas de esta categoría",
        "lead.about": "{name} encontró {found} de los {keys} pasajes que marcó el experto",
        "lead_one_key.about": "{name} encontró {found} del único pasaje que marcó el experto",
        "lead_extra.about": "{extras} de sus {spans} no estaban en su lista",
        "lead_extra_single.about": "{extras} de sus {spans} no estaba en su lista",
        "lead_no_extra.about": "todas sus marcas estaban en su lista",
        "lead_no_marks.about": "no hizo ninguna marca",
        "expert": "Experto",
        "your_note": "Tu nota",
        "notices": "Avisos",
        "no_article": "La clave se dio sin el artículo (archivo de clave): "
        "este informe no puede mostrar el texto.",
        "graded": "calificados",
        "not_graded": ("archivo no calificado", "archivos no calificados"),
        "passage_col": "Pasaje",
        "problems": "Archivos no calificados",
        "results": "Resultados",
        "mean": "media",
        "median": "mediana",
        "lowest": "mínima",
        "highest": "máxima",
        "passed_n": "aprobados",
        "band": "Nota",
        "trainees": "Alumnos",
        "gradebook": "Calificaciones",
        "misses_col": "Omitidos",
        "extras_col": "Extras",
        "heatmap": "Lo que marcó la clase",
        "heatmap_intro": "Cada categoría sobre el texto: cuanto más oscuro el fondo, más "
        "alumnos marcaron el pasaje. Subrayado: los pasajes del experto.",
        "shade": "de los alumnos",
        "most_missed": "Pasajes del experto más omitidos",
        "frequent_extras": "Extras más frecuentes",
        "frequent_extras_intro": "Pasajes que varios alumnos marcaron y el experto no "
        "(no son necesariamente errores).",
        "no_extras": "Ningún pasaje extra lo marcó más de un alumno.",
        "confusion": "Confusión de categorías",
        "confusion_intro": "Filas: la categoría del experto; columnas: la que eligieron los "
        "alumnos. La diagonal son aciertos de categoría.",
        "expert_row": "Experto \\ alumnos",
        "missed_head": "omitido",
        "extra_head": "extra",
        "nobody": "Nadie en la clase.",
        "none": "Ninguno.",
        "reason": "Motivo",
    },
    "en": {
        "trainee_title": "Feedback report",
        "class_title": "Class report",
        "exercise": "Exercise",
        "trainee": "Trainee",
        "file": "File",
        "key": "Key",
        "scheme": "Scheme",
        "pass_mark": "pass mark",
        "schemes.partial": "partial",
        "schemes.strict": "strict",
        "schemes.lenient": "lenient",
        "score": "Score",
        "of_100": "of 100",
        "passed": "passed",
        "failed": "not passed",
        "scorecard": "Score card",
        "category": "Category",
        "found_col": "Found",
        "partial_col": "In part",
        "other_col": "Other cat.",
        "missed_col": "Missed",
        "yours_col": "Yours",
        "extra_col": "Not in key",
        "precision": "Precision",
        "precision_short": "Prec.",
        "recall_short": "Rec.",
        "recall": "Recall",
        "f1": "F1",
        "total": "Total",
        "no_expert": "the expert marked no passages in this category",
        "card_found": "{label}: you found {found} of the expert's {keys} "
        "({exact}, {partial} in part)",
        "card_none": "{label}: the expert marked no passages in this category",
        "card_other": "; {n} more with another category",
        "card_extra": "{extras} of your {spans} were not on the expert's list",
        "card_extra_one": "your only highlight was not on the expert's list",
        "card_extra_single": "{extras} of your {spans} was not on the expert's list",
        "card_no_extra": "all your highlights ({spans}) were on the expert's list",
        "card_no_extra_one": "your only highlight was on the expert's list",
        "card_wider": ", but some went beyond the expert's passage",
        "card_wider_one": ", but it went beyond the expert's passage",
        "lead": "You found {found} of the {keys} passages the expert marked",
        "lead_one_key": "You found {found} of the one passage the expert marked",
        "lead_extra": "{extras} of your {spans} were not on the expert's list",
        "lead_extra_single": "{extras} of your {spans} was not on the expert's list",
        "lead_no_extra": "all your highlights were on the expert's list",
        "lead_no_marks": "you made no highlights",
        "card_no_marks": "you marked nothing in this category",
        "passage": ("passage", "passages"),
        "exact": ("exactly", "exactly"),
        "mark": ("highlight", "highlights"),
        "article": "The article with your highlights",
        "legend_spans": "Your highlights",
        "legend_missed": "the expert's passage you missed",
        "legend_after": "After each",
        "legend_number": "the number leads to the comment below",
        "v.found": "found",
        "v.partial": "in part",
        "v.wrong-category": "other category",
        "v.extra": "not in the key",
        "v.optional": "optional",
        "v.missed": "missed",
        "feedback": "Feedback",
        "group.0": "What you missed",
        "group.1": "Nearly: in part or with another category",
        "group.2": "You marked, the expert did not",
        "group.3": "Found, and optional passages",
        # Told to the instructor about one trainee ({name}), in the class window.
        "group.0.about": "What {name} missed",
        "group.2.about": "{name} marked, the expert did not",
        "card_found.about": "{label}: {name} found {found} of the expert's {keys} "
        "({exact}, {partial} in part)",
        "card_extra.about": "{extras} of {name}'s {spans} were not on the expert's list",
        "card_extra_one.about": "{name}'s only highlight was not on the expert's list",
        "card_extra_single.about": "{extras} of {name}'s {spans} was not on the expert's list",
        "card_no_extra.about": "all {name}'s highlights ({spans}) were on the expert's list",
        "card_no_extra_one.about": "{name}'s only highlight was on the expert's list",
        "card_no_marks.about": "{name} marked nothing in this category",
        "lead.about": "{name} found {found} of the {keys} passages the expert marked",
        "lead_one_key.about": "{name} found {found} of the one passage the expert marked",
        "lead_extra.about": "{extras} of {name}'s {spans} were not on the expert's list",
        "lead_extra_single.about": "{extras} of {name}'s {spans} was not on the expert's list",
        "lead_no_extra.about": "all {name}'s highlights were on the expert's list",
        "lead_no_marks.about": "{name} made no highlights",
        "expert": "Expert",
        "your_note": "Your note",
        "notices": "Notices",
        "no_article": "The key came without the article (a key file): this report "
        "cannot show the text.",
        "graded": "graded",
        "not_graded": ("file not graded", "files not graded"),
        "passage_col": "Passage",
        "problems": "Files not graded",
        "results": "Results",
        "mean": "mean",
        "median": "median",
        "lowest": "lowest",
        "highest": "highest",
        "passed_n": "passed",
        "band": "Score",
        "trainees": "Trainees",
        "gradebook": "Gradebook",
        "misses_col": "Missed",
        "extras_col": "Extras",
        "heatmap": "What the class marked",
        "heatmap_intro": "Each category over the text: the darker the background, the more "
        "trainees marked the passage. Underlined: the expert's passages.",
        "shade": "of the trainees",
        "most_missed": "Expert passages most often missed",
        "frequent_extras": "Most frequent extras",
        "frequent_extras_intro": "Passages several trainees marked and the expert did not "
        "(not necessarily wrong).",
        "no_extras": "No extra passage was marked by more than one trainee.",
        "confusion": "Category confusion",
        "confusion_intro": "Rows: the expert's category; columns: the one trainees chose. "
        "The diagonal is the right category.",
        "expert_row": "Expert \\ trainees",
        "missed_head": "missed",
        "extra_head": "extra",
        "nobody": "Nobody in the class.",
        "none": "None.",
        "reason": "Reason",
    },
}


class Words:
    """The wording of one language, with its way of writing numbers."""

    def __init__(self, language: str, about: str | None = None) -> None:
        """``about``: a trainee's name, to tell the instructor about that trainee's work
        ("What Ana missed") where the wording otherwise speaks to the trainee."""
        self.language = language if language in WORDS else "en"
        self._words = WORDS[self.language]
        # Braces would be read as fields by the sentences' str.format.
        self.about = about.replace("{", "(").replace("}", ")") if about else None

    def __getitem__(self, name: str) -> str:
        if self.about is not None:
            told = self._words.get(f"{name}.about")
            if told is not None:
                return told.replace("{name}", self.about)
        return self._words[name]

    def plural(self, name: str, count: int) -> str:
        singular, many = self._words[name]  # type: ignore[misc]
        return singular if count == 1 else many

    def number(self, value: float, decimals: int = 1) -> str:
        """``73.5`` in English, ``73,5`` in Spanish."""
        text = f"{value:.{decimals}f}"
        return text.replace(".", ",") if self.language == "es" else text

    def percent(self, ratio: float, decimals: int = 1) -> str:
        """A ratio as a percentage; Spanish separates the sign with a (no-break) space."""
        sign = "\u00a0%" if self.language == "es" else "%"
        return self.number(100 * ratio, decimals) + sign
