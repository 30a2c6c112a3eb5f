"""The shell: what sits on top of the pipeline for people and batch jobs.

``cli`` is the ``newsclean`` command (its arguments and ``main``), built of
``inputs`` (files, folders, JSONL, WARC and stdin read as tasks),
``workers`` (each task cleaned, serially or in worker processes with a time
limit), ``formats`` (a cleaned record as txt, md, json, jsonl, csv or html)
and ``writers`` (to one stream or a file per record), with ``settings`` the
values they pass. ``records`` cleans batches of input records into rows
(one result per record, errors as rows), ``explain`` draws pages as HTML
cards (reports and notebooks) and ``scoring`` is the benchmark metric.
``newsclean.spark`` builds on ``records``.
"""
