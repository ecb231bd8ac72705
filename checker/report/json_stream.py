"""A pydantic model's indented JSON in pieces, byte for byte what ``to_json(indent=...)`` gives.

A report of a large archive is hundreds of megabytes of JSON; serialising it
in one call holds that text (twice, while pydantic hands it over) beside the
report itself. Here the parts that make a report large are written one by
one: a list longer than ``long`` items, a list holding models that have such
parts, and a model field that may be null and holds such a model. Items are
serialised in batches through the field's own type adapter, models with
large parts recursively, and everything else by the model's own serializer
(on a copy where those parts are ``[]`` or ``null``, the text then spliced
at that spot). The pretty printer's newlines are all structural (a newline
inside a string is written ``\\n``), so a piece serialised alone is placed by
indenting each of its lines.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, TypeAdapter

BATCH = 512  # items serialised together: one call per batch, a bounded piece of text


@lru_cache(maxsize=None)
def _adapter(model: type[BaseModel], field: str) -> TypeAdapter:
    return TypeAdapter(model.model_fields[field].annotation)


@lru_cache(maxsize=None)
def _nullable(model: type[BaseModel], field: str) -> bool:
    return type(None) in typing.get_args(model.model_fields[field].annotation)


def _large(value, long: int) -> bool:
    if isinstance(value, list):
        return len(value) > long or any(isinstance(x, BaseModel) and _parts(x, long) for x in value)
    return isinstance(value, BaseModel) and bool(_parts(value, long))


def _parts(model: BaseModel, long: int) -> list[str]:
    """The fields of ``model`` written piece by piece."""
    out = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, list) or (isinstance(value, BaseModel) and _nullable(type(model), name)):
            if _large(value, long):
                out.append(name)
    return out


def json_chunks(model: BaseModel, indent: int = 2, long: int = 256, _level: int = 0) -> Iterator[bytes]:
    """``model.__pydantic_serializer__.to_json(model, indent=indent)`` in pieces."""
    pad = b" " * indent

    def placed(text: bytes, level: int) -> bytes:  # the lines after the first, moved ``level`` steps right
        return text.replace(b"\n", b"\n" + pad * level) if level else text

    fields = _parts(model, long)
    skeleton = model.model_copy(update={n: [] if isinstance(getattr(model, n), list) else None
                                        for n in fields}) if fields else model
    rest = placed(skeleton.__pydantic_serializer__.to_json(skeleton, indent=indent), _level)
    markers = [b"\n" + pad * (_level + 1) + TypeAdapter(str).dump_json(n) + b": "
               + (b"[]" if isinstance(getattr(model, n), list) else b"null") for n in fields]
    if any(rest.count(m) != 1 for m in markers):  # a spot this writer cannot find: the whole text at once
        fields, rest = [], placed(model.__pydantic_serializer__.to_json(model, indent=indent), _level)
    for name, marker in zip(fields, markers):
        before, rest = rest.split(marker)
        value = getattr(model, name)
        if not isinstance(value, list):
            yield before + marker[:-4]
            yield from json_chunks(value, indent, long, _level + 1)
            continue
        yield before + marker[:-2] + b"[\n"
        adapter, inner, k = _adapter(type(model), name), pad * (_level + 2), 0
        while k < len(value):
            sep = b",\n" if k else b""
            if isinstance(value[k], BaseModel) and _parts(value[k], long):
                yield sep + inner
                yield from json_chunks(value[k], indent, long, _level + 2)
                k += 1
                continue
            end = k + 1
            while end < len(value) and end - k < BATCH and not (
                    isinstance(value[end], BaseModel) and _parts(value[end], long)):
                end += 1
            text = adapter.dump_json(value[k:end], indent=indent)  # b"[\n" + items, one level in + b"\n]"
            yield sep + pad * (_level + 1) + placed(text[2:-2], _level + 1)
            k = end
        yield b"\n" + pad * (_level + 1) + b"]"
    yield rest
