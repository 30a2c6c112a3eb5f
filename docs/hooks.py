"""mkdocs hooks: tables generated from the code when the site is built.

``<!-- rules-table -->`` becomes the rule registry (``newsclean.RULES``) and
``<!-- cli-help -->`` the command's ``--help``, so neither can drift.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import Any

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _use_source() -> None:
    """Import newsclean from this checkout (mkdocs resets sys.path after loading hooks)."""
    if SRC not in sys.path:
        sys.path.insert(0, SRC)


def rules_table() -> str:
    """The rule registry as a Markdown table, grouped by stage (the name's prefix)."""
    _use_source()
    from newsclean.core.rules import RULES

    stages = {
        "line": "label",
        "content": "content",
        "card": "segment",
        "inline": "inline",
        "html": "html",
        "edit": "assemble",
    }
    rows = ["| rule | stage | kind | reason |", "|---|---|---|---|"]
    for name, rule in RULES.items():
        stage = stages.get(name.split(".")[0], name.split(".")[0])
        kind = rule.kind.value if rule.kind else "edit"
        reason = rule.reason.replace("|", "\\|")
        rows.append(f"| `{name}` | {stage} | {kind} | {reason} |")
    return "\n".join(rows) + f"\n\n{len(RULES)} rules."


def cli_help() -> str:
    """``newsclean --help`` as a code block."""
    _use_source()
    from newsclean.shell.cli import _parser

    parser = _parser()
    parser.formatter_class = functools.partial(argparse.HelpFormatter, width=88)
    return "```text\n" + parser.format_help() + "```"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Fill the placeholders of a page."""
    if "<!-- rules-table -->" in markdown:
        markdown = markdown.replace("<!-- rules-table -->", rules_table())
    if "<!-- cli-help -->" in markdown:
        markdown = markdown.replace("<!-- cli-help -->", cli_help())
    return markdown
