"""Feedback reports as self-contained HTML: one per trainee, and one for the class.

The same HTML opens in a browser and becomes a PDF through Qt's
QTextDocument (annotator.gui.pdf), so it keeps to what both render: a
<style> block of element and class selectors, tables with border
attributes, inline colours; no scripts, no images, nothing fetched. Every
piece of text that came from a file (names, notes, quotes, titles, file
names) is escaped: trainees' files are untrusted.

Trainee report: the score and a score card in plain words, the article
with their highlights and a verdict after each, then the feedback with
their misses first (scoring.md §4 order). Class report: the score
distribution, the gradebook, files not graded, and the class overview
(heat map per category, expert passages most missed, frequent extras,
category confusion).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from pathlib import Path

from annotator.core.feedback import FeedbackItem, feedback
from annotator.core.grading import GradeResult, place
from annotator.core.messages import in_language
from annotator.core.overview import EXTRA, MISSED, Overview, overview
from annotator.services.classroom import ClassRow, GradedClass, Key, Problem
from annotator.services.reports.article import (
    SHADES,
    SYMBOL_COLORS,
    SYMBOLS,
    CategoryLook,
    Mark,
    blend,
    heat_article,
    looks,
    marked_article,
)
from annotator.services.reports.feature_sections import class_section, judgement_line
from annotator.services.reports.words import Words

CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
       color: #111111; }
h1 { font-size: 18pt; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 18px; margin-bottom: 6px; color: #1d3557; }
h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 3px; }
p.headline { font-size: 13pt; font-weight: bold; margin-top: 8px; }
p.standfirst { font-weight: bold; color: #333333; }
p.subheading { font-size: 11pt; font-weight: bold; margin-top: 8px; }
p.caption, p.byline { font-size: 9pt; color: #444444; }
p.quote { margin-left: 18px; }
p.para, p.listitem, p.quote { margin-top: 5px; margin-bottom: 5px; font-size: 11pt;
                             line-height: 135%; }
p.headline, p.standfirst, p.subheading, p.caption, p.byline { line-height: 125%; }
p.meta { color: #333333; }
p.score { font-size: 14pt; margin-top: 8px; margin-bottom: 8px; }
p.legend { font-size: 9pt; color: #333333; margin-bottom: 8px; }
p.fb { margin-top: 7px; }
p.note { margin-left: 18px; color: #333333; }
p.small { font-size: 9pt; color: #444444; }
table.grid { border-collapse: collapse; margin-top: 4px; margin-bottom: 6px;
             font-size: 9pt; }
table.grid th { background-color: #e8edf3; font-weight: bold; text-align: left;
                font-size: 8pt; }
table.grid td, table.grid th { border: 1px solid #9aa5b1; padding: 3px; }
td.n { text-align: right; }
td.bar { color: #1d3557; }
"""

_INVISIBLE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
MAX_NAME = 120
MAX_NOTE = 2000
MAX_QUOTE = 240


