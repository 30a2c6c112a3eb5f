"""Parsers: sentences, timestamps, bylines and reading times, each usable alone.

Each reads a short string into a value and knows nothing of pages: the
sentence splitter (``sentences``), the timestamp reader (``timestamps`` on
``time_grammar`` and ``time_reader``, with ``dates_fallback`` for languages
without data files), the byline reader (``bylines``) and the reading-time
test (``reading_times``). The stages above call them; they call only ``core``.
"""
