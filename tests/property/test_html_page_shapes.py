"""HTML story pages of this test's own making, in four languages, whose class
names mean nothing (``c-1a2b3c``, as CSS-in-JS and CSS-module sites print
them), so only markup, position and the lexicons can tell the story from the
page around it.

Each page draws: a menu, maybe a breadcrumb and a kicker above the ``<h1>``,
a byline and a date, share buttons above and maybe below the story, maybe a
newsletter prompt after it, maybe a list of related links under a heading,
maybe reader comments under their heading ("Kommentare (2)", "コメント（2件）"),
a legal footer. The main story must come back as its paragraphs exactly,
under its headline, with its author and date (``tests/regression`` pins the
single rules; this property pins their sum on shapes no corpus prints).
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean

_PAGES = {
    "de": {
        "menu": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"],
        "crumb": "Startseite / Politik / Deutschland",
        "kicker": "Haushalt",
        "title": "Bundestag beschließt neuen Haushalt",
        "byline": "Von Anna Schmidt",
        "author": "Anna Schmidt",
        "date": "12.03.2025, 14:22 Uhr",
        "share": ["Teilen", "Drucken", "Merken"],
        "story": [
            "Der Bundestag hat am Donnerstag den Haushalt für das kommende Jahr beschlossen, "
            "nach einer langen und hitzigen Debatte.",
            "Die Opposition kritisierte die geplanten Ausgaben scharf und sprach von einer "
            "verpassten Chance für Reformen.",
            "Finanzminister Müller verteidigte den Entwurf und verwies auf die hohen Kosten "
            "für Energie und Verteidigung.",
            "Der Bundesrat muss dem Gesetz noch zustimmen, eine Entscheidung wird im April "
            "erwartet.",
        ],
        "related": "Mehr zum Thema",
        "links": ["Streit um die Schuldenbremse geht weiter", "Länder fordern mehr Geld"],
        "prompt": "Jetzt den Newsletter abonnieren",
        "comments": "Kommentare (2)",
        "replies": ["Endlich eine Entscheidung, das hat lange gedauert.", "Ich sehe das anders."],
        "ago": "vor 2 Stunden",
        "legal": "© 2025 Beispiel Zeitung GmbH. Alle Rechte vorbehalten.",
    },
    "fr": {
        "menu": ["Accueil", "Politique", "Économie", "Sport", "Culture"],
        "crumb": "Accueil > Politique > France",
        "kicker": "Finances publiques",
        "title": "L'Assemblée adopte le budget après un long débat",
        "byline": "Par Marie Dupont",
        "author": "Marie Dupont",
        "date": "12 mars 2025 à 14h22",
        "share": ["Partager", "Imprimer"],
        "story": [
            "L'Assemblée nationale a adopté jeudi le budget de l'année prochaine, au terme "
            "d'un débat long et animé.",
            "L'opposition a vivement critiqué les dépenses prévues et a dénoncé une occasion "
            "manquée de réformer.",
            "Le ministre des Finances a défendu le projet en rappelant le coût élevé de "
            "l'énergie et de la défense.",
            "Le Sénat doit encore examiner le texte, une décision est attendue au mois d'avril.",
        ],
        "related": "À lire aussi",
        "links": ["La dette publique au cœur des débats", "Les régions réclament des moyens"],
        "prompt": "Inscrivez-vous à notre newsletter",
        "comments": "Commentaires (2)",
        "replies": ["Enfin une décision, il était temps.", "Je ne suis pas d'accord."],
        "ago": "il y a 2 heures",
        "legal": "© 2025 Le Journal. Tous droits réservés.",
    },
    "es": {
        "menu": ["Portada", "Política", "Economía", "Deportes", "Cultura"],
        "crumb": "Portada > Política > España",
        "kicker": "Cuentas públicas",
        "title": "El Congreso aprueba los presupuestos tras un largo debate",
        "byline": "Por Lucía García",
        "author": "Lucía García",
        "date": "12 de marzo de 2025 - 14:22",
        "share": ["Compartir", "Imprimir"],
        "story": [
            "El Congreso aprobó el jueves los presupuestos del próximo año, tras un debate "
            "largo y muy intenso.",
            "La oposición criticó con dureza el gasto previsto y habló de una oportunidad "
            "perdida para las reformas.",
            "El ministro de Hacienda defendió el proyecto y recordó el alto coste de la "
            "energía y de la defensa.",
            "El Senado todavía debe votar el texto, y se espera una decisión durante abril.",
        ],
        "related": "Noticias relacionadas",
        "links": ["La deuda pública centra el debate", "Las comunidades piden más fondos"],
        "prompt": "Suscríbete a nuestro boletín",
        "comments": "Comentarios (2)",
        "replies": ["Por fin una decisión, ya era hora.", "No estoy de acuerdo con el autor."],
        "ago": "hace 2 horas",
        "legal": "© 2025 El Diario. Todos los derechos reservados.",
    },
    "ja": {
        "menu": ["トップ", "政治", "経済", "スポーツ", "文化"],
        "crumb": "トップ > 政治 > 国内",
        "kicker": "予算審議",
        "title": "国会、来年度予算を可決 長時間の審議経て",
        "byline": "山田太郎 記者",
        "author": "山田太郎",
        "date": "2025年3月12日 14時22分",
        "share": ["シェア", "ツイート"],
        "story": [
            "国会は木曜日、長時間にわたる審議の末、来年度の予算案を賛成多数で可決した。",
            "野党は予定されている支出を厳しく批判し、改革の機会を逃したと主張した。",
            "財務大臣は、エネルギーと防衛の費用が高いことを挙げて、予算案を擁護した。",
            "参議院での採決は来月に予定されており、最終的な判断が注目されている。",
        ],
        "related": "関連記事",
        "links": ["国の借金、議論の中心に", "自治体が財源の拡充を要求"],
        "prompt": "ニュースレターに登録",
        "comments": "コメント（2件）",
        "replies": ["やっと決まったか。", "この記事には同意できない。"],
        "ago": "2時間前",
        "legal": "© 2025 Example Shimbun. All rights reserved.",
    },
}


@st.composite
def _pages(draw: st.DrawFn) -> tuple[str, str]:
    language = draw(st.sampled_from(sorted(_PAGES)))
    p = _PAGES[language]
    numbers = draw(st.lists(st.integers(0, 16**6 - 1), min_size=40, max_size=40))
    names = iter(f"c-{n:06x}" for n in numbers)

    def div(inner: str) -> str:
        return f'<div class="{next(names)}">{inner}</div>'

    menu = div(" ".join(f'<a href="/{i}">{x}</a>' for i, x in enumerate(p["menu"])))
    head = div(p["crumb"]) if draw(st.booleans()) else ""
    head += f'<span class="{next(names)}">{p["kicker"]}</span>' if draw(st.booleans()) else ""
    head += f'<h1 class="{next(names)}">{p["title"]}</h1>' + div(p["byline"]) + div(p["date"])
    share = div("".join(f"<button>{s}</button>" for s in p["share"]))
    story = "".join(f'<p class="{next(names)}">{s}</p>' for s in p["story"])
    after = (div(p["prompt"]) if draw(st.booleans()) else "") + (
        share if draw(st.booleans()) else ""
    )
    article = div(head + share + story + after)
    related = (
        f'<h2>{p["related"]}</h2><ul>'
        + "".join(f'<li><a href="/r{i}">{x}</a></li>' for i, x in enumerate(p["links"]))
        + "</ul>"
    )
    comments = f'<h3>{p["comments"]}</h3>' + "".join(
        div(div(f"user{i}") + div(p["ago"]) + f"<p>{r}</p>") for i, r in enumerate(p["replies"])
    )
    main = div(
        article
        + (related if draw(st.booleans()) else "")
        + (comments if draw(st.booleans()) else "")
    )
    foot = div(p["legal"])
    html = (
        f'<html lang="{language}"><head><title>{p["title"]} | Zeitung</title></head>'
        f"<body>{menu}{main}{foot}</body></html>"
    )
    return language, html


def _nfkc(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "")


@settings(max_examples=120, deadline=None, derandomize=True)
@given(_pages())
def test_the_story_comes_back_whole_and_alone(drawn: tuple[str, str]) -> None:
    language, html = drawn
    p = _PAGES[language]
    page = newsclean.clean_html(html)
    main = page.main
    assert main is not None
    assert main.paragraphs == tuple(p["story"])
    assert _nfkc(main.title) == _nfkc(p["title"])
    assert main.authors == (p["author"],)
    assert main.published is not None
