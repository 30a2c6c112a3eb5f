"""Regression tests for main-story selection in text mode, named after what they guard."""

from __future__ import annotations

import pytest
import regex

import newsclean

_STORY = [
    "Apple plans to release a new laptop with a scissor switch keyboard in the first half "
    "of next year, according to industry sources cited by a Taiwanese publication.",
    "The report claims the display size will remain the same, although the slimmer bezels "
    "of the larger model suggest the company could fit a bigger screen into the same case.",
    "The larger model features a redesigned keyboard, larger speakers and a bigger battery, "
    "and it went on sale last week in stores and online for a slightly higher price.",
]
_COMMENTS = [
    "I think we'll see similar updates to what the larger model received last week, and "
    "the bezels on the smaller one are far too thick for a machine at that price anyway.",
    "Even if it increases the weight slightly, this is a professional machine and most of "
    "us would gladly trade a few grams for a keyboard that does not break after a year.",
    "It would be nice if they switched to a slightly bigger screen with slimmer bezels "
    "just like the larger model, but I doubt they will change the design so soon.",
    # a reader's essay: more text than the story itself
    " ".join(
        [
            "Before he left, the designer was given a great deal of power inside the company, "
            "and the engineers could not overrule him on the thickness of the machines."
        ]
        * 6
    ),
]


def test_bracketed_comment_count_and_top_rated_comments_open_the_comment_zone() -> None:
    """ "[ 167 comments ]" and "Top Rated Comments" open the reader comments: the
    comments below the story (name, time, text, votes) stay out of its body."""
    lines = ["New laptop to get a better keyboard", "By Joe Rossignol", *_STORY]
    lines += ["Tag: laptops", "[ 167 comments ]", "Top Rated Comments", "(View all)"]
    for n, comment in enumerate(_COMMENTS):
        lines += [f"reader{n}", f"2 days ago at 07:5{n} am", comment, f"Rating: {30 - n} Votes"]
    # cards aside (a reader's name and time over a comment look like a card header)
    result = newsclean.clean_text("\n".join(lines), options=newsclean.Options(split_cards=False))
    assert result.main is not None
    assert result.main.paragraphs == tuple(_STORY)
    assert [r.rule for r in result.removed if r.text == "Top Rated Comments"] == ["line.comments"]


def test_short_story_under_its_headline_beats_long_boilerplate_far_below() -> None:
    """The story that starts under the repeated page headline (with its byline and
    date) is the main story, though a customer-service paragraph far below it has
    more words: the headline anchors the best run that starts near it."""
    headline = "Son of former president stabbed to death in Berlin"
    story = [
        "The son of a former German president was stabbed to death on Tuesday evening "
        "while giving a talk at a Berlin clinic, police said.",
        "Another man was critically injured trying to stop the attacker, who was "
        "arrested at the scene.",
    ]
    ticker = []
    for n in range(12):
        ticker += [f"Minister number {n} says talks will go on this week", "By STAFF",
                   f"11/20/2019 0{n % 10}:1{n % 6} AM"]  # fmt: skip
    footer = [f"Section {n}" for n in range(40)]
    boilerplate = (
        "The Post Customer Service Center can be contacted with any questions or requests "
        "by telephone or by e-mail, and the center is staffed and provides answers on "
        "weekdays between seven and two, and on Fridays between seven and noon. " * 2
    ).strip()
    page = "\n".join(
        [f"{headline} - Breaking News - The Post", "Login", "Log Out", headline,
         "By POST STAFF", "NOVEMBER 20, 2019 10:43", *story, *ticker, *footer, boilerplate,
         "Copyright © 2019 The Post. All rights reserved"]
    )  # fmt: skip
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.paragraphs == tuple(story)
    assert result.main.title == headline


def test_numbered_list_a_story_introduces_with_a_colon_stays_in_the_story() -> None:
    """ "Here are our picks:" and the items numbered 1, 2, 3 under it (a link
    between items) are the story's, not a list of chrome after it."""
    story = [
        "Black Friday has reached us again: the shops cut their prices on the Friday "
        "after Thanksgiving and the shopping season for the holidays begins in earnest.",
        "In recent years the sales have grown into a whole week of offers, and online shops "
        "now start their discounts several days before the Friday itself.",
    ]
    intro = "So here are our picks for nostalgic fans of the eighties, on sale this week:"
    items = []
    for n, thing in enumerate(
        [
            "A starship model kit",
            "An electric racing track",
            "A box of classic films",
            "The time machine model",
        ],
        start=1,
    ):
        items += [f"{n}) {thing}", f"http://shop.example/{n}"]  # fmt: skip
    page = "\n".join(["Deals for nostalgics", "Home", "Film", *story, intro, *items,
                      "Related posts", "Contact", "Privacy"])  # fmt: skip
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.paragraphs[: len(story)] == tuple(story)
    assert intro in result.main.paragraphs
    assert "4) The time machine model" in result.main.paragraphs
    assert "Related posts" not in result.main.paragraphs


def test_list_of_one_shape_a_story_introduces_with_a_colon_stays() -> None:
    """Tour dates under "The tour dates:" (lines of one shape, a few words each)
    are the story's; the one-word social links after them are not."""
    story = [
        "A half century on, the band is still touring, and its founding members will "
        "take the stage together again for a thirty-date run across the country.",
        "Kicking off in June, the run will mark the first time the four of them have "
        "toured together since the band's first reunion more than twenty years ago.",
        "The singer told the audience at a show in the spring that the band had been "
        "working on new songs, and that a new album could follow the tour next year.",
        "Tickets go on sale on Friday at noon, and fans who joined the band's mailing "
        "list can buy them a day early, the promoter said in a statement on Monday.",
    ]
    intro = "The band's anniversary tour dates for next year are:"
    dates = [
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- Credit Union Amphitheatre, Tampa, FL",
        "June 14 -- Bank Amphitheatre, Alpharetta, GA",
        "June 17 -- Bridgestone Arena, Nashville, TN",
    ]
    page = "\n".join(["Band announces tour", "Music", *story, intro, *dates,
                      "FACEBOOK", "TWITTER", "EMAIL ME", "Customer Service"])  # fmt: skip
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.paragraphs == (*story, intro, *dates)


