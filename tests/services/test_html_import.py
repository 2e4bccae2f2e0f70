"""HTML import: saved news pages to articles, and hostile pages refused."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.text import block_text_problem
from annotator.services.html_import import MAX_PAGE_BYTES, MAX_TAGS, import_html, read_page
from annotator.services.importer import ImportProblem
from annotator.xmlio.readers import read_exercise

PAGES = Path(__file__).parent / "html"
REPO = Path(__file__).resolve().parents[2]
FIRST_EXERCISE = REPO / "exercises" / "putin-kim-alaska.exercise.xml"


def page(name: str):
    return import_html((PAGES / name).read_bytes())


def kinds_and_texts(result) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in result.article.blocks]


def snippet(body: str, head: str = "", lang: str = "es") -> bytes:
    """A small page around some body markup."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


# ----------------------------------------------------------------- saved pages


def test_wire_story_page_gives_the_first_exercise_block_for_block():
    """Ensure the saved page of the first exercise's story yields its exact blocks and kinds.

    The page has navigation, ads, a figure with an 'Expandir imagen' link, a
    '(FUENTE EXTERNA)' credit, share links, a related-articles aside, comments,
    a cookie banner, a hidden pop-up, scripts and a footer around the story.
    """
    expected = read_exercise(FIRST_EXERCISE).document.article
    result = page("putin-kim-alaska.es.html")
    assert kinds_and_texts(result) == [(b.kind, b.text) for b in expected.blocks]
    assert result.article.sha256 == expected.sha256


def test_wire_story_page_metadata():
    """Ensure title, language and source come from the page's h1, lang and meta tags."""
    result = page("putin-kim-alaska.es.html")
    headline = "Putin conversa con Kim Jong-un sobre venidera cumbre con Trump en Alaska"
    assert result.title == headline
    assert result.language == "es"  # lang="es-DO": the tagset's labels are per language
    assert result.source.publisher == "Diario del Caribe"
    assert result.source.url == (
        "https://diariodelcaribe.example/internacional/2025/08/12/putin-kim-alaska"
    )
    assert result.source.published == "2025-08-12"


def test_wire_story_page_notes_say_what_was_dropped():
    """Ensure the instructor is told about each kind of furniture left out, with an example."""
    notes = "\n".join(page("putin-kim-alaska.es.html").notes)
    for expected in (
        "main-content detector", "web residue (3), e.g. 'Publicidad'", "share buttons",
        "cookie banners", "comments", "asides", "hidden elements", "page headers",
        "above the headline (3), e.g. 'Saltar al contenido'",
    ):
        assert expected in notes


def test_wire_story_page_leaks_no_furniture_into_the_text():
    """Ensure nothing from scripts, ads, banners, navigation or buttons reaches the article."""
    text = page("putin-kim-alaska.es.html").article.text
    for leaked in (
        "Publicidad", "cookies", "Expandir", "Portada", "Noticias relacionadas", "gtag",
        "WhatsApp", "Comentarios", "Leer más", "boletín", "Aceptar", "Buscar", "©",
    ):
        assert leaked not in text


def test_blog_page_without_article_element_finds_the_densest_block():
    """Ensure a classic blog page (site name in the h1, post title in an h2) imports well."""
    result = page("harbour-council.en.html")
    assert kinds_and_texts(result) == [
        ("headline", "Council approves harbour car park despite residents\u2019 petition"),
        ("standfirst", "A 240-space car park will replace the old fish market. Opponents call "
         "the vote \u201ca done deal\u201d."),
        ("byline", "By Dana Whitfield"),
        ("dateline", "March 5, 2024, 9:15 a.m."),
        ("paragraph", "The town council voted five to four on Monday night to approve a "
         "240-space car park on the site of the old fish market, ending a dispute that has "
         "divided the harbour district for more than a year."),
        ("caption", "The old fish market, closed since 2019, on Tuesday morning."),
        ("credit", "Photo: Jamie Ortiz"),
        ("paragraph", "Councillor Ruth Adeyemi, who proposed the plan, said the harbour "
         "\u201ccannot survive on nostalgia\u201d and that shops on Quay Street had lost a third "
         "of their customers since parking was restricted."),
        ("subheading", "A petition ignored?"),
        ("paragraph", "Opponents delivered a petition with 1,312 signatures last month. They "
         "raised three objections:"),
        ("list-item", "the site floods at spring tides;"),
        ("list-item", "no traffic study was published before the vote;"),
        ("list-item", "the market building is listed as of local interest."),
        ("quote", "We were told the decision would wait for the traffic study."),
        ("quote", "It did not wait for anything."),
        ("paragraph", "The council said a traffic study \u201cis not required for a project of "
         "this size\u201d. Work is due to start in June."),
        ("paragraph", "Update, March 6: the council has published the minutes of the meeting."),
        ("paragraph", "Correction: an earlier version of this story gave the number of spaces "
         "as 260."),
    ]
    assert result.language == "en"
    assert result.source.publisher == "The Harbour Ledger"
    assert result.source.published == "2024-03-05"
    notes = "\n".join(result.notes)
    assert "main-content detector" in notes
    assert "web residue (4), e.g. 'Expand image'" in notes
    assert "above the headline (5), e.g. 'The Harbour Ledger'" in notes


