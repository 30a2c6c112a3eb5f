"""Pages per second per core: ``clean()`` in-process against ``clean_dataframe`` on local[2].

    PYTHONPATH=src python -m tests.spark.throughput [--runs 5] [--partitions 8]

The 181 aeb HTML pages (``../shared/corpora/aeb/html``). In-process: one
process, one core, ``newsclean.clean`` on every page. Spark: the session of
the tests (``local[2]``), the pages cached in a DataFrame, the cleaning
forced with a ``noop`` write, on a warm session (a first pass starts the
Python workers and is not counted). Rounds alternate the two so load from
other processes hits both alike; the best round counts.

Two per-core figures are printed for Spark: wall-clock (pages/s over the
two cores) and CPU (pages per CPU-second of the JVM and its Python workers,
read from /proc), which other processes on a shared machine do not skew.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "aeb" / "html"
CORES = 2


def _tree_cpu_seconds(root: int) -> tuple[float, float]:
    """CPU seconds of ``root``'s descendants (not ``root``), reaped children included.

    Two figures: the JVM's and the Python workers' (every other descendant).
    """
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    names: dict[int, str] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        names[int(entry.name)] = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = sum(int(f) for f in fields[11:15]) / tick
    jvm = python = 0.0
    for pid in times:
        up = parents.get(pid, 0)
        while up and up != root:
            up = parents.get(up, 0)
        if up != root:
            continue
        if names[pid] == "java":
            jvm += times[pid]
        else:
            python += times[pid]
    return jvm, python


def main(argv: list[str] | None = None) -> int:
    """Print both figures and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="rounds; the best counts")
    parser.add_argument("--partitions", type=int, default=8, help="partitions of the pages")
    parser.add_argument(
        "--repeat", type=int, default=1, help="clean the pages this many times per round"
    )
    args = parser.parse_args(argv)

    import newsclean
    from newsclean.spark import clean_dataframe
    from tests.spark.conftest import build_session

    pages = [(p.stem, p.read_bytes()) for p in sorted(CORPUS.glob("*.html"))]
    n = len(pages) * args.repeat
    spark = build_session("newsclean-throughput")
    copies = [(f"{name}/{k}", html) for k in range(args.repeat) for name, html in pages]
    frame = spark.createDataFrame(copies, "id string, html binary").repartition(args.partitions)
    frame = frame.cache()
    frame.count()
    job = clean_dataframe(frame, html_col="html", id_col="id")

    def spark_pass() -> tuple[float, float, float]:
        jvm, python = _tree_cpu_seconds(os.getpid())
        start = time.perf_counter()
        job.write.format("noop").mode("overwrite").save()
        wall = time.perf_counter() - start
        jvm_after, python_after = _tree_cpu_seconds(os.getpid())
        return wall, jvm_after - jvm, python_after - python

    def local_pass() -> tuple[float, float]:
        cpu, start = time.process_time(), time.perf_counter()
        for _ in range(args.repeat):
            for _, html in pages:
                newsclean.clean(html)
        return time.perf_counter() - start, time.process_time() - cpu

    local_pass()  # warm imports and caches
    spark_pass()  # start and warm the Python workers
    local_runs, spark_runs = [], []
    for _ in range(args.runs):
        local_runs.append(local_pass())
        spark_runs.append(spark_pass())
    spark.stop()

    local_wall, local_cpu = min(r[0] for r in local_runs), min(r[1] for r in local_runs)
    spark_wall = min(r[0] for r in spark_runs)
    jvm, python = min(spark_runs, key=lambda r: r[1] + r[2])[1:]
    load = os.getloadavg()[0]
    print(
        f"aeb/html: {len(pages)} pages x {args.repeat}, best of {args.runs},"
        f" {args.partitions} partitions, load average {load:.1f} on {os.cpu_count()} CPUs"
    )
    print(
        f"in-process, one core: {n / local_wall:6.1f} pages/s wall, {n / local_cpu:6.1f} per CPU-s"
    )
    print(
        f"Spark local[{CORES}]: {n / spark_wall:7.1f} pages/s wall = {n / spark_wall / CORES:6.1f}"
        f" per core, {n / (jvm + python):6.1f} per CPU-s"
        f" (JVM {jvm:.2f} s + Python workers {python:.2f} s)"
    )
    print(
        f"Spark per core / in-process: {local_wall / spark_wall / CORES:.2f} (wall),"
        f" {local_cpu / (jvm + python):.2f} (CPU)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
