"""Stories: labelled lines to stories, shared by the text and HTML routes.

``card_lines`` reads the header fields of a story card (source, time,
author, reading time), ``segment`` cuts the labelled lines into the main
story and its cards, ``dom_cards`` reads an HTML page's card (found in the
DOM by ``html.cards``) as the same kind of segment, ``assemble`` turns a segment into an ``Article``
(sentences, byline, timestamp, inline chrome), and ``unclaimed`` records
any text no stage took, so nothing is lost silently.
"""
