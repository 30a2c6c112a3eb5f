"""Running the records: each cleaned and rendered (``process``), one after
another or in worker processes, with a time limit per record, in input order.

A record's failure is its own error row, never the run's: a worker over
the limit is interrupted (or killed, if it does not answer) and replaced,
and the rest of its chunk goes to another worker.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import logging
import multiprocessing
import multiprocessing.connection
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from newsclean.shell.formats import failure, render, skipped
from newsclean.shell.records import clean_record, drop_repeated, off_target, page_error
from newsclean.shell.settings import Outcome, RecordTimeout, Settings, Task

log = logging.getLogger("newsclean")


def process(task: Task, settings: Settings) -> Outcome:
    """Clean one record and render it in the output format; never raises for bad input."""
    record_id, name = task.get("id"), _stem(task)
    try:
        if "_error" in task:
            kind, message = task["_error"]
            return failure(record_id, kind, message, settings, name)
        if "_path" in task:
            task = {"id": record_id, "page": Path(task["_path"]).read_bytes()}
        cleaned = clean_record(
            task, reference_time=settings.reference_time, options=settings.options
        )
        problem = page_error(cleaned.page)
        if problem is not None:
            return failure(record_id, *problem, settings, name)
        if settings.target_language is not None:
            reason = off_target(cleaned.page, settings.target_language)
            if reason is not None:
                log.info("%s: skipped: %s", record_id, reason)
                return Outcome(skipped(cleaned, reason, settings), id=record_id, name=name)
        if settings.deduplicate:  # rendered in the parent, after the repeats are dropped
            return Outcome("", id=record_id, name=name, cleaned=cleaned)
        return Outcome(render(cleaned, settings), id=record_id, name=name)
    except RecordTimeout:
        message = f"over the {settings.timeout:g} s limit"
        return failure(record_id, "Timeout", message, settings, name)
    except Exception as exc:  # a record's failure is reported, never the run's
        log.debug("record %r failed", record_id, exc_info=True)
        return failure(record_id, type(exc).__name__, str(exc), settings, name)


def _stem(task: Task) -> str:
    """The stem of a record's file name with ``-o DIR``: a page file's name, else the id."""
    if "_path" in task:
        return Path(task["_path"]).stem
    record_id = task.get("id")
    return "stdin" if record_id == "-" else str(record_id)


# --------------------------------------------------------------------------- running


def run_serial(tasks: Iterator[Task], settings: Settings) -> Iterator[Outcome]:
    for task in tasks:
        yield process(task, settings)


def deduplicated(outcomes: Iterator[Outcome], settings: Settings) -> Iterator[Outcome]:
    """The outcomes in input order, the cleaned ones rendered without repeated paragraphs."""
    seen: set[str] = set()
    for outcome in outcomes:
        if outcome.cleaned is None:
            yield outcome
        else:
            out = render(drop_repeated(outcome.cleaned, seen), settings)
            yield dataclasses.replace(outcome, out=out, cleaned=None)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise RecordTimeout


def _worker(conn: multiprocessing.connection.Connection, settings: Settings) -> None:
    """A worker process: receive chunks of (index, task), send back (index, outcome)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C
    limit = settings.timeout or 0.0
    alarm = limit > 0 and hasattr(signal, "setitimer")
    if alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for index, task in chunk:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                outcome = process(task, settings)
            except RecordTimeout:  # the alarm rang between records' code paths
                outcome = failure(task.get("id"), "Timeout", "over the time limit", settings)
            finally:
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            conn.send((index, outcome))


_WARM_PAGE = (
    "<html><head><title>Warm</title></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Warm</h1><p>By Jane Doe | Updated: June 7, 2025, 10:00 am. The pool loads its "
    "lexicons once, before the workers fork, so each worker starts warm.</p></article></body>"
)


def _warm(settings: Settings) -> None:
    """Load lexicons and compile patterns in the parent, so forked workers share them."""
    for key in ("html", "text"):
        with contextlib.suppress(Exception):
            clean_record({key: _WARM_PAGE}, options=settings.options)


class _Slot:
    """One worker process and the chunk it is working on."""

    def __init__(self, ctx: Any, settings: Settings) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, settings), daemon=True)
        self.proc.start()
        child.close()
        self.pending: collections.deque[tuple[int, Task]] = collections.deque()
        self.since = 0.0  # when the record now running started

    def send(self, chunk: list[tuple[int, Task]]) -> None:
        self.pending.extend(chunk)
        self.since = time.monotonic()
        self.conn.send(chunk)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


_CRASHED = ("WorkerCrashed", "the worker process died on this record")


