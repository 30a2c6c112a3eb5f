"""WARC files in, a Parquet table of articles out: newsclean on Spark.

    spark-submit --master local[2] examples/warc_to_parquet.py in.warc.gz [more.warc.gz ...] out/

Each WARC file is read by one task with warcio, streaming; its response
records that are 2xx ``text/html`` or ``text/plain`` become pages (the
``WARC-Record-ID`` as the id, ``WARC-Target-URI`` as the URL,
``WARC-Date`` as the reference time of relative dates, the HTTP charset
as the encoding hint). ``newsclean.spark.clean_dataframe`` cleans them and
the articles go to ``out/`` as Parquet, one row per article (the schema is
in docs/spark.md). A page without a story gives a ``NoArticle`` row, a bad
page an error row. A truncated or corrupt WARC file keeps the pages before
the damage, is reported on stderr and makes the exit status 1.

Needs ``pip install 'newsclean[spark,warc]'`` wherever the job runs (the
driver and every executor). On a cluster the paths must be readable from
every executor (a shared file system); for S3 open them with your S3
client inside ``read_warc`` as Common Crawl's cc-pyspark does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F  # noqa: N812 - Spark's own convention

from newsclean.spark import clean_dataframe

ARROW_BATCH = "spark.sql.execution.arrow.maxRecordsPerBatch"
PAGE_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}

#: one row per page
PAGES_DDL = "id string, url string, fetched_at string, html binary, text string, encoding string"


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def read_warc(path: str, unreadable: Any = None) -> Iterator[tuple[Any, ...]]:
    """The pages of one WARC file (runs on an executor).

    A truncated or corrupt file keeps the pages read before the damage; it
    is logged to the executor's stderr and counted in ``unreadable`` (a
    Spark accumulator), and the job goes on, as Common Crawl's cc-pyspark does.
    """
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                page = _page(record)
                if page is not None:
                    yield page
    except Exception as exc:
        print(f"warc_to_parquet: unreadable {path}: {exc!r:.300}", file=sys.stderr)
        if unreadable is not None:
            unreadable.add(1)


def _page(record: Any) -> tuple[Any, ...] | None:
    """A 2xx HTML or text response record as a page row; None for any other record."""
    http = record.http_headers
    if record.rec_type != "response" or http is None:
        return None
    content_type = http.get_header("Content-Type") or "text/html"
    mime = content_type.split(";")[0].strip().lower()
    if not http.get_statuscode().startswith("2") or mime not in PAGE_TYPES:
        return None
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID")
    url = headers.get_header("WARC-Target-URI")
    fetched_at = headers.get_header("WARC-Date")
    payload = record.content_stream().read()
    charset = _charset(content_type)
    if mime == "text/plain":
        text = payload.decode(charset or "utf-8", errors="replace")
        return (record_id, url, fetched_at, None, text, None)
    return (record_id, url, fetched_at, payload, None, charset)


def warc_articles(spark: SparkSession, paths: list[str], unreadable: Any = None) -> DataFrame:
    """The articles of the WARC files at ``paths``, one task per file."""
    files = spark.sparkContext.parallelize(paths, max(1, len(paths)))
    pages = spark.createDataFrame(files.flatMap(lambda p: read_warc(p, unreadable)), PAGES_DDL)
    return clean_dataframe(
        pages,
        html_col="html",
        text_col="text",
        url_col="url",
        id_col="id",
        reference_time_col="fetched_at",
        encoding_col="encoding",
    )


def main(argv: list[str]) -> int:
    """``warc_to_parquet.py IN.warc.gz [IN ...] OUT_DIR``; exit status 1 if a file is unreadable."""
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    *inputs, out = argv
    paths = [str(Path(p).resolve()) for p in inputs]
    spark = SparkSession.builder.appName("newsclean-warc-to-parquet").getOrCreate()
    if not spark.sparkContext.getConf().contains(ARROW_BATCH):  # pages are big: small batches
        spark.conf.set(ARROW_BATCH, "64")
    try:
        unreadable = spark.sparkContext.accumulator(0)
        warc_articles(spark, paths, unreadable).write.mode("overwrite").parquet(out)
        written = spark.read.parquet(out)
        failed = written.where(F.col("error").isNotNull()).count()
        print(
            f"{written.count()} rows ({failed} error rows) from {len(paths)} WARC file(s)"
            f" -> {out}; {unreadable.value} file(s) unreadable"
        )
        return 1 if unreadable.value else 0
    finally:
        spark.stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
