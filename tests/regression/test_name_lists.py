"""Long lines that are lists of names (a select box's options, a tag cloud) are no story text."""

from __future__ import annotations

import pytest

from newsclean import clean_text

_OPTIONS = {
    "en": "Choose Agriculture Business Culture Economy Education Elections Energy Environment "
    "Finance Health Housing Immigration Justice Labour Media Politics Religion Science "
    "Security Society Sport Technology Tourism Transport Travel Urbanism Weather World Youth",
    "de": "Auswählen Arbeit Bildung Digitales Energie Finanzen Forschung Gesundheit Justiz "
    "Kultur Landwirtschaft Medien Migration Politik Reisen Sicherheit Soziales Sport Steuern "
    "Technik Tourismus Umwelt Verkehr Wetter Wirtschaft Wissen Wohnen Jugend Europa Welt",
}
_TAGS = (
    "adopt a pet water alert environment friendship service flood roads school lunch "
    "vaccination bridge festival library market river park bus garden museum taxes "
    "housing police fire music theatre football traffic elections youth harbour "
    "carnival budget hospital beach cycling recycling heritage jobs nursery airport "
    "tram station parking noise lighting trees playground swimming pool stadium "
    "volunteers pensions rent shelter dogs cats bees climate drought storm snow "
    "bakery fishermen farmers chess choir cinema dance poetry marathon rowing"
)
_STORY = {
    "en": (
        "Home care vehicles vandalised",
        "The home care team in the Amizade district found two of its five cars broken into "
        "this morning. The batteries were gone and the doors were damaged, and the police "
        "came to look at the cars. Patients booked for the morning are being given new "
        "times, and the health office expects the service to be back to normal this afternoon.",
    ),
    "de": (
        "Autos des Pflegedienstes aufgebrochen",
        "Der Pflegedienst im Stadtteil Amizade hat heute Morgen zwei seiner fünf Autos "
        "aufgebrochen vorgefunden. Die Batterien fehlten und die Türen waren beschädigt, und "
        "die Polizei hat sich die Wagen angesehen. Die Patienten des Vormittags bekommen neue "
        "Termine, und das Gesundheitsamt rechnet damit, dass der Dienst am Nachmittag "
        "wieder läuft.",
    ),
}


# a sidebar archive between the lists and the story: short lines, a barrier
_ARCHIVE = [
    f"{year}-{month:02d} ({(year * month) % 60 + 1})"
    for year in (2017, 2018)
    for month in range(1, 13)
]


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_long_line_of_names_does_not_outweigh_a_one_paragraph_story(language: str) -> None:
    # no page title above the story (a Markdown flattener drops <title>), and
    # the page's other long lines are lists, so stopwords cannot tell prose
    headline, paragraph = _STORY[language]
    page = "\n".join(
        ["MENU", "Home", "News", "Contact", _OPTIONS[language], "Tags", _TAGS, *_ARCHIVE, headline,
         "05/10/2018 - Published by: Clara Borba", paragraph, "Facebook Twitter", "Back"]
    )
    main = clean_text(page).main
    assert main is not None
    assert main.text == paragraph