def test_long_thoughts_on_title_line_opens_the_comments() -> None:
    """'10 thoughts on "<the post's whole title>"' runs past 80 characters and
    still opens the reader comments: the replies below stay out of the story."""
    title = "Business Focus: Why Some People Triumph Online and Others Never Get Going"
    lines = [title, "By Pamela Wilson", *_STORY, "VISUAL MARKETING", f"10 thoughts on “{title}”"]
    for n, comment in enumerate(_COMMENTS):
        lines += [f"Reader Number{n}", comment, "Reply"]
    result = newsclean.clean_text("\n".join(lines), options=newsclean.Options(split_cards=False))
    assert result.main is not None
    assert result.main.paragraphs == tuple(_STORY)
    assert [r.rule for r in result.removed if r.text.startswith("10 thoughts")] == ["line.comments"]


def test_story_repeated_as_one_long_line_is_a_copy() -> None:
    """A page that prints the story again as one line (its paragraphs run
    together, as a print or AMP copy flattens) keeps the story once."""
    paragraphs = [
        f"{opening} the council said on Monday that the new plan would cut waiting times "
        f"for housing repairs by half within two years, and that {n} extra crews would "
        "start work in the spring across the eastern and western districts of the city."
        for n, opening in enumerate(
            ["In a statement,", "At a meeting,", "Speaking to reporters,", "In its report,"],
            start=10,
        )
    ]
    # the copy opens with the summary the page printed as bullet points
    copy = "Repairs will be faster, the council says. " + " ".join(paragraphs)
    page = "\n".join(["Council plans faster repairs", "By Jane Roe", *paragraphs,
                      "Share this article", copy, "Privacy policy"])  # fmt: skip
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.paragraphs == tuple(paragraphs)


def test_video_title_near_the_headline_is_no_story_beside_the_story_below() -> None:
    """A playlist between the headline (with its byline and date) and the story: the
    one video title that ends like a sentence is no story for the headline to anchor,
    so the story's paragraphs further down are the main story."""
    headline = "Takeaways from the minister's testimony at the inquiry"
    playlist = []
    for n in range(12):
        title = f"Analyst number {n} explains a key term in the inquiry"
        if n == 3:
            title = "Senator says a rival who is overconfident about beating the mayor is 'foolish'"
        playlist += ["Video Ad Feedback", title, f"0{n % 10}:1{n % 6}", "Now playing"]
    page = "\n".join(
        [f"{headline} | The News", "Home", "World", headline, "By Jane Roe, The News",
         "Updated 4:48 PM EST, Mon November 6, 2023", *playlist, *_STORY, "Related topics"]
    )  # fmt: skip
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.paragraphs == tuple(_STORY)


def test_german_comment_thread_stays_out_of_the_story() -> None:
    """A German blog's comments ("Rafael sagt:", a date, the text, "Antworten") are
    known by the German markers, on a page without a language hint too."""
    story = [
        "Der Stadtrat hat am Montag den neuen Haushalt beschlossen, nach einer langen "
        "und zum Teil hitzigen Debatte über die Kosten des neuen Hafens.",
        "Die Opposition kritisierte die Pläne scharf und kündigte an, gegen den Beschluss "
        "vor Gericht zu ziehen, sobald die Begründung schriftlich vorliegt.",
        "Der Bürgermeister verteidigte den Haushalt und sagte, die Stadt müsse jetzt in "
        "ihre Zukunft investieren, auch wenn das neue Schulden bedeute.",
    ]
    comments = []
    for n, name in enumerate(["Rafael", "blah blubb", "mirdochegal"]):
        comments += [f"{name} sagt:", f"2{n}. Juni 2016 um 17:2{n} Uhr",
                     "Ich finde, der Stadtrat hätte die Bürger vorher fragen müssen, denn es "
                     f"geht um sehr viel Geld, und das ist nun schon der {n + 2}. Haushalt "
                     "in Folge, der ohne jede Beteiligung der Bürger beschlossen wurde, "
                     "obwohl alle Parteien im Wahlkampf genau das versprochen hatten.",
                     "Antworten"]  # fmt: skip
    page = "\n".join(["Stadtrat beschließt Haushalt", *story, "3 Kommentare", *comments])
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.paragraphs == tuple(story)


def test_german_byline_under_the_headline_names_the_authors() -> None:
    """ "von <Namen>" under a German headline is the story's byline, with or without a
    language hint; "Par ailleurs, ..." in French is a sentence, not a byline."""
    story = [
        "Der Stadtrat hat am Montag den neuen Haushalt beschlossen, nach einer langen "
        "und zum Teil hitzigen Debatte über die Kosten des neuen Hafens.",
        "Die Opposition kritisierte die Pläne scharf und kündigte an, gegen den Beschluss "
        "vor Gericht zu ziehen, sobald die Begründung schriftlich vorliegt.",
    ]
    page = "\n".join(["Stadtrat beschließt Haushalt", "von Marcus Bensmann , Justus von Daniels",
                      "14. Mai 2019", *story])  # fmt: skip
    result = newsclean.clean_text(page)
    assert result.main is not None
    assert result.main.authors == ("Marcus Bensmann", "Justus von Daniels")
    assert result.main.paragraphs == tuple(story)


_SHARE = ["Facebook", "Twitter", "Email", "Print"]


def _main_title(header: list[str]) -> str | None:
    """The main story's title on a page of ``header``, share buttons and the story."""
    main = newsclean.clean_text("\n".join([*header, *_SHARE, *_STORY])).main
    assert main is not None
    return main.title


