"""The local zone of a page: where a time it prints without a zone is read.

"Stand: 12.03.2025 14:22 Uhr" on a German site is Berlin time, not UTC.
The evidence, best first (the tables are ``data/_zones/*.txt``, with the
reasons for what they list and leave out):

1. the site's country-code domain: ``.de`` -> Europe/Berlin, ``.co.uk`` ->
   Europe/London, ``.in`` -> Asia/Kolkata (generic ``.com`` tells nothing);
2. the region of the page's language tag: ``pt-BR`` -> America/Sao_Paulo,
   ``en-IN`` -> Asia/Kolkata;
3. the page's language, where its news keeps one clock: ``de``, ``it``,
   ``nl``, ``ja``, ``ko``, ``zh``, ``hi`` (not ``en``, ``es``, ``pt``,
   ``fr``, ``ru``, ``id``).

Nothing found gives None: the caller keeps its default (the reference
time's zone, else UTC). ``Options.time_zone`` overrides all of it.

>>> local_zone(url="https://www.tagesschau.de/inland/x.html")
'Europe/Berlin'
>>> local_zone(url="https://www.bbc.co.uk/news", language="en")
'Europe/London'
>>> local_zone(url="https://example.com/a", tag="pt-BR", language="pt")
'America/Sao_Paulo'
>>> local_zone(url="https://example.com/a", language="ja")
'Asia/Tokyo'
>>> local_zone(url="https://example.com/a", language="en") is None
True
"""

from __future__ import annotations

import functools
from datetime import tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsclean.core import lexicon
from newsclean.core.errors import InputError

__all__ = ["local_zone", "named_zone", "page_zone"]

_TABLES = "_zones"  # data/_zones/: no language folder (``lexicon.languages`` skips "_")


def local_zone(
    *, url: str | None = None, tag: str | None = None, language: str | None = None
) -> str | None:
    """The IANA zone a page's site, language tag or language points to, or None.

    ``url`` is the page's address, ``tag`` its declared language tag
    (``<html lang="de-AT">``), ``language`` its language code.
    """
    countries = lexicon.table(_TABLES, "countries")
    for country in (_domain_country(url), _tag_country(tag)):
        if country and country in countries:
            return countries[country]
    if language:
        return lexicon.table(_TABLES, "languages").get(language.casefold())
    return None


def page_zone(
    chosen: str | None,
    *,
    url: str | None = None,
    tag: str | None = None,
    language: str | None = None,
) -> tzinfo | None:
    """The zone for a page's times without one: ``chosen`` (``Options.time_zone``),
    else ``local_zone``'s; None when neither names one.

    >>> page_zone(None, url="https://www.lemonde.fr/a"), page_zone("UTC", url="https://x.fr/")
    (zoneinfo.ZoneInfo(key='Europe/Paris'), zoneinfo.ZoneInfo(key='UTC'))
    """
    name = chosen or local_zone(url=url, tag=tag, language=language)
    return named_zone(name) if name else None


def _domain_country(url: str | None) -> str | None:
    """The last label of the URL's host ("de" for www.spiegel.de), if a country could own it.

    >>> _domain_country("https://www.bbc.co.uk/news"), _domain_country("http://[::1]/")
    ('uk', None)
    """
    if not url or len(url) > 2048:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # a malformed address ("http://[x") is no evidence
        return None
    if not host:
        return None
    last = host.rstrip(".").rpartition(".")[2]
    return last if len(last) == 2 and last.isalpha() else None


def _tag_country(tag: str | None) -> str | None:
    """The region of a language tag: "BR" of "pt-BR", "TW" of "zh-Hant-TW".

    >>> _tag_country("pt-BR"), _tag_country("zh-Hant-TW"), _tag_country("en")
    ('br', 'tw', None)
    """
    if not tag or len(tag) > 35:  # (the longest sensible tag is far shorter)
        return None
    for part in tag.strip().replace("_", "-").split("-")[1:3]:
        if len(part) == 2 and part.isalpha():
            return part.casefold()
    return None


@functools.cache
def named_zone(name: str) -> tzinfo:
    """The zone an IANA name names (DST-correct, from ``zoneinfo``).

    Raises ``InputError`` for a name the tz database does not know.

    >>> named_zone("Europe/Berlin")
    zoneinfo.ZoneInfo(key='Europe/Berlin')
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:  # ValueError: "../x", absolute paths
        raise InputError(
            f"unknown time zone {name!r} (an IANA name such as 'Europe/Berlin')"
        ) from err
