"""Report HTML: what a trainee and an instructor read, escaped, self-contained, in es and en."""

from __future__ import annotations

import re
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from annotator import bundled
from annotator.core.model import Annotation, KeyFile, Submission, Trainee
from annotator.services.classroom import grade_class
from annotator.services.reports import class_report, report_names, trainee_report
from annotator.services.reports.article import Mark, looks, marked_article
from annotator.services.reports.html import clean
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save

EXERCISE = read_exercise(bundled.first_exercise()).document
TEXT = EXERCISE.article.text
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def mark(span_id: str, category: str, quote: str, note: str | None = None) -> Annotation:
    start = TEXT.index(quote)
    return Annotation(id=span_id, category=category, start=start, end=start + len(quote),
                      quote=quote, note=note)


MARKS = [
    mark("a1", "framing", "Alianza geopolítica en desarrollo", note=HOSTILE + "\nsegunda línea"),
    mark("a2", "claim", "sostuvo este martes una conversación"),  # partial
    mark("a3", "framing", "informó en Telegram el Kremlin"),  # wrong category
    mark("a4", "claim", "Kim Jong-un"),  # extra
    mark("a5", "framing", "valorar altamente"),  # optional
]


def write(path: Path, marks, trainee) -> Path:
    save(Submission(exercise=EXERCISE.id, exercise_version="1",
                    text_sha256=EXERCISE.article.sha256, trainee=trainee,
                    annotations=list(marks)), path)
    return path


