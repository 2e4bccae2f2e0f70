"""The exercise being authored: block edits, re-anchoring the key, tagset rules, documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core import authoring as a
from annotator.core.model import Block, KeySpan
from annotator.core.tagset import SAFE_PALETTE, default_tagset
from annotator.services.html_import import import_html, read_page
from annotator.xmlio.readers import read_exercise
from annotator.xmlio.writers import save, to_bytes

PAGES = Path(__file__).parent.parent / "services" / "html"


def make_draft(*texts: str, key: list[tuple[str, str]] = ()) -> a.Draft:
    """A draft over paragraphs; ``key`` gives (category, quote) spans at first occurrences."""
    blocks = [Block(kind="paragraph", text=t) for t in texts]
    draft = a.Draft(a.Details(id="ex", title="Ex"), blocks, default_tagset().categories)
    for category, quote in key:
        start = draft.text.index(quote)
        draft.key.add(draft.key.new_span(category, start, start + len(quote)))
    return draft


def quotes(draft: a.Draft) -> dict[str, str]:
    return {s.id: s.quote for s in draft.key.annotations}


def assert_placed_or_orphaned(draft: a.Draft) -> None:
    for span in draft.key.annotations:
        assert span.orphaned or draft.text[span.start:span.end] == span.quote, span


# ------------------------------------------------------------------ ids and import


def test_slug_id_makes_ascii_ncnames_from_titles():
    assert a.slug_id("Atribución sin fuente") == "atribucion-sin-fuente"
    assert a.slug_id("2024: año récord") == "x-2024-ano-record"
    assert a.slug_id("¿¡!?") == "exercise"
    assert len(a.slug_id("palabra " * 40)) <= a.MAX_ID_LENGTH


def test_a_draft_from_an_html_page_is_a_valid_exercise_without_key():
    """Ensure the import the CLI uses gives a draft whose exercise passes the schema."""
    imported = import_html(read_page(PAGES / "harbour-council.en.html"))
    draft = a.Draft.from_article(
        imported.article, imported.title, imported.source, imported.language
    )
    assert draft.details.id == "council-approves-harbour-car-park-despite-residents-petition"
    assert draft.details.publisher == "The Harbour Ledger"
    assert draft.details.language == "en"
    exercise = draft.to_exercise()
    assert exercise.key == []
    assert b"<block kind=\"headline\">" in to_bytes(exercise)
    assert draft.student_copy().key is None


def test_copy_of_an_exercise_gets_a_new_id_and_keeps_the_key(first_exercise_path):
    exercise = read_exercise(first_exercise_path).document
    draft = a.Draft.copy_of(exercise)
    assert draft.details.id == "putin-kim-alaska-copy"
    assert len(draft.key) == 32
    assert draft.to_exercise().article == exercise.article


def test_details_are_checked_before_writing():
    draft = make_draft("Uno dos.")
    draft.set_details(a.Details(id="1 bad id", title="T"))
    with pytest.raises(a.AuthoringError, match="not a valid exercise id"):
        draft.to_exercise()
    draft.set_details(a.Details(id="ok", title="   "))
    with pytest.raises(a.AuthoringError, match="needs a title"):
        draft.to_exercise()
    draft.set_details(a.Details(id="ok", title=" A  title\x00 ", publisher=" P "))
    exercise = draft.to_exercise()
    source = exercise.source
    assert (exercise.title, source.publisher, source.url) == ("A title", "P", None)


# ------------------------------------------------------------------ block edits


def test_editing_a_block_shifts_later_spans_and_keeps_earlier_ones():
    draft = make_draft("El Kremlin dijo algo.", "Luego habló Kim.",
                       key=[("attribution", "El Kremlin"), ("claim", "habló Kim")])
    edit = a.edit_block(draft, 0, "El Kremlin dijo algo muy largo.")
    draft.apply(edit)
    assert_placed_or_orphaned(draft)
    assert quotes(draft) == {"k1": "El Kremlin", "k2": "habló Kim"}
    assert edit.placements == ()


def test_a_typo_fixed_inside_a_span_adjusts_its_quote_and_says_so():
    draft = make_draft("Según la Presidensia rusa, todo bien.",
                       key=[("attribution", "Según la Presidensia rusa")])
    edit = a.edit_block(draft, 0, "Según la Presidencia rusa, todo bien.")
    draft.apply(edit)
    assert quotes(draft) == {"k1": "Según la Presidencia rusa"}
    assert [(p.span_id, p.what) for p in edit.placements] == [("k1", "adjusted")]


def test_deleting_a_spans_words_orphans_it_and_bringing_them_back_places_it_again():
    """Ensure a span whose quote is gone is kept and flagged, never dropped."""
    draft = make_draft("Primero.", "El Kremlin dijo algo.", key=[("attribution", "Kremlin dijo")])
    edit = a.edit_block(draft, 1, "Otra frase.")
    draft.apply(edit)
    (span,) = draft.key.annotations
    assert span.orphaned and span.quote == "Kremlin dijo"
    assert [p.what for p in edit.placements] == ["orphaned"]
    assert edit.orphaned == [span]
    assert "1 key spans are not placed in the text" in draft.problems()
    back = a.edit_block(draft, 1, "Ayer el Kremlin dijo algo.")
    draft.apply(back)
    (span,) = draft.key.annotations
    assert not span.orphaned and draft.text[span.start:span.end] == "Kremlin dijo"
    assert [p.what for p in back.placements] == ["found"]


def test_a_span_whose_quote_occurs_twice_is_reported_when_re_anchored():
    draft = make_draft("dijo el Kremlin y el Kremlin calló.",
                       key=[("attribution", "dijo el Kremlin")])
    edit = a.edit_block(draft, 0, "ayer dijo el Kremlin y el Kremlin calló.")
    draft.apply(edit)
    assert quotes(draft) == {"k1": "dijo el Kremlin"}
    assert edit.placements == ()  # a pure shift is not news
    replaced = a.edit_block(draft, 0, "el Kremlin y el Kremlin calló.")
    draft.apply(replaced)
    assert draft.key.at(0).orphaned


def test_split_merge_delete_insert_move_and_kind_keep_every_span():
    draft = make_draft("Uno dos tres. Cuatro cinco.", "Seis siete.", "Ocho.",
                       key=[("claim", "dos tres"), ("claim", "Cuatro"), ("framing", "siete")])
    for plan in (
        lambda: a.split_block(draft, 0, len("Uno dos tres.")),
        lambda: a.merge_with_next(draft, 1),
        lambda: a.set_block_kind(draft, 0, "headline"),
        lambda: a.insert_block(draft, 0, "standfirst", "  Nuevo\n texto  "),
        lambda: a.move_block(draft, 0, 2),
        lambda: a.delete_block(draft, 3),
    ):
        draft.apply(plan())
        assert_placed_or_orphaned(draft)
        assert sorted(quotes(draft).values()) == ["Cuatro", "dos tres", "siete"]
    assert [b.kind for b in draft.blocks] == ["headline", "paragraph", "standfirst"]
    assert draft.blocks[2].text == "Nuevo texto"
    assert draft.blocks[1].text == "Cuatro cinco. Seis siete."


def test_block_edits_refuse_what_the_format_forbids():
    draft = make_draft("Solo.")
    for plan, message in (
        (lambda: a.edit_block(draft, 0, " \n "), "cannot be empty"),
        (lambda: a.split_block(draft, 0, 0), "one side is empty"),
        (lambda: a.merge_with_next(draft, 0), "nothing after it"),
        (lambda: a.delete_block(draft, 0), "at least one block"),
        (lambda: a.set_block_kind(draft, 0, "banner"), "unknown block kind"),
        (lambda: a.edit_block(draft, 5, "x"), "no block 6"),
    ):
        with pytest.raises(a.AuthoringError, match=message):
            plan()


def test_edited_text_is_normalised_as_the_format_says():
    draft = make_draft("Uno.")
    draft.apply(a.edit_block(draft, 0, "  Cafe\u0301\r\n con\u2028leche\x07 "))
    assert draft.blocks[0].text == "Café con leche"


def test_undo_of_an_edit_restores_blocks_and_spans_exactly():
    draft = make_draft("El Kremlin dijo algo.", key=[("attribution", "El Kremlin")])
    before = (draft.blocks, draft.key.annotations)
    edit = a.edit_block(draft, 0, "Nada que ver.")
    draft.apply(edit)
    draft.apply(edit, undo=True)
    assert (draft.blocks, draft.key.annotations) == before


# ------------------------------------------------------------------ key spans


def test_key_span_ids_are_never_reused_and_placing_by_hand_clears_an_orphan():
    draft = make_draft("Uno dos tres cuatro.")
    first = draft.key.new_span("claim", 0, 3)
    draft.key.add(first)
    draft.key.remove(first.id)
    second = draft.key.new_span("claim", 4, 7)
    assert second.id == "k2"
    draft.key.add(second)
    draft.key.replace_all([second.model_copy(update={"orphaned": True})])
    change = draft.key.update("k2", start=8, end=12)
    assert (change.annotation.quote, change.annotation.orphaned) == ("tres", False)


def test_key_span_updates_clean_explanations_and_refuse_unknown_categories():
    draft = make_draft("Uno dos.", key=[("claim", "Uno")])
    draft.key.update("k1", explanations={"es": "  Porque sí. ", "en": "  "}, required=False)
    span = draft.key.get("k1")
    assert (span.explanations, span.required) == ({"es": "Porque sí."}, False)
    with pytest.raises(a.AuthoringError, match="unknown category"):
        draft.key.update("k1", category="opinion")
    with pytest.raises(a.AuthoringError, match="not inside the text"):
        draft.key.new_span("claim", 3, 3)


# ------------------------------------------------------------------ tagset


def test_a_new_category_takes_the_next_safe_colour_and_free_digit():
    draft = make_draft("Uno.")
    edit = a.add_category(draft, {"es": "Lenguaje cargado", "en": "Loaded language"})
    draft.apply(edit)
    new = draft.categories[-1]
    assert (new.id, new.color, new.shortcut) == ("loaded-language", SAFE_PALETTE[3], "4")
    draft.apply(a.add_category(draft, {"en": "Loaded language"}))
    assert draft.categories[-1].id == "loaded-language-2"


def test_removing_a_used_category_needs_confirmation_and_names_the_count():
    draft = make_draft("Uno dos tres.", key=[("framing", "Uno"), ("framing", "dos"),
                                            ("claim", "tres")])
    with pytest.raises(a.CategoryInUse) as refused:
        a.remove_category(draft, "framing")
    assert refused.value.count == 2
    edit = a.remove_category(draft, "framing", confirmed=True)
    draft.apply(edit)
    assert [c.id for c in draft.categories] == ["claim", "attribution"]
    assert quotes(draft) == {"k3": "tres"}
    draft.apply(edit, undo=True)
    assert len(draft.key) == 3 and draft.category("framing") is not None


def test_renaming_a_category_carries_its_key_spans():
    draft = make_draft("Uno dos.", key=[("framing", "Uno")])
    draft.apply(a.rename_category(draft, "framing", "encuadre"))
    assert draft.key.get("k1").category == "encuadre"
    with pytest.raises(a.AuthoringError, match="already a category"):
        a.rename_category(draft, "claim", "attribution")
    with pytest.raises(a.AuthoringError, match="not a valid category id"):
        a.rename_category(draft, "claim", "1claim")


def test_tagset_refusals_duplicate_keys_last_category_bad_colour_no_label():
    draft = make_draft("Uno.")
    with pytest.raises(a.AuthoringError, match="already the shortcut of 'Claim'"):
        a.update_category(draft, "framing", shortcut="1")
    with pytest.raises(a.AuthoringError, match="not a colour"):
        a.update_category(draft, "framing", color="red")
    with pytest.raises(a.AuthoringError, match="needs a label"):
        a.update_category(draft, "framing", labels={"es": " "})
    with pytest.raises(a.AuthoringError, match="single key"):
        a.update_category(draft, "framing", shortcut="ab")
    for cid in ("claim", "attribution"):
        draft.apply(a.remove_category(draft, cid))
    with pytest.raises(a.AuthoringError, match="at least one category"):
        a.remove_category(draft, "framing")


def test_category_updates_labels_colour_key_and_order():
    draft = make_draft("Uno.")
    draft.apply(a.update_category(
        draft, "framing", labels={"es": "Marco", "en": "Frame"}, color="#56B4E9", shortcut=None,
        descriptions={"es": "Cómo se cuenta."},
    ))
    framing = draft.category("framing")
    assert (framing.label("en"), framing.color, framing.shortcut) == ("Frame", "#56b4e9", None)
    draft.apply(a.move_category(draft, "framing", -2))
    assert [c.id for c in draft.categories] == ["framing", "claim", "attribution"]


# ------------------------------------------------------------------ documents


def test_saved_exercise_student_copy_and_key_file_read_back(tmp_path):
    draft = make_draft("El Kremlin dijo algo.", key=[("attribution", "El Kremlin")])
    draft.key.update("k1", explanations={"es": "Fuente única."})
    save(draft.to_exercise(), tmp_path / "ex.exercise.xml")
    save(draft.student_copy(), tmp_path / "ex.student.exercise.xml")
    save(draft.key_file(), tmp_path / "ex.key.xml")
    loaded = read_exercise(tmp_path / "ex.exercise.xml")
    assert loaded.repairs == [] and loaded.document.key[0].explanations == {"es": "Fuente única."}
    assert read_exercise(tmp_path / "ex.student.exercise.xml").document.key is None
    assert b"<quote>El Kremlin</quote>" in (tmp_path / "ex.key.xml").read_bytes()
    summary = a.summary(draft)
    assert (summary.key_spans, summary.unexplained, summary.problems) == (1, 0, [])


# ------------------------------------------------------------------ properties

WORDS = st.sampled_from(["el", "Kremlin", "dijo", "sí", "é", "😀", "a", "ab", "«x»", "Kim-un"])
BLOCK_TEXT = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)


@st.composite
def drafts(draw):
    texts = draw(st.lists(BLOCK_TEXT, min_size=1, max_size=5))
    draft = make_draft(*texts)
    text = draft.text
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 20)))
        category = draw(st.sampled_from(["claim", "attribution", "framing"]))
        draft.key.add(draft.key.new_span(category, start, end))
    return draft


@st.composite
def edits(draw, draft: a.Draft):
    index = draw(st.integers(0, len(draft.blocks) - 1))
    old = draft.blocks[index].text
    kind = draw(st.sampled_from(["edit", "splice", "split", "merge", "delete", "insert", "kind",
                                 "move"]))
    if kind == "edit":
        return lambda: a.edit_block(draft, index, draw(BLOCK_TEXT))
    if kind == "splice":  # the usual edit: a few characters replaced somewhere in the block
        i = draw(st.integers(0, len(old)))
        j = draw(st.integers(i, min(len(old), i + 6)))
        piece = draw(st.sampled_from(["", "x", " y ", "Kremlin"]))
        return lambda: a.edit_block(draft, index, old[:i] + piece + old[j:])
    if kind == "split":
        return lambda: a.split_block(draft, index, draw(st.integers(0, len(old))))
    if kind == "merge":
        return lambda: a.merge_with_next(draft, index)
    if kind == "delete":
        return lambda: a.delete_block(draft, index)
    if kind == "insert":
        return lambda: a.insert_block(draft, index, "quote", draw(BLOCK_TEXT))
    if kind == "move":
        return lambda: a.move_block(draft, index, draw(st.integers(0, len(draft.blocks) - 1)))
    return lambda: a.set_block_kind(draft, index, "caption")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_block_edits_never_drop_a_span_and_every_span_is_placed_or_reported(data):
    """Ensure after any block edit every key span's quote matches its offsets or it is orphaned.

    Also: the same ids, categories and explanations survive, new orphans are
    reported, and undo gives back exactly the blocks and spans from before.
    """
    draft = data.draw(drafts())
    for _ in range(data.draw(st.integers(1, 5))):
        before_blocks, before_key = draft.blocks, draft.key.annotations
        try:
            edit = data.draw(edits(draft))()
        except a.AuthoringError:
            continue
        draft.apply(edit)
        after = {s.id: s for s in draft.key.annotations}
        assert set(after) == {s.id for s in before_key}
        for old in before_key:
            new = after[old.id]
            assert (new.category, new.required, new.explanations) == (
                old.category, old.required, old.explanations)
            if new.orphaned:
                assert new.quote == old.quote
                assert old.orphaned or old.id in {p.span_id for p in edit.placements
                                                  if p.what == "orphaned"}
            else:
                assert draft.text[new.start:new.end] == new.quote
        draft.apply(edit, undo=True)
        assert (draft.blocks, draft.key.annotations) == (before_blocks, before_key)
        draft.apply(edit)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \u00e9😀", max_size=30), st.text(alphabet="ab \u00e9😀", max_size=30),
       st.data())
def test_reanchoring_between_any_two_texts_places_or_reports_every_span(old, new, data):
    """Ensure reanchor_key alone keeps every span, placed by its quote or reported orphaned."""
    if not old:
        return
    spans = []
    for number in range(data.draw(st.integers(0, 4))):
        start = data.draw(st.integers(0, len(old) - 1))
        end = data.draw(st.integers(start + 1, len(old)))
        spans.append(KeySpan(id=f"k{number}", category="claim", start=start, end=end,
                             quote=old[start:end]))
    carried, placements = a.reanchor_key(old, new, spans)
    assert sorted(s.id for s in carried) == sorted(s.id for s in spans)
    orphaned = {p.span_id for p in placements if p.what == "orphaned"}
    for span in carried:
        if span.orphaned:
            assert span.id in orphaned
        else:
            assert new[span.start:span.end] == span.quote


def test_a_plain_text_article_starting_with_a_paragraph_gets_a_short_title():
    """Ensure an article whose first line is a whole paragraph is not titled by all of it."""
    from annotator.core.model import Article

    first = ("El presidente ruso sostuvo este martes una conversación telefónica con uno de "
             "sus principales aliados. La llamada duró una hora, según el Kremlin.")
    article = Article(blocks=[Block(kind="headline", text=first),
                              Block(kind="paragraph", text="Segundo párrafo.")])
    draft = a.Draft.from_article(article)
    assert draft.details.title == ("El presidente ruso sostuvo este martes una conversación "
                                   "telefónica con uno de sus…")
