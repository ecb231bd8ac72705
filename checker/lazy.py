"""``once``: a value computed on first read and kept on the instance.

``functools.cached_property`` does the same but, in Python 3.11, takes a lock on
every first read; the matcher and the frame engine make several such reads per
sentence, where that lock was measured at about 2% of extraction. Nothing here
shares a sentence between threads, so no lock is needed.
"""

from __future__ import annotations


class once:  # noqa: N801 (used like ``property``)
    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value