def test_windows_1252_page_declared_as_iso_8859_1_decodes_like_a_browser():
    """Ensure a page declaring ISO-8859-1 is read as windows-1252: curly quotes, dashes, euro."""
    raw = (PAGES / "vigo-puerto.es-1252.html").read_bytes()
    assert b"\x93" in raw and b"\x80" in raw  # bytes that only windows-1252 reads as text
    result = import_html(raw)
    assert kinds_and_texts(result)[:7] == [
        ("headline", "El puerto de Vigo cierra el año con récord de tráfico"),
        ("dateline", "Vigo, 28 de diciembre de 2023"),
        ("byline", "Por María López"),
        ("standfirst", "El puerto movió 4,7 millones de toneladas, un 12 % más que en 2022, y "
         "sus ingresos superaron los 30 millones de euros."),
        ("caption", "Grúas en la terminal de contenedores de Bouzas."),
        ("credit", "(EFE)"),
        ("paragraph", "La Autoridad Portuaria de Vigo cerró 2023 con 4,7 millones de toneladas "
         "movidas, según el balance presentado este jueves. El presidente del puerto calificó "
         "el año de \u201chistórico\u201d y atribuyó el aumento a las nuevas rutas con Marruecos "
         "y Portugal."),
    ]
    assert kinds_and_texts(result)[7] == ("subheading", "Ingresos por encima de lo previsto")
    assert "—un 8 % más—" in result.article.text and "2.500 €" in result.article.text
    assert "Leer más" not in result.article.text
    assert result.source.published == "2023-12-28"


def test_regional_news_page_keeps_every_word_of_the_story_and_nothing_else():
    """Ensure a theme-built regional page gives the story as read on screen, checked by hand.

    The page has a menu and a 'Movilidad' kicker above the headline, a dek
    that the description repeats, a link and a span with furniture-like
    classes inside sentences, a section whose id is made from its heading,
    an ad, 'Te puede interesar', tags, share and newsletter boxes, comments,
    'Más leídas' and a cookie bar.
    """
    result = page("carril-bici.es.html")
    assert kinds_and_texts(result) == [
        ("headline", "El Ayuntamiento amplía el carril bici hasta el puerto"),
        ("standfirst", "Las obras, de 1,2 millones de euros, unirán el centro con el muelle "
         "pesquero en cuatro meses y eliminarán 86 plazas de aparcamiento."),
        ("byline", "Por Lucía Ferrer"),
        ("dateline", "12 de agosto de 2025"),
        ("caption", "Obras del primer tramo del carril bici en la avenida del Mar."),
        ("credit", "Foto: Marta Gil"),
        ("paragraph", "El pleno del Ayuntamiento aprobó el martes, con los votos del gobierno "
         "local y la abstención de la oposición, la ampliación del carril bici desde la plaza "
         "Mayor hasta el muelle pesquero. El concejal de Movilidad, Andrés Pons, dijo que el "
         "primer tramo había duplicado el número de ciclistas en un año."),
        ("paragraph", "La oposición se abstuvo porque, según su portavoz, el proyecto olvida a "
         "los comerciantes de la calle del Puerto, que perderán 86 plazas de aparcamiento."),
        ("subheading", "El coste social de las obras"),
        ("paragraph", "Los vecinos del barrio de la Marina temen cuatro meses de ruido y cortes "
         "de tráfico. La asociación vecinal ha pedido que las obras se hagan por tramos y "
         "fuera del horario escolar."),
        ("paragraph", "«No estamos en contra del carril bici, estamos en contra de que nadie "
         "nos haya preguntado», dijo su presidenta, Carmen Ruiz."),
        ("paragraph", "El Ayuntamiento calcula que las obras empezarán en septiembre y "
         "terminarán antes de Navidad."),
    ]
    assert result.source.published == "2025-08-12"
    notes = "\n".join(result.notes)
    for expected in (
        "above the headline (5), e.g. 'Local'", "share buttons (1), e.g. 'Facebook X WhatsApp'",
        "related articles (3), e.g. 'Te puede interesar'", "tag lists", "comments",
        "cookie banners (1), e.g. 'Usamos cookies para mejorar su experiencia. Aceptar'",
    ):
        assert expected in notes