@pytest.mark.parametrize(
    ("header", "author", "date"),
    [
        # a short line before: the story had neither author nor date
        ("11/19/2019 by Lars Brandle", "Lars Brandle", "11/19/2019"),
        # the time parser took "| by Olivia Larsen" for words after the date
        ("October 9, 2018 | by Olivia Larsen", "Olivia Larsen", "October 9, 2018"),
        # a byline then a time was labelled a time, and the author was lost
        ("By Justine Coleman - 11/18/19 11:04 PM EST", "Justine Coleman", "11/18/19 11:04 PM EST"),
        ("By Jane Roe | June 7, 2025", "Jane Roe", "June 7, 2025"),
    ],
)
def test_date_by_author_line_names_the_author_and_the_date(
    header: str, author: str, date: str
) -> None:
    """A line of a date and a byline under the headline is the story's byline."""
    page = "\n".join(["The Doobie Brothers Set 50th Anniversary Tour", header, *_STORY])
    main = newsclean.clean_text(page).main
    assert main is not None
    assert main.authors == (author,)
    assert main.published is not None
    assert main.published.text == date


def test_kicker_above_the_headline_ends_the_story_header() -> None:
    """A list of other headlines above the kicker ("NEWS") is not the story's:
    the longest of them was taken for the headline."""
    others = [
        "Ciara to Host 2019 American Music Awards, Plus New Performers Announced",
        "15 Fun Facts About the 2019 American Music Awards Nominations",
    ]
    header = [*others, "NEWS", "The Doobie Brothers Set 50th Anniversary Tour", "11/19/2019"]
    assert _main_title(header) == "The Doobie Brothers Set 50th Anniversary Tour"


def test_headline_above_a_block_of_byline_date_and_time_is_found() -> None:
    """Headline, standfirst, photo credit, byline, date, time: the lines a
    headline may stand above its cues are counted above the whole cue block
    (before, the photo credit was the headline)."""
    header = [
        "Business",
        "Column: The merger sends a dismal signal about the future of local news",
        "The company is merging with another to create the largest newspaper chain.",
        "(Jacquelyn Martin / Associated Press)",
        "By Michael Hiltzik",
        "Nov. 19, 2019",
        "5:53 PM",
    ]
    assert _main_title(header) == (
        "Column: The merger sends a dismal signal about the future of local news"
    )


def test_breadcrumb_ending_in_the_headline_is_not_the_headline() -> None:
    """A breadcrumb line that holds the headline is longer than the headline
    printed below it; the headline is the line on its own."""
    header = [
        "Home Natural & Eco-Friendly Babywearing Hiking the Boulder Flat Irons",
        "Babywearing Colorado Family & Life Tips Travel",
        "Hiking the Boulder Flat Irons",
        "by Regan September 15, 2014",
    ]
    assert _main_title(header) == "Hiking the Boulder Flat Irons"


def test_author_on_the_line_after_a_bare_by_is_the_author() -> None:
    """ "By" / "Ryan Reed": a byline whose link stood on a line of its own."""
    page = "\n".join(["The Doobie Brothers Unite for a 50th Anniversary Tour", "By", "Ryan Reed"])
    main = newsclean.clean_text("\n".join([page, *_SHARE, *_STORY])).main
    assert main is not None
    assert main.authors == ("Ryan Reed",)
    assert "Ryan Reed" not in main.text


def test_standfirst_without_a_period_under_the_headline_is_not_the_headline() -> None:
    """The longest headline-shaped line above the byline was the standfirst."""
    header = [
        "Home Music Music News",
        "The Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour",
        "McDonald joins Tom Johnston, Patrick Simmons, and John McFee onstage in Nashville "
        "for a surprise performance and tour announcement",
        "By Ryan Reed",
    ]
    assert _main_title(header) == (
        "The Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour"
    )


def test_date_printed_above_the_headline_is_the_story_date() -> None:
    """Sites that print the date above the headline: it was outside the header."""
    page = "\n".join(
        ["Business News", "November 19, 2019 / 12:21 AM", "Oil drags lower as supply grows"]
    )
    main = newsclean.clean_text("\n".join([page, *_SHARE, *_STORY])).main
    assert main is not None
    assert main.published is not None
    assert main.published.text == "November 19, 2019 / 12:21 AM"


def test_sentence_starting_with_by_stays_in_the_story() -> None:
    """ "By taking off just the top half ..." is a sentence of the story; it
    was read as a byline and dropped."""
    sentence = (
        "By taking off just the top half of the bread, you are saving nearly 100 calories, "
        "about the same as a bottle of light beer."
    )
    page = "\n".join(["Eat smarter at the game", _STORY[0], sentence, *_STORY[1:]])
    main = newsclean.clean_text(page).main
    assert main is not None
    assert sentence in main.paragraphs


@pytest.mark.parametrize(
    ("byline", "author"),
    [("Posted by Vortex", "Vortex"), ("Author: Lindsey O'Donnell", "Lindsey O'Donnell")],
)
def test_every_english_author_prefix_of_the_lexicon_makes_a_byline(
    byline: str, author: str
) -> None:
    """ "Posted by", "Author:": prefixes the lexicon knew and the labeller did not."""
    page = "\n".join(["Android flaw lets apps spy on users", byline, *_STORY])
    main = newsclean.clean_text(page).main
    assert main is not None
    assert main.authors == (author,)
    assert byline not in main.text


_AD_STORIES = {
    "en": (
        "Advertisement",
        [
            "The city council approved the new harbour plan on Monday after a debate that "
            "lasted six hours in the old town hall.",
            "Supporters said the plan would bring jobs to the waterfront, while critics warned "
            "about the cost to taxpayers over the next decade.",
        ],
        "The vote was seven to two, with one member away.",
    ),
    "de": (
        "Anzeige",
        [
            "Der Stadtrat hat am Montag den neuen Hafenplan nach einer Debatte von sechs "
            "Stunden im alten Rathaus beschlossen.",
            "Die Befürworter sagten, der Plan bringe Arbeit an das Ufer, die Kritiker warnten "
            "vor den Kosten für die Steuerzahler.",
        ],
        "Die Abstimmung endete mit sieben zu zwei Stimmen, ein Mitglied fehlte.",
    ),
    "es": (
        "Publicidad",
        [
            "El ayuntamiento aprobó el lunes el nuevo plan del puerto después de un debate "
            "de seis horas en el viejo edificio municipal.",
            "Los partidarios dijeron que el plan traerá empleo al puerto, mientras que los "
            "críticos advirtieron sobre el coste para los contribuyentes.",
        ],
        "La votación terminó con siete votos a favor y dos en contra del plan.",
    ),
}


