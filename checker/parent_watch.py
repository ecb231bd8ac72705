"""Worker processes end when the audit that started them dies.

A pool worker waits on a pipe its siblings also hold open, so when the
parent is killed (SIGKILL, SIGTERM, out of memory) the worker never sees it
go and blocks forever, holding memory and the cache's files. Linux is asked
to send SIGTERM on the parent's death; everywhere, a thread checks the
parent's pid twice a second.
"""

from __future__ import annotations

import os
import threading
import time

_PR_SET_PDEATHSIG = 1


def exit_with_parent(parent: int) -> None:
    """Call in a worker: end it as soon as process ``parent`` is gone."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM))
    except (OSError, AttributeError, TypeError):
        pass  # not Linux: the thread below does the job

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)

    if os.getppid() != parent:  # died before we could ask
        os._exit(1)
    threading.Thread(target=watch, name="checker-parent-watch", daemon=True).start()
