"""The shell: what sits on top of the pipeline for people and batch jobs.

``cli`` is the ``newsclean`` command, ``records`` cleans batches of input
records into rows (one result per record, errors as rows), ``explain``
draws pages as HTML cards (reports and notebooks) and ``scoring`` is the
benchmark metric. ``newsclean.spark`` builds on ``records``.
"""