def test_national_news_page_keeps_every_word_of_the_story_and_nothing_else():
    """Ensure an <article>-built page gives the story as read on screen, checked by hand.

    The site's name is an h1 in the page header; a 'Sequía' kicker stands
    over the story's h1; glossary links with class 'popup' sit inside
    sentences; a paywall box interrupts the body; a heading-made id names a
    subheading; related news, comments, 'Lo más visto' and a gallery follow.
    The date shares a row with a comment count, which goes alone.
    """
    result = page("embalses-sequia.es.html")
    assert kinds_and_texts(result) == [
        ("headline", "Los embalses del Guadalquivir caen al 18 % y la Junta pide ahorrar agua "
         "en casa"),
        ("standfirst", "La Confederación Hidrográfica da tres meses de reservas si no llueve en "
         "otoño y prepara cortes nocturnos en 14 municipios"),
        ("byline", "Pablo Serrano · Sevilla"),
        ("dateline", "3 sept. 2025 - 07:15"),
        ("caption", "El embalse de Iznájar, a finales de agosto."),
        ("credit", "Foto: Raúl Caro"),
        ("paragraph", "Los embalses de la cuenca del Guadalquivir guardan desde este martes el "
         "18 % de su capacidad, el nivel más bajo desde 1995, según los datos de la "
         "Confederación Hidrográfica del Guadalquivir (CHG)."),
        ("paragraph", "La consejera de Agricultura, Elena Navas, pidió a los vecinos que "
         "reduzcan el consumo en casa: «Cada litro cuenta, y no lo digo como frase hecha»."),
        ("subheading", "Cómo se mide la reserva"),
        ("paragraph", "La CHG suma cada lunes el agua de sus 65 embalses. El porcentaje no dice "
         "cuánto se puede usar: por debajo del 10 % el agua que queda apenas sirve para "
         "consumo humano."),
        ("paragraph", "Las medidas previstas para octubre son tres:"),
        ("list-item", "cortes nocturnos de suministro en 14 municipios;"),
        ("list-item", "prohibición de llenar piscinas privadas;"),
        ("list-item", "riego de parques solo con agua regenerada."),
        ("quote", "No hay que alarmarse, pero sí hay que actuar ya."),
        ("paragraph", "Los regantes, que usan ocho de cada diez litros de la cuenca, recibirán "
         "un 40 % menos de agua que el año pasado."),
    ]
    assert result.title == kinds_and_texts(result)[0][1]
    assert (result.source.publisher, result.source.published) == ("Diario del Sur", "2025-09-03")
    notes = "\n".join(result.notes)
    for expected in (
        "newsletter and paywall boxes (2), e.g. 'Este contenido es exclusivo para suscriptores.'",
        "above the headline (2), e.g. 'Saltar al contenido'", "related articles",
        "comments (3), e.g. '27 comentarios'",
        "asides (related links, sidebars) (1), e.g. 'Lo más visto Un incendio",
    ):
        assert expected in notes


def test_every_saved_page_gives_valid_block_texts():
    """Ensure every block of every fixture is valid as formats.md requires (NFC, one line...)."""
    for path in PAGES.glob("*.html"):
        for block in import_html(path.read_bytes()).article.blocks:
            assert block_text_problem(block.text) is None, (path.name, block)


# ----------------------------------------------------------------- markup rules


def test_parenthesised_capitals_make_a_credit_and_inline_credit_splits_off():
    """Ensure '(AP)' after a figure and a credit span inside a caption become credit blocks."""
    result = import_html(snippet(
        "<article><h1>Titular de prueba</h1><figure><img src='a.jpg'>"
        "<figcaption>Vecinos en la plaza. <span class='credito'>Foto: Ana Ruiz</span>"
        "</figcaption><div>(AP)</div></figure><p>Texto del artículo.</p></article>"
    ))
    assert kinds_and_texts(result) == [
        ("headline", "Titular de prueba"), ("caption", "Vecinos en la plaza."),
        ("credit", "Foto: Ana Ruiz"), ("credit", "(AP)"), ("paragraph", "Texto del artículo."),
    ]


def test_residue_word_inside_a_sentence_is_text_but_a_trailing_read_more_is_not():
    """Ensure only residue at the edge of a run is dropped: never a word of the article."""
    result = import_html(snippet(
        "<article><h1>La publicidad engañosa</h1><p>La <b>publicidad</b> engañosa crece."
        " <a href='/x'>Leer más</a></p><p><a href='/y'>Lee más sobre consumo</a></p></article>"
    ))
    assert kinds_and_texts(result) == [
        ("headline", "La publicidad engañosa"), ("paragraph", "La publicidad engañosa crece."),
    ]