@pytest.fixture
def graded(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    write(folder / "a.submission.xml", MARKS,
          Trainee(id='s1"><b>', name=HOSTILE + "\u202eAna"))
    write(folder / "b.submission.xml", MARKS[:2], Trainee(id="s2", name="Bruno"))
    write(folder / "c.submission.xml", [mark("c1", "claim", "Kim Jong-un")],
          Trainee(id="s3", name="Carla"))
    (folder / "<broken>.submission.xml").write_text("<oops", encoding="utf-8")
    return grade_class(bundled.first_exercise(), [folder])


class Tags(HTMLParser):
    """Every start tag and its attributes, to look for anything that runs or fetches."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def assert_self_contained_and_inert(html: str) -> None:
    tags = tags_of(html)
    assert {t for t, _ in tags} <= {"html", "head", "meta", "title", "style", "body", "h1", "h2",
                                     "h3", "p", "br", "b", "i", "u", "span", "table", "tr",
                                     "th", "td", "hr"}
    attributes = {name for _, attrs in tags for name in attrs}
    assert attributes <= {"lang", "charset", "class", "style", "width", "border", "cellspacing",
                          "cellpadding", "align"}
    assert not re.search(r"url\(|@import|https?://|<script|javascript:", html, re.IGNORECASE)


def test_hostile_names_notes_and_file_names_are_escaped(graded):
    """Ensure nothing a trainee typed can become markup in a report."""
    row = graded.rows[0]
    for html in (trainee_report(row, graded.key, "es"), class_report(graded, language="en")):
        assert_self_contained_and_inert(html)
        assert "&lt;script&gt;" in html and "<script" not in html
        assert "\u202e" not in html
    trainee = trainee_report(row, graded.key, "es")
    assert "s1&quot;&gt;&lt;b&gt;" in trainee
    assert "segunda línea" in trainee  # the note, each line escaped
    assert "&lt;broken&gt;.submission.xml" in class_report(graded)


def test_trainee_report_has_score_card_article_and_misses_first(graded):
    """Ensure the report says the score in words, shows the text, and starts with the misses."""
    row = graded.rows[0]
    html = trainee_report(row, graded.key, "en")
    assert f"Score: {row.score:.1f} of 100" in html
    assert "Framing: you found 1 of the expert's 13 passages (1 exactly, 0 in part)" in html
    assert "1 more with another category" in html
    assert "1 of your 2 highlights was not on the expert's list" in html  # claim: a4 extra
    assert re.search(r"<b>You found \d+ of the \d+ passages the expert marked; ", html)
    assert "Putin conversa con Kim Jong-un" in html  # the article
    feedback = html[html.index("<h2>Feedback</h2>"):]
    headings = re.findall(r"<h3>([^<(]+)", feedback)
    assert headings == ["What you missed ", "Nearly: in part or with another category ",
                        "You marked, the expert did not ", "Found, and optional passages "]
    for key in (k for k in EXERCISE.key if k.required and k.id not in ("k1", "k3", "k6")):
        assert escape(key.explanations["en"]) in feedback
    assert feedback.index("marca camino hacia cumbre") < feedback.index("Kim Jong-un")


def test_article_markers_carry_the_number_and_symbol_of_their_feedback_item(graded):
    """Ensure a reader can go from a mark in the text to the comment on it, and back."""
    html = trainee_report(graded.rows[0], graded.key, "en")
    article = html[html.index("<hr/>"):html.index("<h2>Feedback</h2>")]
    feedback = html[html.index("<h2>Feedback</h2>"):]
    markers = set(re.findall(r"<b>([✓◐⇄+○✗])(\d+)</b>", article))
    items = re.findall(r'<p class="fb"><b style="color:#[0-9a-f]+">([✓◐⇄+○✗])(\d+)</b>',
                       feedback)
    assert [int(n) for _, n in items] == list(range(1, len(items) + 1))
    assert markers <= set(items)  # same number, same symbol
    assert {i for i in items if i[0] in "✗◐⇄+"} <= markers  # every miss and near miss shown
    assert {symbol for symbol, _ in markers} == set("✓◐⇄+○✗")


def test_spanish_wording_and_numbers(graded):
    row = graded.rows[0]
    html = trainee_report(row, graded.key, "es")
    assert "Informe de corrección" in html and "Lo que no marcaste" in html
    assert f"{row.score:.1f}".replace(".", ",") in html
    assert '<html lang="es">' in html


def test_brackets_nest_and_cross_blocks_without_losing_text():
    """Ensure drawing marks never drops or repeats a character of the article."""
    text = EXERCISE.article.text
    look = looks(["claim", "attribution", "framing"], EXERCISE.tagset, "en")
    marks = [Mark(100, 300, "claim", "correct", "✓1"), Mark(120, 130, "framing", "extra", "+2"),
             Mark(125, 200, "attribution", "partial", "◐3"),
             Mark(250, 400, "claim", "missed", "✗4", missed=True)]
    html = marked_article(EXERCISE.article, marks, look)
    plain = re.sub(r"<[^>]+>", "", html)
    for symbol in ("[", "]", "{", "}", "⟨", "⟩", "⟦", "⟧", "✓1", "+2", "◐3", "✗4", "• ", "\u2060"):
        plain = plain.replace(symbol, "")
    assert unescape(plain).replace("\n", "") == text.replace("\n", "")


def test_class_report_has_every_section_and_every_trainee(graded):
    html = class_report(graded, language="en")
    for heading in ("Results", "Gradebook", "Files not graded", "Expert passages most often "
                    "missed", "Most frequent extras", "Category confusion",
                    "What the class marked"):
        assert f">{heading}</h2>" in html
    for row in graded.rows[1:]:
        assert clean(row.label()) in html
    assert "«Kim Jong-un»" in html  # an extra two trainees marked
    assert "«marca camino hacia cumbre con Trump»" in html  # missed by all three


def test_a_key_file_gives_reports_without_the_article(tmp_path):
    key = tmp_path / "k.key.xml"
    save(KeyFile(exercise=EXERCISE.id, text_sha256=EXERCISE.article.sha256, spans=EXERCISE.key),
         key)
    write(tmp_path / "a.submission.xml", MARKS, Trainee(id="s1"))
    graded = grade_class(key, [tmp_path])
    trainee = trainee_report(graded.rows[0], graded.key, "en")
    assert "cannot show the text" in trainee and "What you missed" in trainee
    assert "cannot show the text" in class_report(graded, language="en")


def test_report_names_are_safe_unique_and_never_reserved(graded):
    rows = graded.rows
    names = report_names(rows)
    assert all(re.fullmatch(r"[\w.-]+", n) and not n.startswith(".") for n in names)
    assert len({n.casefold() for n in names}) == len(names)
    rows[1].submission.trainee = Trainee(name="../../etc/passwd")
    rows[2].submission.trainee = Trainee(id="class-report")
    names = report_names(rows)
    assert names[1] == "etc-passwd" and names[2] == "class-report-2"


def test_card_sentence_agrees_in_number():
    """Ensure one extra reads 'was' and a lone span is not counted twice ("1 span span")."""
    from annotator.services.reports.html import _card_sentence
    from annotator.services.reports.words import Words

    class Measures:
        key_spans, annotations = 3, 1

    counts = {"found": 0, "partial": 0, "wrong-category": 0, "extra": 1}
    for language in ("en", "es"):
        words = Words(language)
        lone = _card_sentence(words, "Claim", Measures, counts)
        Measures.annotations = 6
        one_of_six = _card_sentence(words, "Claim", Measures, counts)
        Measures.annotations = 1
        assert "highlight highlight" not in lone and "marca marca" not in lone
        assert ("was not on the expert's list" in one_of_six) or (
            "no estaba en la lista del experto" in one_of_six)


def test_all_on_the_list_but_too_wide_says_so_instead_of_contradicting_the_figures():
    """Ensure a category whose one highlight is on the list but wider than the expert's
    passage (precision under 100) does not read 'all were on the list' and stop there."""
    from annotator.services.reports.html import _card_sentence
    from annotator.services.reports.words import Words

    class Measures:
        key_spans, annotations, precision = 1, 1, 0.855

    counts = {"found": 0, "partial": 1, "wrong-category": 0, "extra": 0}
    english = _card_sentence(Words("en"), "Claim", Measures, counts)
    assert english.endswith("Your only highlight was on the expert's list, but it went "
                            "beyond the expert's passage.")
    spanish = _card_sentence(Words("es"), "Afirmación", Measures, counts)
    assert "se salía del pasaje del experto" in spanish
    Measures.precision = 1.0
    assert english.removesuffix(", but it went beyond the expert's passage.") + "." == (
        _card_sentence(Words("en"), "Claim", Measures, counts))


def _luminance(color: str) -> float:
    red, green, blue = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_verdict_colours_read_on_paper_and_on_a_selected_row():
    """Ensure every verdict's text colour is WCAG AA (4.5:1) on white and on the selected row."""
    from annotator.services.reports.article import SYMBOL_COLORS

    for symbol, color in SYMBOL_COLORS.items():
        for background in ("#ffffff", "#dbe7f6"):
            assert _contrast(color, background) >= 4.5, (symbol, color, background)


def test_reports_write_numbers_as_the_language_does():
    """Ensure a score reads 66,7 in a Spanish report and 66.7 in an English one, as the window."""
    from annotator.services.reports.words import Words

    assert Words("es").number(66.66) == "66,7"
    assert Words("en").number(66.66) == "66.7"


def test_notices_are_in_the_report_language(graded):
    from annotator.services.attempt_reasons import ATTEMPT_REASON

    row = graded.rows[0]
    row.notices = [ATTEMPT_REASON("no_attempts")]
    spanish = unescape(trainee_report(row, graded.key, "es"))
    english = unescape(trainee_report(row, graded.key, "en"))
    assert ATTEMPT_REASON("no_attempts").text("es") in spanish
    assert str(ATTEMPT_REASON("no_attempts")) not in spanish
    assert str(ATTEMPT_REASON("no_attempts")) in english