@pytest.mark.parametrize("language", sorted(_AD_STORIES))
def test_a_short_last_paragraph_after_an_ad_line_stays_in_the_story(language: str) -> None:
    """Issue 18: a short last paragraph below an "Advertisement" / "Anzeige" /
    "Publicidad" line was removed as content.outside; without the ad line it
    was kept. An ad slot with story text right below it interrupts the story;
    the ad line itself is removed as an advert (line.advert)."""
    ad, paragraphs, last = _AD_STORIES[language]
    page = "\n".join(["Harbour plan approved", *paragraphs, ad, last])
    result = newsclean.clean(page)
    assert result.main is not None
    assert result.main.text.endswith(last)
    assert [(r.rule, r.kind.value) for r in result.removed if r.text == ad] == [
        ("line.advert", "advert")
    ]


def test_an_ad_line_below_the_story_over_the_footer_still_ends_the_story() -> None:
    """A guard: an ad slot with no story text right below it (the page's
    footer follows) ends the story as any chrome line does; the footer's
    sentences do not join it."""
    _, paragraphs, _ = _AD_STORIES["en"]
    footer = [
        "Top",
        "Back",
        "E-mail this article to a friend",
        "© owned by or licensed to Example Newspapers Limited 2008.",
        "Example is a trade mark of Example Newspapers Limited in the United Kingdom and in "
        "the other countries where it trades.",
        "Please read our Terms and Conditions and our Privacy Statement with care before you "
        "go on using this site.",
        "The views of our readers are their own and not those of the newspapers.",
    ]
    paragraphs = [
        *paragraphs,
        "The mayor said the first works would start in the spring and that the ferry "
        "terminal would stay open while the new quay is built.",
        "A public meeting on the timetable will be held in the harbour office next month, "
        "the council said in a statement.",
    ]
    page = "\n".join(["Harbour plan approved", *paragraphs, "ADVERTISEMENT", *footer])
    result = newsclean.clean(page)
    assert result.main is not None
    assert result.main.text.endswith(paragraphs[-1])


def test_a_script_leaked_by_the_flattener_is_no_story_in_an_unspaced_script() -> None:
    """Flatteners that keep a <script>'s text (lxml's text_content) print lines of
    long tokens without spaces; such a line once counted as Chinese or Japanese
    (two characters a word) and outscored the story. Only letters of scripts
    written without spaces make a line unspaced."""
    script = [
        "var tipobj=document.all?document.all['dhtmltooltip']:document.getElementById?"
        "document.getElementById('dhtmltooltip'):''",
        "{",
        "if(typeof thewidth!='undefined')tipobj.style.width=thewidth+'px'",
        "var winwidth=ie&&!window.opera?ietruebody().clientWidth:window.innerWidth-20",
        "var rightedge=ie&&!window.opera?winwidth-event.clientX-offsetfromcursorX:"
        "winwidth-e.clientX-offsetfromcursorX",
        "}",
    ]
    page = newsclean.clean_text(
        "\n".join([*script, "Home", "News", "New laptop to get a better keyboard", *_STORY])
    )
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)


_HOMES = [
    (
        "Seattle, WA",
        "3103 E Olive St",
        "The Madrona home recently had a price cut, and the three bedroom "
        "house built in 1929 has refinished hardwood floors and a large garden.",
    ),
    (
        "Tucson, AZ",
        "1855 N Camino De Oeste",
        "This stucco home has six bedrooms on three acres, and "
        "the spacious floor plan is highlighted by a kitchen with views of the hills.",
    ),
    (
        "Memphis, TN",
        "2256 Court Ave",
        "This classic brick colonial stands on a street lined with old "
        "trees, and the house from 1910 has kept its original woodwork and windows.",
    ),
    (
        "Erie, PA",
        "3834 Montrose Ave",
        "The property in Erie just got a cut in its price, and sitting "
        "on a little over two acres it has a barn, a pond and a porch around the house.",
    ),
]


def test_a_listicle_under_its_own_header_keeps_every_item() -> None:
    """Each item of a list article (a place, an address, a price, then its
    paragraph) stands alone between short lines, as a teaser card does; under
    the story's own header (the page title printed again over a date) they
    are the story, not a card list to weigh down."""
    title = "How much house can you get for $600,000?"
    lines = [f"{title} | Home Blog", "Eye Candy", "Tips", "Finance", "Search", title]
    lines.append("Date: November 1, 2012 | Category: Eye Candy | Author: Erika Riggs")
    for place, street, text in _HOMES:
        lines += [place, f"{street}, {place}", "For sale: $599,900", text]
    lines += ["Related:", "How much house can you get for $400,000?", "Tags: homes, prices"]
    page = newsclean.clean_text("\n".join(lines))
    assert page.main is not None
    assert page.main.title == title
    assert all(text in page.main.paragraphs for _, _, text in _HOMES)


def test_a_short_story_under_its_kicked_headline_beats_a_long_about_us_blurb() -> None:
    """A video post: the headline printed behind a kicker ("Watch | ...") over
    its byline, two sentences of story, then related links and a long "about
    the publisher" paragraph further down. The headline is found behind its
    kicker, and the story right under its header wins over the blurb."""
    story = (
        "Take a visit inside the leather workshop of a craftsman in Massachusetts, who shows us "
        "how his bags are cut, stitched and finished by hand in the same way for forty years."
    )
    blurb = (
        "Our company is a wholly independent publisher of online fashion and lifestyle news "
        "websites with offices in Berlin and New York, and since its start it has grown into "
        "one of the leading voices for menswear and street culture, read by millions of people "
        "in every corner of the world each month on the web and on their phones."
    )
    lines = [
        "Leather bags - Portrait of an American Craftsman - Video • Stylebook",
        "Stylebook",
        "Fashion",
        "Shoes",
        "Watch | Portrait of an American Craftsman",
        "By Jeff Carvalho posted on November 13, 2012 6:00 pm",
        story,
        "bags",
        "video",
        "Related Posts",
        "November 7, 2012 Canvas Bag Collection",
        "November 2, 2012 Grocery Bag",
        "October 29, 2012 Fall Winter Video",
        "Previous Post",
        "Follow us",
        "RSS Feed",
        "Dr. Martens Spring 2013 Collection Preview",
        "The Sleek Vespa 946 Scooter",
        "About Stylebook",
        blurb,
        "Contact Us",
    ]
    page = newsclean.clean_text("\n".join(lines))
    assert page.main is not None
    assert page.main.paragraphs == (story,)
    assert page.main.title == "Watch | Portrait of an American Craftsman"


