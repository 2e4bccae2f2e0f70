"""OffsetMap: code points (core, files) <-> UTF-16 positions (Qt), for what is rendered."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from annotator.core.model import Article, Block
from annotator.gui.article_view import build_document
from annotator.gui.offsets import OffsetMap

BLOCKS = ["Hola 😀 mundo", "e\u0301 café ☕ 👩🏽‍🚀", "שלום עולם 123", "fin"]


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_positions_count_utf16_units_and_block_breaks():
    """Ensure each code point maps to the Qt position of the same character."""
    offsets = OffsetMap(BLOCKS)
    text = offsets.text
    for i in range(len(text) + 1):
        assert offsets.to_qt(i) == _utf16(text[:i])
        assert offsets.from_qt(offsets.to_qt(i)) == i


def test_a_position_inside_a_surrogate_pair_is_refused_or_rounded():
    offsets = OffsetMap(["a😀b"])
    with pytest.raises(ValueError):
        offsets.from_qt(2)
    assert offsets.from_qt(2, round_up=False) == 1
    assert offsets.from_qt(2, round_up=True) == 2
    assert offsets.range_from_qt(2, 2) == (1, 2)


def test_offsets_outside_the_text_are_refused():
    offsets = OffsetMap(["abc"])
    with pytest.raises(ValueError):
        offsets.to_qt(4)
    with pytest.raises(ValueError):
        offsets.to_qt(-1)


def test_extra_rendered_positions_between_blocks_are_accounted_for():
    """Ensure a gap in the rendering (a frame edge) shifts later positions, not offsets."""
    offsets = OffsetMap(["ab", "cd"], qt_block_starts=[1, 6])
    assert offsets.to_qt(0) == 1
    assert offsets.to_qt(3) == 6  # "c"
    assert offsets.from_qt(4) == 2  # a gap position goes to the end of the block before
    assert offsets.from_qt(0) == 0


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                        min_size=1, max_size=12), min_size=1, max_size=5))
def test_round_trip_for_any_text(blocks):
    offsets = OffsetMap(blocks)
    for i in range(len(offsets.text) + 1):
        assert offsets.from_qt(offsets.to_qt(i)) == i


def test_the_rendered_document_matches_the_map(qapp):
    """Ensure every block lands where the map says, frames and lists included."""
    article = Article(blocks=[
        Block(kind="headline", text="Título 😀"),
        Block(kind="caption", text="Pie de foto 👩🏽‍🚀"),
        Block(kind="credit", text="(FUENTE)"),
        Block(kind="list-item", text="uno"),
        Block(kind="list-item", text="dos q\u0301 ñ\u0301"),
        Block(kind="paragraph", text="שלום عربي end"),
    ])
    document = QTextDocument()
    starts = build_document(article, document)
    offsets = OffsetMap([b.text for b in article.blocks], starts)
    for number, block in enumerate(article.blocks):
        qt_block = document.findBlock(offsets.to_qt(offsets.block_range(number)[0]))
        assert qt_block.text() == block.text
        assert qt_block.position() == starts[number]
    # The bullets are drawn by the list, not typed into the text.
    assert "•" not in document.toPlainText()
    assert document.findBlock(starts[3]).textList() is not None