def test_double_line_breaks_separate_paragraphs_and_single_ones_become_spaces():
    """Ensure <br><br> splits blocks, one <br> joins lines with a space, and nothing merges."""
    result = import_html(snippet(
        "<article><h1>Titular de prueba</h1><div>Primera línea<br>sigue aquí.<br><br>"
        "Segundo párrafo.</div><ul><li>Uno<ul><li>Uno punto uno</li></ul></li></ul></article>"
    ))
    assert kinds_and_texts(result) == [
        ("headline", "Titular de prueba"), ("paragraph", "Primera línea sigue aquí."),
        ("paragraph", "Segundo párrafo."), ("list-item", "Uno"), ("list-item", "Uno punto uno"),
    ]


def test_html_white_space_collapses_and_text_is_nfc():
    """Ensure source indentation collapses as a browser shows it and decomposed text is NFC."""
    result = import_html(snippet(
        "<article><h1>\n   Titular\n   largo   </h1><p>Se\u0301ñal\t\tdébil\u00a0ya</p></article>"
    ))
    assert kinds_and_texts(result) == [
        ("headline", "Titular largo"), ("paragraph", "Séñal débil\u00a0ya"),
    ]


def test_hidden_elements_are_dropped_but_never_the_story():
    """Ensure hidden pop-ups go, but a wrapper hidden behind an open modal still gives the story."""
    result = import_html(snippet(
        "<div id='page' aria-hidden='true'><article><h1>Titular visible</h1>"
        "<p>Cuerpo del artículo.</p><p hidden>Oculto</p><p style='display: none'>Nada</p>"
        "<span class='sr-only'>Abre en otra ventana</span></article></div>"
        "<div class='cookie-consent' role='dialog'><p>Aceptar cookies</p></div>"
    ))
    assert kinds_and_texts(result) == [
        ("headline", "Titular visible"), ("paragraph", "Cuerpo del artículo."),
    ]


def test_a_hidden_h1_never_becomes_the_headline():
    """Ensure the headline is chosen among what the reader sees."""
    result = import_html(snippet(
        "<div hidden><h1>Titular oculto de otra nota</h1></div>"
        "<main><h1>Titular visible</h1><p>Cuerpo del artículo.</p></main>"
    ))
    assert kinds_and_texts(result) == [
        ("headline", "Titular visible"), ("paragraph", "Cuerpo del artículo."),
    ]


def test_site_name_h1_is_not_the_headline_but_an_h1_equal_to_the_title_is():
    """Ensure a logo h1 loses to the story's h1, and a title without separator still matches."""
    result = import_html(snippet(
        "<header><h1>Gaceta Sur</h1><nav><a href='/'>Inicio</a></nav></header>"
        "<div class='nota'><h1>Lluvias récord en el sur</h1><p>Cuerpo del artículo.</p></div>",
        head="<title>Lluvias récord en el sur</title><meta property='og:site_name' "
        "content='Gaceta Sur'>",
    ))
    assert kinds_and_texts(result) == [
        ("headline", "Lluvias récord en el sur"), ("paragraph", "Cuerpo del artículo."),
    ]


def test_h2_right_after_the_headline_is_a_standfirst_only_when_sentence_long():
    """Ensure a sentence-long h2 under the h1 is the standfirst and a short one a subheading."""
    long_h2 = import_html(snippet(
        "<article><h1>Titular</h1><h2>Una entradilla con bastantes palabras para serlo</h2>"
        "<p>Cuerpo.</p></article>"
    ))
    short_h2 = import_html(snippet(
        "<article><h1>Titular</h1><h2>Contexto</h2><p>Cuerpo.</p></article>"
    ))
    assert [b.kind for b in long_h2.article.blocks] == ["headline", "standfirst", "paragraph"]
    assert [b.kind for b in short_h2.article.blocks] == ["headline", "subheading", "paragraph"]


def test_headline_from_og_title_when_the_page_has_no_h1():
    """Ensure a page without an h1 still gets a headline, and the notes say where it came from."""
    result = import_html(snippet(
        "<main><p>Un párrafo del cuerpo con texto suficiente.</p></main>",
        head="<meta property='og:title' content='Titular desde metadatos'>"
        "<title>Titular desde metadatos | Diario</title>",
    ))
    assert kinds_and_texts(result)[0] == ("headline", "Titular desde metadatos")
    assert any("headline taken from its title metadata" in n for n in result.notes)


def test_meta_description_never_invents_a_standfirst():
    """Ensure a description the page body does not show never becomes a block."""
    body = "<article><h1>Titular</h1><p>El primer párrafo cuenta la noticia entera.</p></article>"
    lead = "Una entradilla propia, distinta del primer párrafo y escrita como frase."
    result = import_html(snippet(body, head=f"<meta name='description' content='{lead}'>"))
    assert kinds_and_texts(result) == [
        ("headline", "Titular"), ("paragraph", "El primer párrafo cuenta la noticia entera."),
    ]
    assert lead not in result.article.text