def test_a_leave_a_comment_link_above_all_story_text_opens_no_comment_thread() -> None:
    """A post's header may hold "Leave a comment | Published in ..." above the
    story; a comment marker with no story text above it opens no thread, so
    the story below is not weighed down as comments (and cut at its
    subheadings)."""
    paragraphs = [
        "Lately it seems every light fixture or chair that catches my eye was designed by the "
        "same woman, and her new line for an Italian maker shows why her work is everywhere.",
        "Her artful approach and dedication to function make the designs stand out, and one of "
        "the first pieces I noticed was a high chair full of curls and doodles in steel.",
        "The line also includes a small stool, a streamlined and ergonomic piece that can be "
        "used as a seat or a side table, and it comes in four colours this autumn.",
        "I look forward to seeing what she comes up with next, and I will keep you posted as "
        "soon as I find out more about the pieces she is showing in Milan in the spring.",
    ]
    lines = ["Stellar designers | The Design Blog", "Home", "Shop", "Stellar designers"]
    lines += ["Posted by Becky", "Leave a comment! | Published in Designer Interviews"]
    lines += [*paragraphs[:2], "Chair", "Pouf", "Stool", *paragraphs[2:]]
    page = newsclean.clean_text("\n".join(lines))
    assert page.main is not None
    assert page.main.paragraphs == tuple(paragraphs)


# Issue 17: lists a story holds between its paragraphs (bullet points, a
# table's rows, questions and answers), as each flattener prints them, in
# several languages: (intro, items, paragraphs above and below)
_HELD_LISTS = {
    "en_bullets": (
        "The district weighed three things before it closed the school:",
        [
            "* the cost and length of student travel in a district this large;",
            "* a possible drop in parent involvement at the new school;",
            "* the number of teachers who would have to move with the pupils.",
        ],
        "en",
    ),
    "en_plain_rows": (
        "Schools closed on Thursday, as the districts told us:",
        [
            "Boonton: out for the rest of the week",
            "Chatham: out Thursday and Friday",
            "Mendham township: out Thursday",
            "Lincoln park: closed until further notice",
        ],
        "en",
    ),
    "fr_bullets": (
        "Le conseil a retenu plusieurs points avant de voter le budget :",
        [
            "• la hausse des tarifs des transports scolaires ;",
            "• la fermeture de deux bibliothèques de quartier ;",
            "• le report des travaux de la piscine municipale.",
        ],
        "fr",
    ),
    "es_numbered": (
        "El ayuntamiento aprobó estas medidas para el próximo año:",
        [
            "1. una subida de las tarifas del transporte escolar;",
            "2. el cierre de dos bibliotecas de barrio;",
            "3. el aplazamiento de las obras de la piscina municipal.",
        ],
        "es",
    ),
}
_PARAGRAPHS = {
    "en": [
        "The council approved the new budget on Monday after a long and heated debate that "
        "ran well into the night, with members from every party taking turns to speak.",
        "Opposition members said the plan would raise local taxes for most families next "
        "year and warned that the outer districts would bear the brunt of the cuts.",
        "The mayor said the vote was a victory for the city and promised to review spending "
        "again in the spring, once the first figures for the new year were known.",
        "Residents who spoke to reporters outside the town hall were divided, with some "
        "saying the cuts were overdue and others worried about the services they use.",
    ],
    "fr": [
        "Le conseil municipal a adopté lundi soir le nouveau budget après un long débat qui "
        "s'est prolongé tard dans la nuit, chaque groupe ayant pris la parole à son tour.",
        "L'opposition estime que le plan fera augmenter les impôts locaux de la plupart des "
        "familles l'an prochain et que les quartiers périphériques en paieront le prix.",
        "Le maire a salué une victoire pour la ville et promis de revoir les dépenses au "
        "printemps, lorsque les premiers chiffres de la nouvelle année seront connus.",
        "Les habitants interrogés devant la mairie étaient partagés, certains jugeant ces "
        "économies nécessaires et d'autres s'inquiétant pour les services qu'ils utilisent.",
    ],
    "es": [
        "El pleno del ayuntamiento aprobó el lunes el nuevo presupuesto tras un largo debate "
        "que se alargó hasta la noche, con intervenciones de todos los grupos municipales.",
        "La oposición afirma que el plan subirá los impuestos locales a la mayoría de las "
        "familias el año que viene y que los barrios de la periferia pagarán las consecuencias.",
        "El alcalde habló de una victoria para la ciudad y prometió revisar el gasto en la "
        "primavera, cuando se conozcan las primeras cifras del nuevo ejercicio económico.",
        "Los vecinos consultados a las puertas del ayuntamiento estaban divididos, y algunos "
        "veían necesarios los recortes mientras otros temían por los servicios que usan.",
    ],
}


@pytest.mark.parametrize("case", sorted(_HELD_LISTS))
def test_a_list_the_story_holds_between_its_paragraphs_stays_in_the_story(case: str) -> None:
    """Issue 17: a run of short lines between the story's paragraphs was
    removed as content.list_in_region even when it was the story's own list
    (bullet points, rows of a table), which the HTML route keeps. Items
    written like sentences, introduced by a colon or ending in punctuation,
    are the story's."""
    intro, items, language = _HELD_LISTS[case]
    p1, p2, p3, p4 = _PARAGRAPHS[language]
    page = "\n".join(["Home", "World", "Council backs budget", p1, p2, intro, *items, p3, p4])
    kept, text = _main_words(page)
    assert [b for b in items if _words(b) not in kept] == []
    assert text.endswith(p4)