def clean(text: str | None, limit: int = MAX_NAME) -> str:
    """Untrusted one-line text made safe to show: no direction overrides, bounded, escaped.

    Direction controls could make a name or a file name read as something
    else; they go before escaping.
    """
    flat = " ".join(_INVISIBLE.sub("", text or "").split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return escape(flat)


def _page(title: str, language: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(language)}"><head><meta charset="utf-8">\n'
        f"<title>{clean(title)}</title>\n<style>{CSS}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def _table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: Sequence[int] = (),
    widths: Sequence[int] = (),
) -> str:
    """A full-width bordered table; cells are HTML already (escaped before).

    ``numeric`` columns align right; ``widths`` are percentages per column
    (Qt otherwise squeezes a long text column and breaks words).
    """
    out = ['<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">',
           "<tr>"]
    out += [f'<th width="{widths[i]}%">{h}</th>' if i < len(widths) else f"<th>{h}</th>"
            for i, h in enumerate(head)]
    out.append("</tr>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            css = ' class="n" align="right"' if i in numeric else ""
            out.append(f"<td{css}>{cell}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _scheme(words: Words, key: Key) -> str:
    return (f"{words['scheme']}: {escape(words['schemes.' + key.scheme])}, "
            f"{words['pass_mark']} {words.number(key.pass_mark, 0)}")


def exercise_title(key: Key) -> str:
    """The exercise's title; a key file has none, so its exercise id."""
    if key.exercise is not None:
        return key.exercise.title
    return key.key_file.exercise if key.key_file is not None else Path(key.name).stem


def _short(quote: str, limit: int = MAX_QUOTE) -> str:
    flat = " ".join(quote.split())
    if len(flat) > limit:
        half = (limit - 1) // 2
        flat = f"{flat[:half]}…{flat[-half:]}"
    return f"«{escape(flat)}»"


def _symbol(verdict: str, number: int | str = "") -> str:
    symbol = SYMBOLS.get(verdict, "·")
    return (f'<b style="color:{SYMBOL_COLORS.get(symbol, "#333333")}">'
            f"{symbol}{number}</b>")


# ------------------------------------------------------------ trainee report


def trainee_report(row: ClassRow, key: Key, language: str = "es") -> str:
    """One trainee's feedback report: score card, article with verdicts, feedback."""
    words = Words(language)
    result = row.result
    tagset = key.exercise.tagset if key.exercise is not None else None
    look = looks(list(result.categories), tagset, words.language)
    items = feedback(result, words.language, tagset)
    numbers = _numbers(items)
    body = [
        f"<h1>{words['trainee_title']}</h1>",
        f'<p class="meta"><b>{words["exercise"]}:</b> {clean(exercise_title(key))}<br/>'
        f'<b>{words["trainee"]}:</b> {clean(row.label())}<br/>'
        f'<b>{words["file"]}:</b> {clean(Path(row.file).name)}<br/>'
        f"{_scheme(words, key)}</p>",
        _score_line(words, result),
        _attempts_line(words, row),
        judgement_line(words, result),
        f"<h2>{words['scorecard']}</h2>",
        _score_card(words, result, look),
        f"<h2>{words['article']}</h2>",
    ]
    if key.exercise is not None:
        body.append(_legend(words, look))
        body.append("<hr/>" + marked_article(key.exercise.article, _marks(result, numbers),
                                             look) + "<hr/>")
    else:
        body.append(f'<p class="small">{words["no_article"]}</p>')
    body.append(f"<h2>{words['feedback']}</h2>")
    body.append(_feedback(words, items, look, row))
    if result.decisions:
        body.append(f"<h2>{words['decisions']}</h2>")
        body.append(_decisions(words, result, numbers))
    if row.notices:
        body.append(f"<h2>{words['notices']}</h2>")
        body.append("".join(f'<p class="small">{clean(in_language(n, words.language), 400)}</p>'
                             for n in row.notices))
    return _page(f"{words['trainee_title']}: {row.label()}", words.language, "\n".join(body))


def _score_line(words: Words, result: GradeResult) -> str:
    verdict = words["passed"] if result.passed else words["failed"]
    mark = "✓" if result.passed else "✗"
    before = ""
    if result.decisions and result.score_before_decisions is not None:
        before = (f'<br/><span style="font-size:10pt">{words["before_decisions"]}: '
                  f"{words.number(result.score_before_decisions)}</span>")
    return (f'<p class="score"><b>{words["score"]}: {words.number(result.score)} '
            f'{words["of_100"]}</b> — {mark} {verdict}<br/>'
            f'<span style="font-size:10pt">{words["precision"]} '
            f"{words.percent(result.total.precision)} · {words['recall']} "
            f"{words.percent(result.total.recall)} · F1 {words.percent(result.total.f1)}"
            f"</span>{before}</p>")


def _decisions(words: Words, result: GradeResult, numbers: dict[tuple[str, str], int]) -> str:
    """scoring.md §9: every decision applied, beside the number of the verdict it changed."""
    out = [f'<p class="small">{words["decisions_intro"]}</p>']
    for decision in result.decisions:
        target = ("key", decision.key) if decision.key else ("annotation", decision.annotation)
        number = numbers.get(target, "") if target[1] else ""
        comment = f": «{clean(decision.comment, MAX_NOTE)}»" if decision.comment else ""
        out.append(f'<p class="fb"><b>{number}</b> {words["decision." + decision.kind]} '
                   f'({words["decision_by"]} {clean(decision.by)}){comment}</p>')
    return "\n".join(out)


def _attempts_line(words: Words, row: ClassRow) -> str:
    """Every attempt's score, the gain and what was graded (attempts.md); "" with none."""
    history = row.history
    if history is None or not history.scores:
        return ""
    parts = [words["attempt_n"].format(n=n, at=clean(at.replace("T", " ").rstrip("Z"), 40),
                                       score=words.number(score))
             for n, score, at in history.scores]
    gain = history.gain
    if gain is not None:
        parts.append(f"{words['gain']} {'+' if gain > 0 else ''}{words.number(gain)}")
    return (f'<p><b>{words["attempts"]}:</b> {" · ".join(parts)}<br/>'
            f'<span class="small">{words["graded_attempt." + row.attempt]}</span></p>')


def _numbers(items: Sequence[FeedbackItem]) -> dict[tuple[str, str], int]:
    """Each feedback item's number, found by its key span or (an extra) by its annotation."""
    numbers = {}
    for number, item in enumerate(items, start=1):
        if item.key is not None:
            numbers[("key", item.key)] = number
        else:
            numbers[("annotation", item.annotation)] = number
    return numbers


def _marks(result: GradeResult, numbers: dict[tuple[str, str], int]) -> list[Mark]:
    marks = []
    for o in result.annotation_outcomes:
        span = o.annotation
        if span.orphaned:
            continue
        if o.verdict != "extra" and o.key is not None:
            number = numbers.get(("key", o.key.id), "")
        else:
            number = numbers.get(("annotation", o.duplicate_of or span.id), "")
        marks.append(Mark(span.start, span.end, span.category, o.verdict,
                          f"{SYMBOLS[o.verdict]}{number}"))
    for o in result.key_outcomes:
        if o.verdict == "missed" and not o.key.orphaned:
            number = numbers.get(("key", o.key.id), "")
            marks.append(Mark(o.key.start, o.key.end, o.key.category, "missed",
                              f"{SYMBOLS['missed']}{number}", missed=True))
    return marks


def _tally(result: GradeResult, category: str) -> dict[str, int]:
    counts = dict.fromkeys(("found", "partial", "wrong-category", "missed", "extra"), 0)
    for o in result.key_outcomes:
        if o.key.category == category and o.verdict in counts:
            counts[o.verdict] += 1
    for o in result.annotation_outcomes:
        if o.verdict == "extra" and o.duplicate_of is None and o.annotation.category == category:
            counts["extra"] += 1
    return counts


def _card_sentence(words: Words, label: str, measures, counts: dict[str, int]) -> str:
    """One category in plain words: what was found, and whether the highlights were right.

    A category whose highlights were all on the expert's list but not all
    inside the expert's passages (precision under 100) says so, instead of
    a plain "all were on the list" beside a lower figure.
    """
    keys, spans = measures.key_spans, measures.annotations
    if keys:
        found = counts["found"] + counts["partial"]
        text = words["card_found"].format(
            label=label, found=found, keys=f"{keys} {words.plural('passage', keys)}",
            exact=f"{counts['found']} {words.plural('exact', counts['found'])}",
            partial=counts["partial"])
        if counts["wrong-category"]:
            text += words["card_other"].format(n=counts["wrong-category"])
    else:
        text = words["card_none"].format(label=label)
    if not spans:
        tail = words["card_no_marks"]
    elif counts["extra"]:
        if spans == 1:
            template = "card_extra_one"
        elif counts["extra"] == 1:
            template = "card_extra_single"
        else:
            template = "card_extra"
        tail = words[template].format(extras=counts["extra"],
                                      spans=f"{spans} {words.plural('mark', spans)}")
    else:
        tail = words["card_no_extra_one" if spans == 1 else "card_no_extra"].format(spans=spans)
        if keys and measures.precision < 1:
            tail += words["card_wider_one" if spans == 1 else "card_wider"]
    return f"{text}. {tail[0].upper()}{tail[1:]}."


def lead_sentence(words: Words, result: GradeResult) -> str:
    """The whole result in one plain sentence, before any figure.

    "You found 13 of the 18 passages the expert marked; 2 of your 17
    highlights were not on the expert's list." Found counts the passages
    found exactly or in part; the passages are the required ones.
    """
    totals = dict.fromkeys(("found", "partial", "extra"), 0)
    for category in result.categories:
        counts = _tally(result, category)
        for name in totals:
            totals[name] += counts[name]
    keys, spans = result.total.key_spans, result.total.annotations
    found = totals["found"] + totals["partial"]
    head = words["lead_one_key" if keys == 1 else "lead"].format(found=found, keys=keys)
    if not spans:
        tail = words["lead_no_marks"]
    elif totals["extra"]:
        tail = words["lead_extra_single" if totals["extra"] == 1 else "lead_extra"].format(
            extras=totals["extra"], spans=f"{spans} {words.plural('mark', spans)}")
    else:
        tail = words["lead_no_extra"]
    return f"{head}; {tail}."


def _score_card(words: Words, result: GradeResult, look: dict[str, CategoryLook]) -> str:
    sentences, rows = [], []
    totals = dict.fromkeys(("found", "partial", "wrong-category", "missed", "extra"), 0)
    for category, measures in result.categories.items():
        counts = _tally(result, category)
        for name in totals:
            totals[name] += counts[name]
        label = clean(look[category].label)
        sentences.append(f"<p>{_card_sentence(words, label, measures, counts)}</p>")
        rows.append(_card_row(words, label, measures, counts))
    rows.append(_card_row(words, f"<b>{words['total']}</b>", result.total, totals))
    head = [words["category"], words["found_col"], words["partial_col"], words["other_col"],
            words["missed_col"], words["yours_col"], words["extra_col"],
            f"{words['precision_short']} %", f"{words['recall_short']} %", "F1 %"]
    lead = f"<p><b>{lead_sentence(words, result)}</b></p>"
    return lead + "".join(sentences) + _table(head, rows, numeric=range(1, 10),
                                       widths=(16, 10, 9, 10, 10, 8, 10, 9, 9, 9))


def _card_row(words: Words, label: str, measures, counts: dict[str, int]) -> list[str]:
    keys = measures.key_spans
    found = counts["found"] + counts["partial"]
    figures = ([_pct(words, measures.precision), _pct(words, measures.recall),
                _pct(words, measures.f1)] if keys or measures.annotations else ["—"] * 3)
    return [label, f"{found} / {keys}" if keys else "—", str(counts["partial"]),
            str(counts["wrong-category"]), str(counts["missed"]), str(measures.annotations),
            str(counts["extra"]), *figures]


def _pct(words: Words, ratio: float) -> str:
    """A percentage without its sign, for table cells under a header that says %."""
    return words.number(100 * ratio)


def _legend(words: Words, look: dict[str, CategoryLook]) -> str:
    categories = " · ".join(
        f'<span style="background-color:{blend(c.color, 0.3)}">'
        f"<b>{escape(c.opening)}</b> {clean(c.label)} <b>{escape(c.closing)}</b></span>"
        for c in look.values())
    verdicts = " · ".join(
        f"{_symbol(v)} {words['v.' + v]}"
        for v in ("found", "partial", "wrong-category", "extra", "optional", "missed"))
    return (f'<p class="legend"><b>{words["legend_spans"]}:</b> {categories} · '
            f"<b>⟦</b> <u>{words['legend_missed']}</u> <b>⟧</b><br/>"
            f"<b>{words['legend_after']}:</b> {verdicts}; {words['legend_number']}.</p>")


_GROUPS = {"missed": 0, "partial": 1, "wrong-category": 1, "extra": 2, "found": 3,
           "optional": 3, "accepted": 3, "excused": 3}


def _feedback(words: Words, items: Sequence[FeedbackItem], look: dict[str, CategoryLook],
              row: ClassRow) -> str:
    notes = {a.id: a.note for a in row.submission.annotations if a.note}
    out, group = [], None
    for number, item in enumerate(items, start=1):
        if _GROUPS[item.verdict] != group:
            group = _GROUPS[item.verdict]
            count = sum(1 for i in items if _GROUPS[i.verdict] == group)
            out.append(f"<h3>{words[f'group.{group}']} ({count})</h3>")
        verdict = item.verdict
        label = clean(look[item.category].label) if item.category in look else clean(
            item.category)
        parts = [f'<p class="fb">{_symbol(verdict, number)}&nbsp; <b>{label}</b> · '
                 f"{words['v.' + verdict]} — {_short(item.quote)}<br/>"
                 f"{escape(item.sentence)}"]
        if item.explanation:
            parts.append(f"<br/><i>{words['expert']}:</i> {escape(item.explanation)}")
        parts.append("</p>")
        note = notes.get(item.annotation) if item.annotation else None
        if note:
            text = "<br/>".join(clean(line, MAX_NOTE) for line in note.splitlines()[:20])
            parts.append(f'<p class="note"><i>{words["your_note"]}:</i> {text}</p>')
        out.append("".join(parts))
    return "\n".join(out) if out else f"<p>{words['none']}</p>"


# -------------------------------------------------------------- class report


def class_report(
    graded: GradedClass, view: Overview | None = None, language: str = "es", top: int = 10
) -> str:
    """The class report: results, gradebook, files not graded, and the class overview."""
    words = Words(language)
    key, rows = graded.key, graded.rows
    if view is None:
        view = overview([r.result for r in rows], graded.categories)
    tagset = key.exercise.tagset if key.exercise is not None else None
    look = looks(view.categories, tagset, words.language)
    body = [
        f"<h1>{words['class_title']}</h1>",
        f'<p class="meta"><b>{words["exercise"]}:</b> {clean(exercise_title(key))}<br/>'
        f'<b>{words["key"]}:</b> {clean(Path(key.name).name)} · {_scheme(words, key)}<br/>'
        f"<b>{len(rows)}</b> {words['graded']} · <b>{view.scores.passed}</b> "
        f"{words['passed_n']} · <b>{len(graded.problems)}</b> "
        f"{words.plural('not_graded', len(graded.problems))}</p>",
        f"<h2>{words['results']}</h2>",
        _distribution(words, view),
        f"<h2>{words['gradebook']}</h2>",
        _gradebook(words, rows, view.categories, look),
    ]
    if graded.problems:
        body += [f"<h2>{words['problems']}</h2>", _problems(words, graded.problems)]
    if graded.decision_notices:
        body += [f"<h2>{words['decision_notices']}</h2>", "".join(
            f'<p class="small">{clean(in_language(n, words.language), 400)}'
            "</p>" for n in graded.decision_notices)]
    body += [f"<h2>{words['most_missed']}</h2>", _most_missed(words, view, look, top)]
    body += [f"<h2>{words['frequent_extras']}</h2>",
             f'<p class="small">{words["frequent_extras_intro"]}</p>',
             _extras(words, view, look, top)]
    body += [f"<h2>{words['confusion']}</h2>",
             f'<p class="small">{words["confusion_intro"]}</p>', _confusion(words, view, look)]
    body.append(class_section(words, key.spans, [r.result for r in rows], tagset, _table,
                              _short))
    body += [f'<h2 style="page-break-before: always">{words["heatmap"]}</h2>',
             _heat(words, key, view, look)]
    return _page(f"{words['class_title']}: {exercise_title(key)}", words.language, "\n".join(body))


def _distribution(words: Words, view: Overview) -> str:
    scores = view.scores
    if not view.trainees:
        return f"<p>{words['nobody']}</p>"
    summary = (f"<p>{words['mean']} <b>{words.number(scores.mean)}</b> · {words['median']} "
               f"<b>{words.number(scores.median)}</b> · {words['lowest']} "
               f"{words.number(scores.lowest)} · {words['highest']} "
               f"{words.number(scores.highest)}</p>")
    widest = max(scores.bands) or 1
    rows = []
    for index in range(len(scores.bands) - 1, -1, -1):
        count = scores.bands[index]
        bar = "█" * round(30 * count / widest) if count else ""
        rows.append([scores.band_label(index), str(count), f'<span style="color:#1d3557">'
                     f"{bar}</span>"])
    return summary + _table([words["band"], words["trainees"], ""], rows, numeric=(1,),
                            widths=(14, 14, 72))


def _gradebook(words: Words, rows: Sequence[ClassRow], categories: Sequence[str],
               look: dict[str, CategoryLook]) -> str:
    if not rows:
        return f"<p>{words['nobody']}</p>"
    # First / Last / Gain when anyone handed in (attempts.md), in place of precision.
    attempts = any(r.history is not None and r.history.scores for r in rows)
    middle = ([words["first_col"], words["last_col"], words["gain"]] if attempts
              else [f"{words['precision_short']} %", f"{words['recall_short']} %"])
    head = [words["trainee"], words["score"], "", *middle, words["misses_col"],
            words["extras_col"], *(f"F1 % {clean(look[c].label)}" for c in categories)]
    table = []
    for row in sorted(rows, key=lambda r: r.label().casefold()):  # the order of a class list
        mark = _symbol("found") if row.passed else _symbol("missed")
        cells = (_attempt_cells(words, row) if attempts
                 else [_pct(words, row.precision), _pct(words, row.recall)])
        score = words.number(row.score)
        if row.result.decisions:  # ✎: decided by the instructor (§9); the score before, too
            before = row.result.score_before_decisions
            score += f" ✎ ({words.number(before if before is not None else row.score)})"
        table.append([
            clean(row.label()), score, mark, *cells,
            str(row.misses), str(row.extras),
            *(_pct(words, row.f1_by_category[c]) if c in row.f1_by_category else "—"
              for c in categories),
        ])
    widths = [18, 8, 3, *([6, 6, 6] if attempts else [8, 8]), 10, 9]
    rest = (100 - sum(widths)) // max(1, len(categories))
    note = ""
    if any(row.result.decisions for row in rows):
        note = f'<p class="small">{words["decided_note"]}</p>'
    return _table(head, table, numeric=[1, *range(3, len(head))],
                  widths=widths + [rest] * len(categories)) + note


def _attempt_cells(words: Words, row: ClassRow) -> list[str]:
    history = row.history
    if history is None or not history.scores:
        return ["—", "—", "—"]
    gain = history.gain
    gain_text = "—" if gain is None else ("+" if gain > 0 else "") + words.number(gain)
    return [words.number(history.scores[0][1]), words.number(history.scores[-1][1]), gain_text]


def _problems(words: Words, problems: Sequence[Problem]) -> str:
    return _table([words["file"], words["reason"]],
                  [[clean(Path(p.file).name), clean(in_language(p.reason, words.language), 400)]
                   for p in problems],
                  widths=(30, 70))


def _share(words: Words, count: int, total: int) -> str:
    return f"{count} ({words.percent(count / total, 0)})" if total else str(count)


def _most_missed(words: Words, view: Overview, look: dict[str, CategoryLook], top: int) -> str:
    tallies = [t for t in view.key_spans if t.missed][:top]
    if not tallies:
        return f"<p>{words['none']}</p>"
    rows = [[str(i), clean(look[t.span.category].label), _short(t.span.quote, 140),
             _share(words, t.missed, view.trainees), str(t.partial), str(t.wrong_category),
             str(t.found)] for i, t in enumerate(tallies, start=1)]
    head = ["#", words["category"], words["passage_col"], words["missed_col"],
            words["partial_col"], words["other_col"], words["found_col"]]
    return _table(head, rows, numeric=(0, 3, 4, 5, 6), widths=(4, 13, 44, 11, 9, 10, 9))


def _extras(words: Words, view: Overview, look: dict[str, CategoryLook], top: int) -> str:
    extras = [e for e in view.extras if e.trainees > 1][:top]
    if not extras:
        return f"<p>{words['no_extras']}</p>"
    rows = [[clean(look[e.category].label), _short(e.quote, 140),
             _share(words, e.trainees, view.trainees)] for e in extras]
    return _table([words["category"], words["passage_col"], words["trainees"]], rows,
                  numeric=(2,), widths=(16, 70, 14))


def _confusion(words: Words, view: Overview, look: dict[str, CategoryLook]) -> str:
    table = view.confusion

    def name(category: str) -> str:
        if category == MISSED:
            return words["missed_head"]
        if category == EXTRA:
            return words["extra_head"]
        return clean(look[category].label)

    rows = []
    for expert in table.rows:
        cells = [f"<b>{name(expert)}</b>"]
        for trainee in table.columns:
            value = str(table.cell(expert, trainee)) if (expert, trainee) != (EXTRA, MISSED) \
                else ""
            cells.append(f"<b>{value}</b>" if expert == trainee else value)
        rows.append(cells)
    head = [words["expert_row"], *(name(c) for c in table.columns)]
    return _table(head, rows, numeric=range(1, len(head)))


def _heat(words: Words, key: Key, view: Overview, look: dict[str, CategoryLook]) -> str:
    if key.exercise is None:
        return f'<p class="small">{words["no_article"]}</p>'
    out = [f'<p class="small">{words["heatmap_intro"]}</p>']
    trainees = max(view.trainees, 1)
    for number, category in enumerate(view.categories):
        style = look[category]
        trimmed = (place(s) for s in key.spans if s.category == category and s.required)
        spans = [(s.start, s.end) for s in trimmed if s is not None and not s.orphaned]
        steps = " ".join(
            f'<span style="background-color:{blend(style.color, shade)}">&nbsp;'
            f"{20 * i}–{20 * i + 20}&nbsp;%&nbsp;</span>" for i, shade in enumerate(SHADES))
        breaking = ' style="page-break-before: always"' if number else ""
        out.append(f"<h3{breaking}>{clean(style.label)}</h3>")
        out.append(f'<p class="legend">{steps} {words["shade"]}</p>')
        out.append("<hr/>" + heat_article(key.exercise.article,
                                          view.coverage.get(category, []), trainees, spans,
                                          style.color) + "<hr/>")
    return "\n".join(out)
