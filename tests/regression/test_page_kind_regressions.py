"""Regression tests for pages that are not one story, in text mode (issue 17.5, 18.2).

A live blog keeps every timestamped entry, a thread its question and every
reply, a recipe its intro, ingredients and steps under a headline that is
no ingredient; each page says its kind. Pages of our own making, in
English, German and Spanish.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import PageKind

# --- live blogs: entries of a time line, a headline and a paragraph -------------------

_LIVE = {
    "en": (
        "Storm live: power cuts and travel chaos | The Daily Post",
        ["Home", "News"],
        "Storm live: power cuts and travel chaos",
        [
            ("Posted at 10:32", "Trains cancelled across the north",
             "Rail operators have cancelled all services north of the city until at least "
             "midday because of fallen trees on the line."),
            ("Posted at 10:20", "Power restored to some homes",
             "The network operator says power has been restored to about 5,000 homes, but "
             "thousands remain without electricity."),
            ("Posted at 10:02", "Schools closed",
             "More than two hundred schools will stay closed today, the council said in a "
             "statement this morning."),
        ],
        ["Share", "Privacy policy"],
    ),
    "de": (
        "Sturmtief im Liveticker: Bahnverkehr eingestellt | Tagesblatt",
        ["Startseite", "Politik"],
        "Sturmtief im Liveticker: Bahnverkehr eingestellt",
        [
            ("10:32 Uhr", "Züge im Norden fallen aus",
             "Die Bahn hat den Fernverkehr im Norden bis mindestens zum Mittag eingestellt, "
             "weil Bäume auf die Gleise gestürzt sind."),
            ("10:05 Uhr", "Strom teilweise zurück",
             "Der Netzbetreiber meldet, dass rund 5000 Haushalte wieder Strom haben, "
             "zehntausende sind aber noch ohne Versorgung."),
            ("09:40 Uhr", "Schulen bleiben geschlossen",
             "Mehr als zweihundert Schulen bleiben heute geschlossen, teilte die "
             "Stadtverwaltung am Morgen mit."),
        ],
        ["Teilen", "Impressum"],
    ),
    "es": (
        "Temporal en directo: cortes de luz y trenes cancelados | El Diario",
        ["Inicio"],
        "Temporal en directo: cortes de luz y trenes cancelados",
        [
            ("Hace 5 minutos", "Cancelados los trenes del norte",
             "Los operadores ferroviarios han cancelado todos los servicios al norte de la "
             "ciudad hasta el mediodía por la caída de árboles."),
            ("Hace 20 minutos", "Vuelve la luz a algunos hogares",
             "La compañía eléctrica asegura que unos cinco mil hogares ya tienen luz, pero "
             "decenas de miles siguen sin suministro."),
            ("Hace 45 minutos", "Colegios cerrados",
             "Más de doscientos colegios permanecerán cerrados hoy, según ha informado el "
             "ayuntamiento esta mañana."),
        ],
        ["Compartir", "Aviso legal"],
    ),
}  # fmt: skip


def _live_page(language: str) -> tuple[str, str, list[tuple[str, str, str]]]:
    title, menu, headline, entries, footer = _LIVE[language]
    lines = [title, *menu, headline]
    for entry in entries:
        lines.extend(entry)
    return "\n".join([*lines, *footer]), headline, entries


@pytest.mark.parametrize("language", sorted(_LIVE))
def test_a_live_blog_given_as_text_keeps_every_timestamped_entry(language: str) -> None:
    """Every entry (its time, headline and paragraph) stays in the one main story,
    in page order, under the blog's headline; the page says it is a live blog."""
    text, headline, entries = _live_page(language)
    page = newsclean.clean_text(text)
    assert page.kind is PageKind.LIVEBLOG
    assert [a.role for a in page.articles] == ["main"]
    main = page.articles[0]
    assert main.title == headline
    assert list(main.paragraphs) == [line for entry in entries for line in entry]
    assert 0.0 <= main.confidence <= 1.0


def test_a_live_blog_whose_entries_read_as_card_headers_keeps_the_older_entries() -> None:
    """"Posted at 10:20" over a headline and a paragraph reads as a card header: the
    older entries were dropped and only the newest stayed (issue 18, point 2)."""
    text, _, entries = _live_page("en")
    main = newsclean.clean_text(text).main
    assert main is not None
    for _, entry_headline, paragraph in entries:
        assert entry_headline in main.paragraphs
        assert paragraph in main.paragraphs


# --- forum threads: a question and its replies, each under a user and a date ----------