def _main_words(page: str) -> tuple[str, str]:
    """The page's main story read from its text: its words (``_words``) and its text."""
    main = newsclean.clean_text(page).main
    assert main is not None
    return _words(main.text), main.text


def _words(text: str) -> str:
    """The text's words, one space apart (assembly mends spacing such as
    French's space before a semicolon)."""
    return " ".join(regex.findall(r"\w+", text))


_SITE_RUNS = {
    # headlines in title case, punctuated or not
    "title_case_headlines": [
        "Police Make Arrest In Seven-Month-Old Missing Woman Case",
        "Worker Rescued From Trench At Construction Site In Brooklyn.",
        "Investigators Return To Site Of Deadly Crane Accident",
        "Community Tries To Save Bronx Affordable Housing",
    ],
    # headlines in sentence case, as many sites and languages print them, no punctuation
    "sentence_case_headlines": [
        "Afghan woman politician sees talks as only hope",
        "Young people must be heard in the peace talks, says envoy",
        "China invites officials for two-day talks in the capital",
        "Safety officials urge the maker to redesign part of its jets",
    ],
    # sentence-cased, one ending like a sentence, but under a "More:" teaser line
    "under_a_teaser": [
        "More: the week's other stories",
        "Afghan woman politician sees talks as only hope",
        "Young people must be heard, says the envoy.",
        "China invites officials for two-day talks in the capital",
        "Safety officials urge the maker to redesign part of its jets",
    ],
}


@pytest.mark.parametrize("case", sorted(_SITE_RUNS))
def test_a_sites_links_between_the_storys_paragraphs_still_go(case: str) -> None:
    """A guard for the rule above: a run of teaser headlines between the
    story's paragraphs is the site's, not the story's list, whether its
    headlines capitalise every word or read like sentences without
    punctuation, or sit under a "More:" teaser."""
    links = _SITE_RUNS[case]
    p1, p2, p3, p4 = _PARAGRAPHS["en"]
    page = "\n".join(["Home", "World", "Council backs budget", p1, p2, *links, p3, p4])
    kept, text = _main_words(page)
    assert [b for b in links if _words(b) in kept] == []
    assert text.endswith(p4)


_EVENTS = [
    "Milan to San Remo, on the coast: the longest race of the spring",
    "Bruges to Meerbeke, near the capital: five short climbs",
    "Compiègne to Roubaix, on the cobbles: the hardest day of the year",
    "Liège and back, over the hills of the south: the oldest of all",
    "Paris to Tours, along the river: a race for the sprinters",
    "Como to Bergamo, around the lake: the last race of the season",
    "the final round, on a course to be named in the summer",
    "a reserve date in the autumn, if the weather stops a race",
]


def test_a_long_list_the_story_introduces_with_a_colon_does_not_end_the_story() -> None:
    """Issue 17: a list of eight rows under "Here are this year's races:" with
    story text below it ended the region at the colon (each short row costs
    a penalty), and the list and the story's rest were lost. A run between
    story lines, introduced by a colon and written like sentences, is
    neutral for the region."""
    p1, p2, p3, _ = _PARAGRAPHS["en"]
    last = "Entries for the first race close on Friday, the organisers said."
    intro = "Here are this year's races:"
    page = "\n".join(["Home", "Sport", "Cup calendar set", p1, p2, intro, *_EVENTS, p3, last])
    kept, text = _main_words(page)
    assert [e for e in _EVENTS if _words(e) not in kept] == []
    assert text.endswith(last)


def test_a_menu_under_a_colon_between_the_story_and_a_blurb_does_not_join_them() -> None:
    """A guard for the rule above: a menu introduced by a colon ("Follow us
    on:" and its links) is no list the story holds; the site's blurb below
    it stays out of the story."""
    p1, p2, p3, p4 = _PARAGRAPHS["en"]
    menu = ["Facebook", "Twitter", "Instagram", "YouTube", "LinkedIn", "Newsletter"]
    blurb = (
        "The Example Gazette has covered the council, its courts and its schools since 1888 "
        "and is read by more than a hundred thousand households every week."
    )
    intro = "Follow us on social media:"
    page = "\n".join(["Home", "Council backs budget", p1, p2, p3, p4, intro, *menu, blurb])
    main = newsclean.clean_text(page).main
    assert main is not None
    assert main.text.endswith(p4)


@pytest.mark.parametrize("language", sorted(_AD_STORIES))
def test_an_ad_slot_printing_its_marker_twice_does_not_end_the_story(language: str) -> None:
    """Issue 17: an ad slot whose marker the flattener printed twice
    ("Advertisement" / "Advertisement": the slot's label and its
    placeholder) ended the story at the slot; the paragraph below was lost.
    Every marker line of a slot with story text right below it is an
    interruption, as a single one is."""
    ad, paragraphs, last = _AD_STORIES[language]
    page = "\n".join(["Harbour plan approved", *paragraphs, ad, ad, last])
    main = newsclean.clean(page).main
    assert main is not None
    assert main.text.endswith(last)


def test_a_headline_opening_the_story_region_over_its_byline_is_the_title() -> None:
    """A headline that is the region's own first line, with the byline and
    date below it, is the title; before, the nearest short line above the
    region ("Learn More", a banner's button) was taken, and the headline
    stayed in the body. (A headline with commas and a question reads as
    story text, so the region starts at it.)"""
    headline = "Why are the ferries late, and who will pay for the new crossing?"
    header = [
        "Ferry plan | Harbour Gazette",
        "Welcome to our network's new reader experience",
        "Learn More",
        headline,
        "Jane Roe and John Doe, Harbour Gazette",
        "Published 10:02 AM EST Nov 19, 2019",
    ]
    main = newsclean.clean_text("\n".join([*header, *_STORY])).main
    assert main is not None
    assert main.title == headline
    assert headline not in main.text


def test_a_blogs_older_main_newer_line_is_no_headline() -> None:
    """A blog's navigation line ("« Older post | Main | Newer post »") over
    the post's date is a menu of three parts, not the post's headline; the
    post's own title below it is."""
    header = [
        "« A week of rain | Main | Notes on a new kitchen »",
        "May 16, 2012",
        "Ferry operators add a late crossing",
    ]
    assert _main_title(header) == "Ferry operators add a late crossing"