def test_meta_description_points_out_a_shown_standfirst_but_not_the_first_paragraph():
    """Ensure the description marks the visible dek apart from the story; a reused lead stays."""
    dek = "El Gobierno prevé subir un 12 % la partida de becas el próximo curso."
    first = "El Consejo de Ministros aprobó ayer el proyecto de presupuestos de educación."
    body = (
        f"<article><header><h1>Más dinero para becas</h1><div>{dek}</div></header>"
        f"<div class='cuerpo'><p>{first}</p><p>Las becas subirán de media 300 euros.</p></div>"
        "</article>"
    )
    shown = import_html(snippet(body, head=f"<meta name='description' content='{dek}'>"))
    assert kinds_and_texts(shown)[1] == ("standfirst", dek)
    reused = import_html(snippet(body, head=f"<meta name='description' content='{first}'>"))
    assert [b.kind for b in reused.article.blocks] == [
        "headline", "paragraph", "paragraph", "paragraph",
    ]


def test_json_ld_gives_publisher_and_date_and_only_web_urls_are_kept():
    """Ensure JSON-LD fills the source when meta tags are missing; a javascript: URL is dropped."""
    head = (
        '<link rel="canonical" href="javascript:alert(1)">'
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2024-11-02T08:00:00Z", "publisher": {"name": "Gaceta Sur"}}]}</script>'
    )
    result = import_html(snippet("<article><h1>Titular</h1><p>Cuerpo.</p></article>", head=head))
    assert result.source.publisher == "Gaceta Sur"
    assert result.source.published == "2024-11-02"
    assert result.source.url is None


@pytest.mark.parametrize(
    "lang, expected", [("pt-BR", "pt"), ("EN", "en"), ("es_AR", "es"), ("not a tag!", None)]
)
def test_language_is_the_primary_subtag_of_the_page_language(lang, expected):
    """Ensure the language matches the tagset's per-language labels, and junk gives none."""
    result = import_html(snippet("<article><h1>Titular</h1></article>", lang=lang))
    assert result.language == expected


# ------------------------------------------------------------------- decoding


def test_utf8_page_with_a_stale_latin1_declaration_is_read_as_utf8_with_a_note():
    """Ensure a page whose server said UTF-8 over a stale meta charset is not turned to mojibake."""
    data = snippet("<article><h1>Educación pública</h1></article>").replace(
        b'charset="utf-8"', b'charset="iso-8859-1"'
    )
    result = import_html(data)
    assert result.title == "Educación pública"
    assert any("declares 'iso-8859-1' but is UTF-8" in n for n in result.notes)


def test_undeclared_windows_1252_bytes_fall_back_with_a_note():
    """Ensure a page without a charset that is not UTF-8 is read as windows-1252, and noted."""
    data = "<html><body><h1>Año “nuevo”</h1></body></html>".encode("cp1252")
    result = import_html(data)
    assert result.title == "Año “nuevo”"
    assert any("windows-1252" in n for n in result.notes)


def test_byte_order_mark_wins_over_a_declared_charset():
    """Ensure a UTF-8 BOM decides the encoding, as browsers do."""
    data = b"\xef\xbb\xbf" + snippet("<article><h1>Señal</h1></article>").replace(
        b"utf-8", b"iso-8859-1"
    )
    assert import_html(data).title == "Señal"


# -------------------------------------------------------------- hostile pages


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary data"),
        (gzip.compress(b"<html><body><p>x</p></body></html>" * 50), "binary data"),
        (bytes(range(256)) * 8, "binary data"),
        (b"Just some plain text, one line.\n", "no markup"),
        (
            b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><html><body><p>&b;</p></body></html>',
            "entity declarations",
        ),
        (b"<!DOCTYPE html SYSTEM 'x' [ <!ENTITY e SYSTEM 'file:///etc/passwd'> ]><p>&e;</p>",
         "entity declarations"),
        (b"<html><body><script>x()</script><nav>Inicio</nav></body></html>", "no article text"),
    ],
    ids=["empty", "blank", "png", "gzip", "bytes", "plain-text", "entity-bomb", "external-entity",
         "no-text"],
)
def test_hostile_or_useless_input_is_refused_with_a_clear_reason(data, reason):
    """Ensure what is not a saved article is refused with one short reason, never a traceback."""
    with pytest.raises(ImportProblem) as refused:
        import_html(data)
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)


def test_page_over_the_size_cap_is_refused_before_parsing():
    """Ensure a page over 16 MB is refused, both as bytes and as a file read with a cap."""
    with pytest.raises(ImportProblem, match="larger than 16 MB"):
        import_html(b"<p>" + b"a" * MAX_PAGE_BYTES + b"</p>")


