"""The progress bar on stderr, for audits long enough to wonder about.

Drawn by ``rich`` (installed with typer), which redraws at its own pace, so
that drawing never costs more than the work it reports on. Only shown on a
terminal (the caller checks): a log file gets no bar.
"""

from __future__ import annotations

import sys


class ProgressBar:
    """Called as ``bar(done, total)`` by the audit; ``close()`` clears the line's cursor state."""

    def __init__(self, stream=None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("files"), TimeRemainingColumn(),
            console=Console(file=stream or sys.stderr), transient=True,
        )
        self.task = None

    def __call__(self, done: int, total: int) -> None:
        if self.task is None:
            self.progress.start()
            self.task = self.progress.add_task("audit", total=total)
        self.progress.update(self.task, completed=done, total=total)

    def close(self) -> None:
        if self.task is not None:
            self.progress.stop()
