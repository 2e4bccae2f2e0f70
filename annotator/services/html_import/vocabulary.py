"""The words the importer knows pages by: tags, ARIA roles, class and id words, web residue.

These lists are what changes when a new site leaks furniture into the text or
loses a caption. Kept apart from the code that uses them, they can be extended
without reading how a page is walked. Spanish and English words stand side by
side: the articles come in both languages.
"""

from __future__ import annotations

import re

# Invisible or interactive: never article text.
JUNK_TAGS = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "canvas", "button", "input", "select", "textarea", "option",
    "datalist", "dialog", "map", "audio", "video", "source", "track",
)
FURNITURE_TAGS = {
    "nav": "navigation", "aside": "asides (related links, sidebars)", "footer": "footers",
    "form": "forms", "menu": "menus", "header": "page headers",
}
FURNITURE_ROLES = {
    "navigation": "navigation", "banner": "page headers", "contentinfo": "footers",
    "complementary": "asides (related links, sidebars)", "search": "forms",
    "dialog": "pop-ups", "alertdialog": "pop-ups", "menu": "menus", "menubar": "menus",
}
# Class and id words (split on anything not a letter or digit) that mark furniture.
FURNITURE_WORDS = {
    "advertisements": "ad adv ads adsbygoogle adslot advert adverts advertisement advertising "
    "anuncio anuncios dfp publicidad sponsor sponsored patrocinado promo outbrain taboola",
    "share buttons": "share sharing sharebar social compartir",
    "comments": "comment comments comentarios disqus",
    "cookie banners": "cookie cookies consent gdpr cmp",
    "related articles": "related relacionadas relacionados recommended recomendados",
    "newsletter and paywall boxes": "newsletter subscribe subscription suscripcion suscribete "
    "paywall",
    "navigation": "breadcrumb breadcrumbs menu navbar nav pagination sidebar widget toolbar skip "
    "masthead topbar",
    "footers": "footer postmetadata",
    "tag lists": "tags etiquetas",
    "pop-ups": "popup modal overlay",
}
FURNITURE_BY_WORD = {w: why for why, words in FURNITURE_WORDS.items() for w in words.split()}
HIDDEN_CLASSES = {
    "hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "is-hidden", "hide",
}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Class and id words that give a block its kind.
STANDFIRST = set(
    "standfirst lead lede summary subtitle subtitulo dek deck sumario entradilla bajada "
    "excerpt intro".split()
)
BYLINE = set("byline author authors autor autores firma writer".split())
DATELINE = set("dateline date fecha published pubdate timestamp datetime".split())
CREDIT = set("credit credits credito creditos source fuente copyright photographer".split())
CAPTION = set("caption pie piefoto epigrafe leyenda".split())
QUOTE = set("pullquote blockquote".split())
PICTURE = set("photo foto image imagen img media video".split())
KIND_WORDS = STANDFIRST | BYLINE | DATELINE | CREDIT | CAPTION | QUOTE
KIND_TEXT_LIMIT = 1000  # a class-named standfirst/byline/caption longer than this is a wrapper

# Whole blocks that are buttons and labels left in the text, not article.
RESIDUE = {
    "expandir imagen", "ampliar imagen", "ampliar", "expand image", "enlarge image", "expand",
    "enlarge", "ver imagen", "view image", "ver galería", "view gallery", "leer más",
    "lee más", "seguir leyendo", "sigue leyendo", "read more", "continue reading",
    "keep reading", "advertisement", "advertising", "publicidad", "anuncio", "ad",
    "sponsored", "patrocinado", "contenido patrocinado", "sponsored content", "compartir",
    "comparte", "share", "share this", "share this article", "tweet", "imprimir", "print",
    "cerrar", "close", "skip ad", "saltar publicidad", "scroll to continue",
    "scroll to continue with content", "view this post on instagram",
    "ver esta publicación en instagram", "escuchar", "escuchar noticia", "listen",
    "listen to this article",
}
# A paragraph that is one link starting so is a teaser for another article.
TEASERS = (
    "leer más", "lee más", "ver más", "más noticias", "te puede interesar", "también te puede",
    "read more", "more on", "more from", "see more", "see also", "related:", "relacionad",
)
LABEL_SEPARATORS = set("·•|/-–—")  # between the labels of a row: "3 sept. · 27 comentarios"
RESIDUE_EDGES = " \t\u00a0…»«›‹→←↑↓>+|·•-–—:"

BLOCK_TAGS = set(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend "
    "li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
HEADINGS = ("h2", "h3", "h4", "h5", "h6")
HEADING_TAGS = ("h1", *HEADINGS)
KIND_ORDER = (
    "credit", "caption", "h1", "quote", "list-item", "standfirst", "heading", "byline",
    "dateline",
)
PARENTHESISED_CREDIT = re.compile(r"^\([^()]{2,60}\)$")
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")  # "Story | Site", "Story - Site"
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