def test_reading_a_huge_file_stops_at_the_cap(tmp_path):
    """Ensure read_page never reads past the cap (a sparse 1 GB file is refused quickly)."""
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(1024 * 1024 * 1024)
    with pytest.raises(ImportProblem, match="larger than 16 MB"):
        read_page(huge)


def test_reading_a_folder_or_a_missing_file_is_refused(tmp_path):
    """Ensure read_page names the problem instead of raising an OS error."""
    with pytest.raises(ImportProblem, match="not a regular file"):
        read_page(tmp_path)
    with pytest.raises(ImportProblem, match="not a regular file"):
        read_page(tmp_path / "missing.html")


def test_tag_flood_is_refused():
    """Ensure a page with more tags than any real page is refused before building a tree."""
    with pytest.raises(ImportProblem, match=f"more than {MAX_TAGS} tags"):
        import_html(b"<b>" * (MAX_TAGS + 1))


def test_deep_nesting_is_bounded_and_does_not_crash():
    """Ensure thousands of nested elements neither recurse without bound nor lose the text."""
    deep = b"<html><body><article><h1>Titular</h1>" + b"<div>" * 5000 + b"<p>Hondo.</p>"
    result = import_html(deep + b"</div>" * 5000 + b"</article></body></html>")
    assert result.title == "Titular"


# ------------------------------------------------- words never cut, parts never lost

FILLER = (
    "The council met on Monday to discuss the budget for next year, and members argued "
    "for three hours about schools, roads and the harbour before the vote."
)


def story(body: str, title: str = "Lockdown budget") -> bytes:
    """An English story page with enough text around ``body`` that it holds under half of it."""
    before = "".join(f"<p>{n}. {FILLER}</p>" for n in range(1, 4))
    after = "".join(f"<p>{n}. {FILLER}</p>" for n in range(4, 8))
    return snippet(
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        f"<h1>{title}</h1>{before}{body}{after}</article></main>"
        f"<footer>© The Harbour Ledger</footer>",
        head=f"<title>{title} | The Harbour Ledger</title>", lang="en",
    )


@pytest.fixture(params=["detector", "markup"])
def route(request, monkeypatch):
    """Both ways a story is found: by the detector, and by the page's markup when it finds none."""
    if request.param == "markup":
        monkeypatch.setattr("annotator.services.html_import.story_words", lambda document: [])
    return request.param


@pytest.mark.parametrize("inline", [
    "<a class='related-link' href='/tax'>the tax rise</a>",
    "<span class='ad-hoc'>the tax rise</span>",
    "<span class='social-term'>the tax rise</span>",
    "<a class='popup' href='/tax'>the tax rise</a>",
    "<em id='share-note'>the tax rise</em>",
])
def test_an_inline_element_keeps_its_words_whatever_its_class(inline, route):
    """Ensure a link or span named like furniture inside a sentence stays part of the sentence."""
    result = import_html(story(f"<p>The minister said {inline} was fair.</p>"))
    assert "The minister said the tax rise was fair." in [b.text for b in result.article.blocks]


def test_a_page_full_of_popup_links_keeps_every_sentence(route):
    """Ensure paragraphs whose words are mostly class='popup' links are kept whole."""
    sentences = "".join(
        f"<p>Species {n}: <a class='popup' href='/s{n}'>Atlantic puffin</a> and "
        f"<a class='popup' href='/t{n}'>common tern</a> nest here.</p>" for n in range(30)
    )
    result = import_html(story(sentences))
    texts = [b.text for b in result.article.blocks]
    for n in range(30):
        assert f"Species {n}: Atlantic puffin and common tern nest here." in texts


@pytest.mark.parametrize("container, heading", [
    ("section id='the-social-cost-of-lockdowns'", "The social cost of lockdowns"),
    ("section id='how-cookies-are-made'", "How cookies are made"),
    ("div id='sharing-with-a-single-developer'", "Sharing with a single developer"),
    ("section class='related'", "What the figures show"),
])
def test_a_section_named_like_furniture_keeps_its_heading_and_text(container, heading, route):
    """Ensure ids made from headings, and section containers, are not furniture by their words."""
    tag = container.split()[0]
    paragraphs = "".join(f"<p>{heading}, part {n}: {FILLER}</p>" for n in range(4))
    result = import_html(story(f"<{container}><h2>{heading}</h2>{paragraphs}</{tag}>"))
    kinds = kinds_and_texts(result)
    assert ("subheading", heading) in kinds
    for n in range(4):
        assert ("paragraph", f"{heading}, part {n}: {FILLER}") in kinds