class _Pool:
    """Worker slots fed chunks of numbered tasks, and the outcomes back by number."""

    def __init__(
        self, tasks: Iterator[Task], settings: Settings, jobs: int, chunk_size: int
    ) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.ctx = multiprocessing.get_context(method)
        self.settings, self.chunk_size = settings, chunk_size
        timeout = settings.timeout
        # past the in-worker alarm and a grace period, the worker is killed
        self.hard = None if timeout is None else timeout + max(1.0, timeout / 2)
        if method == "fork":
            _warm(settings)
        self.slots = [_Slot(self.ctx, settings) for _ in range(jobs)]
        self.queue: collections.deque[tuple[int, Task]] = collections.deque()
        self.done: dict[int, Outcome] = {}
        self.source = enumerate(tasks)
        self.exhausted = False
        self.next_out = 0  # the input position of the next outcome to yield

    def feed(self) -> None:
        """Send a chunk to every idle worker while tasks remain."""
        queue = self.queue
        for i, slot in enumerate(self.slots):
            if slot.pending:
                continue
            self._top_up()
            if queue:
                chunk = [queue.popleft() for _ in range(min(self.chunk_size, len(queue)))]
                try:
                    slot.send(chunk)
                except OSError:  # the worker died between chunks
                    queue.extendleft(reversed(chunk))
                    self._replace(i)

    def _top_up(self) -> None:
        """Read tasks into the queue until it holds a chunk or the input ends."""
        while len(self.queue) < self.chunk_size and not self.exhausted:
            item = next(self.source, None)
            if item is None:
                self.exhausted = True
            else:
                self.queue.append(item)

    def busy(self) -> list[_Slot]:
        return [s for s in self.slots if s.pending]

    def wait(self, busy: list[_Slot]) -> list[Any]:
        """Wait for a busy worker's outcome or death, or its record's hard limit."""
        wait_for = None
        if self.hard is not None:
            wait_for = max(0.0, min(s.since for s in busy) + self.hard - time.monotonic())
        return multiprocessing.connection.wait(
            [s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=wait_for
        )

    def collect(self, ready: list[Any]) -> None:
        """Take the outcomes of the ready workers; fail the record of a worker that
        died or passed the hard limit, and replace the worker."""
        now = time.monotonic()
        for i, slot in enumerate(self.slots):
            if not slot.pending:
                continue
            lost = None
            if slot.conn in ready:
                lost = self._receive(slot, now)
            elif slot.proc.sentinel in ready:
                lost = _CRASHED
            elif self.hard is not None and now - slot.since >= self.hard:
                lost = "Timeout", f"over the {self.settings.timeout:g} s limit (worker killed)"
            if lost is not None and slot.pending:
                index, task = slot.pending.popleft()
                log.warning("%s: %s", task.get("id"), lost[1])
                self.done[index] = failure(task.get("id"), lost[0], lost[1], self.settings)
                self.queue.extendleft(reversed(slot.pending))  # the chunk's rest: to another
                slot.pending.clear()
                self._replace(i)

    def _receive(self, slot: _Slot, now: float) -> tuple[str, str] | None:
        """Read a worker's finished outcomes; the error if the worker died."""
        try:
            while slot.conn.poll():
                index, outcome = slot.conn.recv()
                slot.pending.popleft()
                self.done[index] = outcome
                slot.since = now
                if not slot.pending:
                    break
        except (EOFError, OSError):
            return _CRASHED
        return None

    def _replace(self, i: int) -> None:
        self.slots[i].stop(kill=True)
        self.slots[i] = _Slot(self.ctx, self.settings)

    def in_order(self) -> Iterator[Outcome]:
        """The done outcomes that come next in input order."""
        while self.next_out in self.done:
            yield self.done.pop(self.next_out)
            self.next_out += 1

    def stop(self) -> None:
        for slot in self.slots:
            slot.stop(kill=bool(slot.pending))


def run_pool(
    tasks: Iterator[Task], settings: Settings, jobs: int, chunk_size: int
) -> Iterator[Outcome]:
    """Clean in ``jobs`` worker processes; yield outcomes in input order.

    A worker that passes the time limit (plus a grace period for the
    in-worker alarm) or dies is replaced; its record gets an error row and
    the rest of its chunk goes to another worker.
    """
    pool = _Pool(tasks, settings, jobs, chunk_size)
    try:
        while True:
            pool.feed()
            busy = pool.busy()
            if not busy:
                break
            pool.collect(pool.wait(busy))
            yield from pool.in_order()
        yield from pool.in_order()
    finally:
        pool.stop()