_FORUM = {
    "en": (
        "How do I stop my sourdough from collapsing?",
        ("Reply", "Quote"),
        [
            ("breadlover", "Posted March 3, 2026",
             "My sourdough rises well during the bulk ferment but collapses flat in the oven "
             "every time. What am I doing wrong?"),
            ("crumbmaster", "Posted March 3, 2026",
             "It sounds like overproofing to me. Try shortening the final proof by an hour "
             "and see whether the loaf keeps its shape."),
            ("ovenspring", "Posted March 4, 2026",
             "I had the same problem last winter. A colder fridge proof overnight fixed it "
             "for me, and the crumb was much more open."),
        ],
    ),
    "de": (
        "Warum fällt mein Sauerteigbrot zusammen?",
        ("Antworten", "Zitieren"),
        [
            ("brotfan", "3. März 2026 um 10:15",
             "Mein Sauerteig geht bei der Stockgare gut auf, fällt aber im Ofen jedes Mal "
             "flach zusammen. Was mache ich falsch?"),
            ("krustenkoenig", "3. März 2026 um 11:02",
             "Das klingt nach Übergare. Versuch die Stückgare um eine Stunde zu verkürzen "
             "und schau, ob das Brot die Form hält."),
            ("ofenfrisch", "4. März 2026 um 08:47",
             "Ich hatte letzten Winter dasselbe Problem. Eine kalte Gare im Kühlschrank "
             "über Nacht hat bei mir geholfen."),
        ],
    ),
    "es": (
        "¿Por qué se hunde mi pan de masa madre?",
        ("Responder", "Citar"),
        [
            ("panadero", "3 de marzo de 2026",
             "Mi masa madre sube bien durante la fermentación, pero se hunde en el horno "
             "cada vez. ¿Qué estoy haciendo mal?"),
            ("migacrujiente", "3 de marzo de 2026",
             "Parece que fermenta demasiado. Prueba a acortar la fermentación final una hora "
             "y mira si el pan mantiene la forma."),
            ("hornoencendido", "4 de marzo de 2026",
             "Yo tuve el mismo problema el invierno pasado. Una fermentación en frío "
             "durante la noche me lo solucionó."),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_FORUM))
def test_a_forum_thread_keeps_the_question_and_every_reply(language: str) -> None:
    """The question and both replies stay, each under its user and date, in one main
    story titled by the thread; the post buttons go as ``kind.post_action``."""
    question, actions, posts = _FORUM[language]
    lines = [f"{question} - Forum", "Forums", question]
    for post in posts:
        lines.extend([*post, *actions])
    page = newsclean.clean_text("\n".join([*lines, "Privacy policy"]))
    assert page.kind is PageKind.FORUM
    assert [a.role for a in page.articles] == ["main"]
    main = page.articles[0]
    assert main.title == question
    assert list(main.paragraphs) == [line for post in posts for line in post]
    assert sorted({r.text for r in page.removed if r.rule == "kind.post_action"}) == sorted(
        actions
    )


def test_reader_comments_under_a_story_do_not_make_it_a_thread() -> None:
    """Dated comments with "Reply" buttons under a long story are its comments: the
    page stays an article and the story its main text."""
    story = (
        "The council approved the new budget on Monday after a long debate that ran late "
        "into the night, with several members asking for more money for schools. "
    )
    lines = ["Budget passes after late debate", "By Jane Doe", "June 3, 2026", story * 6]
    lines += ["3 Comments"]
    for n in range(3):
        lines += [f"reader{n}", f"June {4 + n}, 2026 at 10:1{n} am"]
        lines += ["I think the council should have spent more on the roads this year.", "Reply"]
    page = newsclean.clean_text("\n".join(lines))
    assert page.kind is PageKind.ARTICLE
    assert page.main is not None
    assert page.main.title == "Budget passes after late debate"
    assert "roads" not in page.main.text


def test_a_list_of_dated_teaser_cards_is_no_live_blog() -> None:
    """Cards with a source beside their time are a list of stories, not entries."""
    story = "The council approved the new budget on Monday after a long debate. " * 8
    lines = ["Budget passes", story, "More stories"]
    for n, source in enumerate(["Reuters", "AP", "BBC", "CNN", "AFP"]):
        lines += [source, f"{n + 1} hours ago", f"Markets rally on hopes number {n}"]
        lines += ["Stocks rose on Friday as traders bet on lower rates, analysts said."]
    page = newsclean.clean_text("\n".join(lines))
    assert page.kind is PageKind.ARTICLE
    assert [a.role for a in page.articles] == ["main"] + ["related"] * 5


# --- recipes: an intro, quantity lines and steps ---------------------------------------

_RECIPE = {
    "en": (
        "Easy chocolate mousse",
        "This light and airy chocolate mousse is ready in twenty minutes and needs only "
        "four ingredients, so it is perfect for a dinner party.",
        "Ingredients",
        ["200g dark chocolate", "3 large eggs", "100ml double cream", "2 tbsp caster sugar"],
        "Method",
        ["Melt the chocolate in a bowl set over a pan of simmering water, then let it cool.",
         "Whisk the egg whites with the sugar until they form stiff peaks.",
         "Fold in the cream and the egg whites, spoon into glasses and chill for two hours."],
    ),
    "de": (
        "Schnelle Schokoladenmousse",
        "Diese luftige Schokoladenmousse ist in zwanzig Minuten fertig und braucht nur "
        "vier Zutaten, perfekt für Gäste.",
        "Zutaten",
        ["200 g Zartbitterschokolade", "3 Eier", "100 ml Sahne", "2 EL Zucker"],
        "Zubereitung",
        ["Die Schokolade über einem Wasserbad schmelzen und etwas abkühlen lassen.",
         "Das Eiweiß mit dem Zucker steif schlagen, bis es Spitzen bildet.",
         "Sahne und Eischnee unterheben, in Gläser füllen und zwei Stunden kühlen."],
    ),
    "es": (
        "Mousse de chocolate fácil",
        "Esta mousse de chocolate ligera y esponjosa está lista en veinte minutos y solo "
        "necesita cuatro ingredientes.",
        "Ingredientes",
        ["200 g de chocolate negro", "3 huevos", "100 ml de nata", "2 cucharadas de azúcar"],
        "Preparación",
        ["Derrite el chocolate al baño maría y deja que se enfríe un poco.",
         "Monta las claras con el azúcar hasta que formen picos firmes.",
         "Incorpora la nata y las claras, reparte en vasos y enfría dos horas."],
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_RECIPE))
def test_a_recipe_keeps_its_intro_ingredients_and_steps(language: str) -> None:
    """Intro, ingredients heading, every quantity line, the method heading and every
    step stay under the recipe's own headline; the page says it is a recipe."""
    headline, intro, heading, ingredients, method, steps = _RECIPE[language]
    lines = [f"{headline} | Kitchen", "Home", headline, intro, heading, *ingredients]
    lines += [method, *steps, "Newsletter"]
    page = newsclean.clean_text("\n".join(lines))
    assert page.kind is PageKind.RECIPE
    main = page.main
    assert main is not None
    assert main.title == headline
    assert list(main.paragraphs) == [intro, heading, *ingredients, method, *steps]


@pytest.mark.parametrize("language", sorted(_RECIPE))
def test_a_recipe_without_a_headline_line_is_not_titled_by_an_ingredient(language: str) -> None:
    """With no headline printed above it, the nearest short line above the steps was
    the last ingredient ("100ml double cream"): the title is none of the quantity lines."""
    _, intro, heading, ingredients, method, steps = _RECIPE[language]
    lines = [heading, *ingredients, method, *steps]
    page = newsclean.clean_text("\n".join(lines))
    assert page.kind is PageKind.RECIPE
    main = page.main
    assert main is not None
    assert main.title not in ingredients
    for line in [*ingredients, *steps]:
        assert line in main.paragraphs
    assert intro not in main.text  # (not on this page)


def test_a_story_with_a_few_numbers_in_a_list_is_no_recipe() -> None:
    """Three numbered facts without units under a story do not make a recipe."""
    story = "The council approved the new budget on Monday after a long debate. " * 8
    lines = ["Budget passes", story, "3 new schools", "12 new buses", "400 more teachers"]
    assert newsclean.clean_text("\n".join(lines)).kind is PageKind.ARTICLE


# --- HTML: the markup's declaration --------------------------------------------------


def _html(head: str, body: str) -> str:
    return f"<html><head><title>T</title>{head}</head><body>{body}</body></html>"


_PARA = "<p>The council approved the new budget on Monday, after a long debate late.</p>"


@pytest.mark.parametrize(
    ("head", "attrs", "kind"),
    [
        ('<script type="application/ld+json">{"@type": "LiveBlogPosting"}</script>', "",
         PageKind.LIVEBLOG),
        ("", ' itemscope itemtype="https://schema.org/Recipe"', PageKind.RECIPE),
        ("", ' itemscope itemtype="http://schema.org/DiscussionForumPosting"', PageKind.FORUM),
        ('<script type="application/ld+json">{"@type": ["NewsArticle"]}</script>', "",
         PageKind.ARTICLE),
    ],
)  # fmt: skip
def test_an_html_page_takes_the_kind_its_markup_declares(
    head: str, attrs: str, kind: PageKind
) -> None:
    body = f"<article{attrs}><h1>Budget</h1>{_PARA * 5}</article>"
    page = newsclean.clean_html(_html(head, body))
    assert page.kind is kind
    assert page.main is not None
    assert "budget" in page.main.text


def test_a_clean_story_is_more_confident_than_a_menu_page() -> None:
    """Confidence is monotone-sane: a dated story of prose near 1, a page of links low."""
    story = "\n".join(
        ["Budget passes after a long debate", "By Jane Doe", "June 3, 2026 10:00"]
        + [
            f"The council approved part {n} of the new budget on Monday after a long debate, "
            f"and member {n} said the vote was close but fair to every district."
            for n in range(12)
        ]
    )
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Shop offers", "Contact us"] * 3)
    good = newsclean.clean_text(story)
    poor = newsclean.clean_text(menu)
    assert good.main is not None
    assert good.main.confidence >= 0.85
    assert all(a.confidence < 0.5 for a in poor.articles)
    assert good.kind is PageKind.ARTICLE


@pytest.mark.parametrize("language", sorted(_LIVE))
def test_an_html_live_blog_without_markup_is_told_by_its_entries(language: str) -> None:
    """Without a declared type, the entries in the story's element tell the kind;
    the HTML route keeps every entry as it did."""
    text, _, entries = _live_page(language)
    lines = text.split("\n")
    body = "".join(f"<p>{line}</p>" for line in lines[1:])
    page = newsclean.clean_html(f"<html><head><title>{lines[0]}</title></head><body>"
                                f"<article>{body}</article></body></html>")  # fmt: skip
    assert page.kind is PageKind.LIVEBLOG
    assert page.main is not None
    for _, entry_headline, paragraph in entries:
        assert entry_headline in page.main.paragraphs
        assert paragraph in page.main.paragraphs


@pytest.mark.parametrize("language", sorted(_FORUM))
def test_an_html_thread_without_markup_keeps_its_kind_and_every_reply(language: str) -> None:
    question, actions, posts = _FORUM[language]
    items = "".join(
        f"<div class='post'><p>{user}</p><p>{date}</p><p>{text}</p>"
        + "".join(f"<p>{a}</p>" for a in actions)
        + "</div>"
        for user, date, text in posts
    )
    page = newsclean.clean_html(
        f"<html><head><title>{question} - Forum</title></head><body><h1>{question}</h1>"
        f"<main>{items}</main></body></html>"
    )
    assert page.kind is PageKind.FORUM
    assert page.main is not None
    for _, _, text in posts:
        assert text in page.main.text


@pytest.mark.parametrize(
    ("language", "prefix", "top"), [("en", "Re", "Top"), ("de", "AW", "Nach oben"),
                                    ("es", "Re", "Arriba")]
)  # fmt: skip
def test_a_board_thread_of_reply_titles_and_top_links_keeps_every_post(
    language: str, prefix: str, top: str
) -> None:
    """A board's posts ("Re: <title>", "by <user> » <date>", the text, "Top") are a
    thread without "Reply" buttons: every post stays, under the thread's title."""
    question, _, posts = _FORUM[language]
    lines = [f"Board index ‹ {question}", question]
    for n, (user, date, text) in enumerate(posts):
        lines += [question if n == 0 else f"{prefix}: {question}", f"{user} » {date}", text, top]
    page = newsclean.clean_text("\n".join([*lines, "Who is online"]))
    assert page.kind is PageKind.FORUM
    assert page.main is not None
    assert page.main.title == question
    for _, _, text in posts:
        assert text in page.main.paragraphs


def test_a_live_blog_of_hours_ago_without_a_repeated_title_keeps_its_headline() -> None:
    """Entries timed "1h", "2h" under a "Live reporting" line: a live blog whose title
    is the page's first line, not the line above the first entry."""
    lines = ["Ukraine war latest: talks resume in Geneva", "Live reporting by Jane Doe"]
    for n, (head, text) in enumerate(
        [
            ("Delegations arrive", "The delegations arrived at the venue after nine, aides said."),
            ("Minister: we are ready", "The minister told reporters his side was ready to sign."),
            ("Ceasefire holding", "Monitors reported no violations of the ceasefire overnight."),
        ]
    ):
        lines += [f"{n + 1}h", head, text]
    page = newsclean.clean_text("\n".join(lines))
    assert page.kind is PageKind.LIVEBLOG
    assert page.main is not None
    assert page.main.title == "Ukraine war latest: talks resume in Geneva"
    assert "Monitors reported no violations of the ceasefire overnight." in page.main.paragraphs