def test_what_was_left_out_is_listed_with_spaces_between_the_words():
    """Ensure a dropped menu reads 'Local Deportes Opinión', not 'LocalDeportesOpinión'."""
    result = import_html(snippet(
        "<nav><ul><li><a href='/l'>Local</a></li><li><a href='/d'>Deportes</a></li>"
        "<li><a href='/o'>Opinión</a></li></ul><a href='/s'>Suscríbete</a><a href='/e'>Entrar"
        "</a></nav><article><h1>Titular de prueba</h1><p>Texto del artículo.</p></article>"
    ))
    assert any("'Local Deportes Opinión Suscríbete Entrar'" in n for n in result.notes)


# ---------------------------------------------------------- headline and kicker


def test_the_headline_is_the_heading_that_reads_like_the_title_not_the_site_or_section():
    """Ensure the site's name, a section's name and a photo caption in h1s lose to the story's."""
    result = import_html(snippet(
        "<div class='logo'><h1>Gaceta Sur</h1></div>"
        "<div class='seccion'><h1>Economía</h1></div>"
        "<figure><img src='a.jpg'><figcaption><h1>El puerto al amanecer</h1></figcaption>"
        "</figure>"
        "<div class='nota'><h2>El puerto de Vigo bate su récord de tráfico</h2>"
        "<p>La Autoridad Portuaria movió 4,7 millones de toneladas en 2023.</p></div>",
        head="<title>El puerto de Vigo bate su récord de tráfico - Gaceta Sur</title>"
        "<meta property='og:site_name' content='Gaceta Sur'>",
    ))
    assert result.title == "El puerto de Vigo bate su récord de tráfico"
    assert kinds_and_texts(result)[0] == ("headline", result.title)


def test_an_h1_linking_to_the_front_page_is_the_logo_and_the_title_stands_in():
    """Ensure the site's logo in an h1 never titles a story whose page shows no heading for it."""
    result = import_html(snippet(
        "<div id='top'><a href='/'><h1>Entre Medios</h1></a></div>"
        "<div class='cuerpo'><p class='lead'>Texto del artículo con datos y una cita.</p>"
        "<p>Segundo párrafo del artículo, que continúa la noticia.</p></div>",
        head="<title>Cierra el último cine del centro</title>",
    ))
    assert result.title == "Cierra el último cine del centro"
    assert kinds_and_texts(result)[0] == ("headline", "Cierra el último cine del centro")
    assert "Entre Medios" not in [b.text for b in result.article.blocks if b.kind == "headline"]
    assert any("headline taken from its title metadata" in n for n in result.notes)


def test_a_kicker_above_the_headline_is_left_out_with_a_note():
    """Ensure 'Movilidad' over the headline is neither a paragraph nor the headline."""
    result = import_html(snippet(
        "<article><a class='antetitulo' href='/movilidad'>Movilidad</a>"
        "<h1>El Ayuntamiento amplía el carril bici hasta el puerto</h1>"
        "<p class='fecha'>12/08/2025</p>"
        "<p>Las obras empezarán en septiembre y durarán cuatro meses.</p></article>",
        head="<title>El Ayuntamiento amplía el carril bici hasta el puerto</title>",
    ))
    assert kinds_and_texts(result) == [
        ("headline", "El Ayuntamiento amplía el carril bici hasta el puerto"),
        ("dateline", "12/08/2025"),
        ("paragraph", "Las obras empezarán en septiembre y durarán cuatro meses."),
    ]
    assert any("above the headline (1), e.g. 'Movilidad'" in n for n in result.notes)


# ------------------------------------------------------------ the detector


def test_a_fault_in_the_detector_falls_back_on_the_pages_own_markup(monkeypatch):
    """Ensure an error inside trafilatura never stops an import: <article> then gives the story."""
    import trafilatura

    def broken(*args, **kwargs):
        raise RuntimeError("detector fault")

    monkeypatch.setattr(trafilatura, "extract", broken)
    result = page("putin-kim-alaska.es.html")
    expected = read_exercise(FIRST_EXERCISE).document.article
    assert kinds_and_texts(result) == [(b.kind, b.text) for b in expected.blocks]
    assert any("taken from <article>" in n for n in result.notes)
    assert not any("main-content detector" in n for n in result.notes)


def test_the_detector_reads_the_page_without_inline_class_names():
    """Ensure trafilatura's own class rules cannot take words from inside running text."""
    from annotator.services.html_import.detector import story_words
    from annotator.services.html_import.reading import parse

    document = parse(
        "<html><body><article><h1>Titular</h1><p>El ministro dijo que "
        "<a class='popup related share' href='/x'>la subida del impuesto</a> era justa.</p>"
        "<section id='como-se-hacen-las-cookies'><h2>Cómo se hacen las cookies</h2>"
        "<p>Con harina, mantequilla y azúcar, dijo la panadera.</p></section>"
        "</article></body></html>"
    )
    story = " ".join(story_words(document))
    assert "el ministro dijo que la subida del impuesto era justa" in story
    assert "con harina mantequilla y azúcar dijo la panadera" in story