def test_a_headline_printed_twice_over_its_byline_beats_a_follow_line() -> None:
    """The page prints its headline in a bar at the top and again over the
    byline; between the byline and the date stand "About ..." and "Follow
    ... on Twitter". The longest headline-shaped line over the date was the
    title ("Follow Jane Roe on Twitter"); the twice-printed headline is."""
    headline = "The Harbour Clock"
    header = [
        "Menu",
        headline,
        "Subscribe",
        "Sign In",
        "Ferries",
        headline,
        "By Jane Roe",
        "About Jane Roe",
        "Follow Jane Roe on Twitter",
        "November 19, 2019 6:30 AM",
    ]
    assert _main_title(header) == headline


def test_an_authors_name_printed_twice_by_the_date_is_no_headline() -> None:
    """A guard for the rule above: an author's name printed twice, the
    second time over the date, is a name (a few words, no function word),
    and the headline over it stays the title."""
    headline = "Ferry operators add a late crossing as summer crowds return"
    name = "Adam Clark Estes"
    header = ["Home", name, "Ferries", headline, name, "11/19/19 4:00pm"]
    assert _main_title(header) == headline


@pytest.mark.parametrize("label", ["Advert", "ADVERT", "This slideshow requires JavaScript."])
def test_a_british_advert_label_and_a_slideshow_notice_between_paragraphs_stay_out(
    label: str,
) -> None:
    """"Advert" alone on its line (British sites' label over an ad slot) and the notice a
    slideshow prints without scripts are no story text, in text mode and in HTML; the
    story's paragraphs on both sides stay (aeb: a motorcycle magazine's page)."""
    text = "\n".join(["Harbour plan approved", _STORY[0], label, *_STORY[1:]])
    html = (
        "<html><body><article><h1>Harbour plan approved</h1>"
        + f"<p>{_STORY[0]}</p><div class='slot'><p>{label}</p></div>"
        + "".join(f"<p>{p}</p>" for p in _STORY[1:])
        + "</article></body></html>"
    )
    for page in (newsclean.clean_text(text), newsclean.clean_html(html)):
        assert page.main is not None
        assert label not in page.main.text
        assert _STORY[0] in page.main.text
        assert _STORY[-1] in page.main.text


def test_a_menu_item_printing_the_headline_cut_short_is_no_headline() -> None:
    """A menu item that prints the page title's headline cut short ("Driver
    standings" of "Driver standings 2025") is no headline when another line
    prints it whole over the story's date; before, the menu item, the first
    of the title's prints, anchored the story."""
    header = [
        "Driver standings 2025 | Racing Weekly | F1 | Indy",
        "News",
        "Calendar",
        "Driver standings",
        "Team standings",
        "Forum",
        "Driver standings 2025",
        "Friday, 22 October 2025, 20:13",
    ]
    assert _main_title(header) == "Driver standings 2025"


def test_a_title_case_headline_of_two_sentences_is_the_title() -> None:
    """A Title Case headline of two sentences ends in a period and read as
    no headline, so a photo credit over the story was taken instead; every
    longer word capitalised marks it as the headline over its byline."""
    headline = "Ferry Stocks Are Falling After the Report. Why You Shouldn't Worry."
    header = [
        "Ferry stocks slide | Market Weekly",
        "Markets",
        headline,
        "By Jane Roe",
        "Updated Nov. 19, 2019 8:21 am ET",
        "Print Article",
        "Ferry operators fell after the report. Photograph by John Doe/Getty Images",
    ]
    assert _main_title(header) == headline


def test_a_title_case_greeting_of_one_sentence_is_no_headline() -> None:
    """A Title Case line of one sentence with a period is a slogan or a
    greeting ("Best Wishes for The New Year."), not a headline."""
    header = [
        "Harbour Shop news",
        "Festive Period Deliveries",
        "Best Wishes for Christmas and The New Year.",
        "May 16, 2012",
    ]
    assert _main_title(header) == "Festive Period Deliveries"


def test_the_title_part_printed_first_heads_the_page_when_both_are_as_long() -> None:
    """Of a <title> "Only Those Who Love... — Daily Words of Reflection", the
    longer part is the site's name, printed in the footer below the story;
    the headline is the part printed first, above the story. Before, the
    longer part was the only candidate and the page had no title."""
    page = [
        "Only Those Who Love... — Daily Words of Reflection",
        "Good Morning",
        "Birthday",
        "Only Those Who Love…",
        "Messages » Messages of Self-Esteem » Only Those Who Love…",
        *_STORY,
        "Daily Words of Reflection",
        "Contact",
    ]
    main = newsclean.clean_text("\n".join(page)).main
    assert main is not None
    assert main.title == "Only Those Who Love…"


# Found by text pages of our own making in Japanese and Chinese: a headline
# written without spaces ("国会、来年度予算を可決", one run of 11 characters) counted
# as one word, too few for a headline, so the story had no title; and a story
# of a few hundred characters counted as a few words, too few for a story, so
# the page's kind was "other".
_CJK = {
    "ja": (
        "国会、来年度予算を可決",
        "山田太郎 記者",
        "山田太郎",
        [
            "国会は木曜日、長時間にわたる審議の末、来年度の予算案を賛成多数で可決した。",
            "野党は予定されている支出を厳しく批判し、改革の機会を逃したと主張した。",
            "財務大臣は、エネルギーと防衛の費用が高いことを挙げて、予算案を擁護した。",
            "参議院での採決は来月に予定されており、最終的な判断が注目されている。",
        ],
    ),
    "zh": (
        "国会通过明年预算",
        "记者 王伟",
        "王伟",
        [
            "国会周四经过长时间的辩论，以多数票通过了明年的预算案。",
            "反对党严厉批评了计划中的支出，称错过了改革的机会。",
            "财政部长为预算案辩护，指出能源和国防费用很高。",
            "参议院将于下月进行表决，最终结果备受关注。",
        ],
    ),
}


