"""What the importers refuse and what they note, in English and Spanish.

``annotator import-html`` and ``import-text`` print the English; the
authoring window shows a page's notes and an import's refusal in the
interface language.
"""

from __future__ import annotations

from annotator.core.messages import catalog

IMPORT_REASON = catalog(__name__, {
    # ------------------------------------------------------------ refusals
    "not_regular_file": ("not a regular file", "no es un archivo normal"),
    "cannot_read": ("cannot read: {system}", "no se puede leer: {system}"),
    "not_utf8": ("not UTF-8 text", "no es texto UTF-8"),
    "not_utf8_hint": ("not UTF-8 text (save it as UTF-8, or as a web page)",
                      "no es texto UTF-8 (guárdalo como UTF-8 o como página web)"),
    "text_too_large": ("file larger than {megabytes} MB; refused",
                       "el archivo ocupa más de {megabytes} MB; no se importa"),
    "page_too_large": ("page larger than {megabytes} MB; refused",
                       "la página ocupa más de {megabytes} MB; no se importa"),
    "empty_file": ("empty file", "el archivo está vacío"),
    "binary": ("not an HTML page: binary data", "no es una página HTML: son datos binarios"),
    "no_markup": ("not an HTML page: no markup (use import-text for plain text)",
                  "no es una página HTML: no tiene etiquetas (para texto sin formato, "
                  "abre un archivo .txt)"),
    "entities": ("DOCTYPE with entity declarations; not a page saved from a browser",
                 "DOCTYPE con declaraciones de entidades; no es una página guardada "
                 "desde un navegador"),
    "too_many_tags": ("more than {count} tags; refused",
                      "más de {count} etiquetas; no se importa"),
    "unreadable_html": ("not readable as HTML ({detail})", "no se puede leer como HTML ({detail})"),
    "no_article": ("no article text found in the page",
                   "no se encontró el texto de la noticia en la página"),
    "kinds_count": ("{kinds} kinds given for {lines} non-empty lines",
                    "se dieron {kinds} tipos para {lines} líneas no vacías"),
    "unknown_kind": ("line {line}: unknown block kind {kind}",
                     "línea {line}: tipo de bloque desconocido {kind}"),
    "bullet_only": ("line {line}: nothing left after the bullet",
                    "línea {line}: no queda nada después de la viñeta"),
    "no_text": ("no text: every line is empty or skipped",
                "no hay texto: todas las líneas están vacías o se omiten"),
    "table_cells": ("key table line {line}: expected at least 4 tab-separated cells",
                    "tabla de la clave, línea {line}: se esperaban al menos 4 celdas separadas "
                    "por tabuladores"),
    "table_flag": ("key table line {line}: second cell must be req or opt",
                   "tabla de la clave, línea {line}: la segunda celda debe ser req u opt"),
    "table_features": ("key table line {line}: feature values must read "
                       "feature=value value; feature=value",
                       "tabla de la clave, línea {line}: los valores de las características "
                       "se escriben característica=valor valor; característica=valor"),
    "row_feature": ("key row {row}: feature {feature} is not a choice feature of its category",
                    "fila {row} de la clave: {feature} no es una característica de elección "
                    "de su categoría"),
    "row_value": ("key row {row}: feature {feature} has no value {value}",
                  "fila {row} de la clave: la característica {feature} no tiene el valor "
                  "{value}"),
    "row_category": ("key row {row}: unknown category {category}",
                     "fila {row} de la clave: categoría desconocida {category}"),
    "row_quote": ("key row {row}: quote {quote} is not in the article",
                  "fila {row} de la clave: la cita {quote} no está en la noticia"),
    "course_line": ("course notes line {line}: expected 'field: value'",
                    "notas del curso, línea {line}: se esperaba 'campo: valor'"),
    "course_field": ("course notes line {line}: unknown field {field}",
                     "notas del curso, línea {line}: campo desconocido {field}"),
    "course_number": ("course notes line {line}: {field} must be a whole number from {low} "
                      "to {high}",
                      "notas del curso, línea {line}: {field} debe ser un número entero "
                      "de {low} a {high}"),
    "course_id": ("course notes line {line}: {value} is not a valid id",
                  "notas del curso, línea {line}: {value} no es un identificador válido"),
    "course_twice": ("course notes line {line}: {field} given twice",
                     "notas del curso, línea {line}: {field} aparece dos veces"),
    # ------------------------------------------------------------ notes
    "declared_but_utf8": ("the page declares {declared} but is UTF-8; read as UTF-8",
                          "la página declara {declared} pero está en UTF-8; se lee como UTF-8"),
    "not_utf8_page": ("the page is not UTF-8; read as windows-1252",
                      "la página no está en UTF-8; se lee como windows-1252"),
    "bytes_replaced": ("bytes invalid in {codec}; unreadable ones replaced",
                       "hay bytes no válidos en {codec}; se sustituyeron los ilegibles"),
    "unknown_charset": ("unknown charset {declared} declared",
                        "la página declara una codificación desconocida: {declared}"),
    "language_unknown": ("page language {raw} not understood; none recorded",
                         "no se entiende el idioma de la página {raw}; no se guarda ninguno"),
    "taken_from": ("article text taken from {how}: {element}",
                   "texto de la noticia tomado de {how}: {element}"),
    "detected": ("story told from the rest of the page by trafilatura's main-content detector; "
                 "each block kept whole or left out whole",
                 "noticia separada del resto de la página por el detector de contenido principal "
                 "de trafilatura; cada bloque se conserva entero o se quita entero"),
    "densest": ("the densest block of text (no <article> or <main>)",
                "el bloque con más texto (no hay <article> ni <main>)"),
    "headline_from_title": ("no <h1> in the page: headline taken from its title metadata",
                            "la página no tiene <h1>: titular tomado de su título "
                            "en los metadatos"),
    "no_headline": ("no headline found: the page has no <h1> and no title",
                    "no se encontró titular: la página no tiene <h1> ni título"),
    "dropped": ("dropped {what} ({count})", "se quitó: {what} ({count})"),
    "dropped_example": ("dropped {what} ({count}), e.g. {example}",
                        "se quitó: {what} ({count}), p. ej. {example}"),
    # what was dropped
    "navigation": ("navigation", "navegación"),
    "asides": ("asides (related links, sidebars)",
               "recuadros laterales (enlaces relacionados, barras laterales)"),
    "footers": ("footers", "pies de página"),
    "forms": ("forms", "formularios"),
    "menus": ("menus", "menús"),
    "page_headers": ("page headers", "cabeceras de página"),
    "pop_ups": ("pop-ups", "ventanas emergentes"),
    "ads": ("advertisements", "publicidad"),
    "share_buttons": ("share buttons", "botones para compartir"),
    "comments": ("comments", "comentarios"),
    "cookie_banners": ("cookie banners", "avisos de cookies"),
    "related": ("related articles", "noticias relacionadas"),
    "newsletter": ("newsletter and paywall boxes",
                   "recuadros de boletín y de suscripción"),
    "tag_lists": ("tag lists", "listas de etiquetas"),
    "hidden": ("hidden elements", "elementos ocultos"),
    "scripts": ("scripts, styles, buttons and embedded objects",
                "scripts, estilos, botones y objetos incrustados"),
    "residue": ("web residue", "restos de la web"),
    "above_headline": ("above the headline", "encima del titular"),
    "outside_story": ("outside the story", "fuera de la noticia"),
})

# The importer counts what it drops by its English label; the note names it in both.
DROPPED = {str(IMPORT_REASON(key)): IMPORT_REASON(key) for key in (
    "navigation", "asides", "footers", "forms", "menus", "page_headers", "pop_ups", "ads",
    "share_buttons", "comments", "cookie_banners", "related", "newsletter", "tag_lists",
    "hidden", "scripts", "residue", "above_headline", "outside_story",
)}