FURNITURE_NAMES = ["related-link", "popup", "share", "ad-hoc", "social-term", "comments",
                   "cookie", "promo", "sidebar", "newsletter", "modal", "widget"]


@settings(max_examples=25, deadline=None)
@given(st.lists(
    st.lists(st.tuples(
        st.sampled_from(["la", "reforma", "del", "puerto", "costará", "tres", "millones",
                         "según", "el", "informe", "municipal", "publicado", "ayer"]),
        st.one_of(st.none(), st.just("span"), st.sampled_from(FURNITURE_NAMES)),
    ), min_size=8, max_size=20),
    min_size=2, max_size=5,
))
def test_every_paragraph_is_kept_whole_or_left_out_whole(paragraphs):
    """Ensure no paragraph ever loses some of its words, whatever its inline elements are named."""
    markup, texts = [], []
    for number, paragraph in enumerate(paragraphs):
        words = [f"{word}{number}" if at == 0 else word for at, (word, _) in enumerate(paragraph)]
        inner = " ".join(
            word if name is None else f"<span>{word}</span>" if name == "span"
            else f"<a class='{name}' href='/x'>{word}</a>"
            for word, (_, name) in zip(words, paragraph, strict=True)
        )
        markup.append(f"<p>{inner}.</p>")
        texts.append(" ".join(words) + ".")
    result = import_html(snippet(f"<article><h1>Titular</h1>{''.join(markup)}</article>"))
    for block in result.article.blocks[1:]:
        assert block.text in texts  # a whole paragraph, never a part of one
    kept = [b.text for b in result.article.blocks]
    assert any(text in kept for text in texts)


def test_an_import_never_opens_a_network_connection(monkeypatch):
    """Ensure neither our reading nor the detector reaches for the network, even with links."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the import tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = page("carril-bici.es.html")
    assert any("main-content detector" in n for n in result.notes)


def test_a_comment_count_beside_the_date_goes_and_the_date_stays():
    """Ensure a row of labels loses its named comment count, and a sentence never loses a word."""
    result = import_html(snippet(
        "<article><h1>Titular de prueba</h1><div class='meta'>"
        "<time datetime='2025-09-03'>3 sept. 2025</time> · <a class='comments-count' "
        "href='#c'>27 comentarios</a></div><p>Los lectores dejaron <a class='comments-count' "
        "href='#c'>27 comentarios</a> en una hora.</p></article>"
    ))
    assert kinds_and_texts(result) == [
        ("headline", "Titular de prueba"), ("dateline", "3 sept. 2025"),
        ("paragraph", "Los lectores dejaron 27 comentarios en una hora."),
    ]
    assert any("comments (1), e.g. '27 comentarios'" in n for n in result.notes)


def test_a_sentence_split_into_spans_keeps_a_furniture_named_span(route):
    """Ensure a sentence an editor wrapped phrase by phrase in spans is never taken for labels."""
    result = import_html(story(
        "<p><span>The minister said</span> <a class='related-link' href='/t'>the tax rise</a> "
        "<span>was fair.</span></p>"
    ))
    assert "The minister said the tax rise was fair." in [b.text for b in result.article.blocks]


def test_the_date_comes_from_the_storys_own_time_not_a_teasers():
    """Ensure a page without date metadata is dated by the story's <time>, not a sidebar's."""
    result = import_html(snippet(
        "<div class='teasers'><ul><li><a href='/v'>Otra noticia antigua sobre el puerto</a> "
        "<time datetime='2024-01-01'>1 ene.</time></li></ul></div>"
        "<article><h1>Titular de prueba</h1><p><time datetime='2025-08-12'>12/08/2025</time></p>"
        f"<p>{'El puerto amplía su muelle este año. ' * 6}</p></article>",
        head="<meta property='og:site_name' content='Gaceta Sur'>",
    ))
    assert result.source.published == "2025-08-12"


def test_a_huge_page_is_matched_against_the_story_in_linear_time(monkeypatch):
    """Ensure past the alignment limit words are matched by runs of three, never aligned.

    Aligning takes more than linear time on repetitive text (few words in
    other orders), so a huge page must never reach it: it could stall.
    """
    import random

    from annotator.services.html_import import detector

    def refuse(*args, **kwargs):
        raise AssertionError("a page past the limit was aligned")

    monkeypatch.setattr(detector.difflib, "SequenceMatcher", refuse)
    draw = random.Random(1)
    size = detector.ALIGN_LIMIT + 1000
    story = [f"w{draw.randrange(150)}" for _ in range(size)]
    ours = [" ".join(story[at:at + 60]) for at in range(0, size, 60)]
    ours.append("nada de esto está en la noticia")
    shares = detector.shares_in_story(ours, story)
    assert shares[:-1] == [1.0] * (len(ours) - 1) and shares[-1] == 0.0