def test_a_headline_written_without_spaces_is_the_title() -> None:
    for language, (title, byline, author, paragraphs) in _CJK.items():
        text = "\n".join(["Home", "Politics", title, byline, "2025年3月12日 14:22", *paragraphs])
        page = newsclean.clean_text(text)
        assert page.main is not None, language
        assert page.main.title == title, language
        assert page.main.authors == (author,), language
        assert page.main.published is not None, language
        assert page.main.paragraphs == tuple(paragraphs), language
        assert page.kind.value == "article", language


def test_a_korean_story_keeps_every_paragraph() -> None:
    """Korean words carry their particles ("지출을", "비판하며"): a sentence of nine
    words is a whole story line, and no function word stands alone to count.
    Found by a text page of our own making: only the first paragraph was kept."""
    paragraphs = [
        "국회는 목요일 오랜 논의 끝에 내년도 예산안을 찬성 다수로 통과시켰다.",
        "야당은 예정된 지출을 강하게 비판하며 개혁의 기회를 놓쳤다고 주장했다.",
        "재무장관은 에너지와 국방 비용이 높다는 점을 들어 예산안을 옹호했다.",
        "상원의 표결은 다음 달로 예정되어 있어 최종 결과가 주목된다.",
    ]
    legal = "무단 전재 및 재배포 금지 Copyright (C) Example. All right reserved."
    header = ["국회, 내년 예산안 통과", "김민수 기자", "2025년 3월 12일 14:22"]
    text = "\n".join([*header, *paragraphs, legal])
    page = newsclean.clean_text(text)
    assert page.main is not None
    assert page.main.title == "국회, 내년 예산안 통과"
    assert page.main.authors == ("김민수",)
    assert page.main.paragraphs == tuple(paragraphs)
    assert legal in {r.text for r in page.removed}


def test_a_newsletter_prompt_between_paragraphs_is_removed() -> None:
    """A sign-up prompt reads as a sentence, so the line rules kept it inside
    the story ("Get the latest updates right in your inbox. Subscribe to our
    newsletters."); it is the site speaking about itself (content.promo)."""
    prompt = "Get the latest updates right in your inbox. Subscribe to our newsletters."
    follow = "Follow us on Twitter for more stories like this one."
    text = "\n".join(["Apple plans a new laptop", _STORY[0], prompt, *_STORY[1:], follow])
    page = newsclean.clean_text(text)
    assert page.main is not None
    assert page.main.paragraphs == tuple(_STORY)
    assert {r.rule for r in page.removed if r.text in (prompt, follow)} == {"content.promo"}


def test_a_story_sentence_about_a_newsletter_stays() -> None:
    """Only the site's own prompt goes: a story's sentence naming a newsletter,
    an inbox or a sign-up stays."""
    about = (
        "The company said its newsletter reached 40,000 readers, and that anyone "
        "could sign up for the service on its website."
    )
    text = "\n".join(["Apple plans a new laptop", _STORY[0], about, *_STORY[1:]])
    page = newsclean.clean_text(text)
    assert page.main is not None
    assert about in page.main.paragraphs


def test_a_header_inside_the_region_does_not_cut_off_a_headed_story() -> None:
    """The story has its headline, byline and date right above its paragraphs;
    a related card below it prints its time after its teaser ("(Reuters, 3
    hours ago)"). The card's headline over that time read as the story's own
    header inside the region, so the region started there and the story's
    paragraphs were removed as content.outside (page of our own making)."""
    header = ["City council approves new transit budget", "By Maria Lopez", "June 7, 2025"]
    story = [
        "The city council approved a new transit budget on Thursday after a debate that "
        "lasted more than six hours and drew hundreds of residents.",
        "The plan adds forty buses to the busiest routes and extends evening service on "
        "three rail lines, officials said at a briefing afterwards.",
        "Opponents argued that the fare increase buried in the plan would hit low-income "
        "riders hardest, and promised to fight it at the next session.",
    ]
    cards = [
        "Drought forces farmers to rethink irrigation",
        "Farmers across the valley are switching to drip irrigation as the reservoirs "
        "fall to their lowest level in a decade.",
        "(Reuters, 3 hours ago)",
        "Museum returns looted statues to Nigeria",
        "The museum handed back thirty bronze statues on Friday in a ceremony attended "
        "by the Nigerian ambassador and local leaders.",
        "(AP, 5 hours ago)",
    ]
    page = newsclean.clean_text("\n".join([*header, *story, *cards]))
    assert page.main is not None
    assert page.main.title == header[0]
    assert page.main.paragraphs[: len(story)] == tuple(story)


def test_story_lines_without_final_periods_under_the_header_are_kept() -> None:
    """A site printing no final periods: the story's first lines under the
    headline and its site-and-date line read as prose but not as sentences,
    so the region began at the first line ending in a period and the lead
    was removed as content.outside (aeb 358cc4a0, a Blogger news site)."""
    lead = [
        "The council approved the new budget this morning after a long debate over "
        "the cost of the bus routes and the plans for the rail lines",
        "This has freed the money for the new stations in the north of the city",
    ]
    text = "\n".join(
        # the page's <title> first, as flatteners print it, then the menu
        ["Council backs the new transit budget", "Home", "News",
         "Council backs the new transit budget", "CityNews June 7, 2025",
         *lead, *_STORY, "Tags:", "City News"]
    )
    page = newsclean.clean_text(text)
    assert page.main is not None
    assert page.main.title == "Council backs the new transit budget"
    assert page.main.paragraphs == (*lead, *_STORY)


def test_a_posts_meta_line_under_the_headline_is_no_lead() -> None:
    """A line of words under the headline that carries a year or bars is a
    post's meta line ("Posted on September 3, 2012 at 12:01 am as Plugin"),
    not the story's unpunctuated first line."""
    meta = "Posted on September 3, 2012 at 12:01 am as Plugin"
    title = "Council backs the new transit budget"
    text = "\n".join([title, "Home", "News", title, meta, *_STORY])
    page = newsclean.clean_text(text)
    assert page.main is not None
    assert meta not in page.main.paragraphs
