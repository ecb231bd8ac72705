"""The YAML loader for article front matter: plain values, no aliases, no timestamps.

Front matter is untrusted text. Two things ``yaml.safe_load`` does are unsafe
or lossy here: aliases (``&a``/``*a``) let a 600-byte block expand to
millions of items and gigabytes; and timestamps are built as ``datetime``
objects, so an impossible day (``published: 2021-02-30``) raises
``ValueError`` from inside the parser and cost the article. Here aliases are
a YAML error like any other, and a date stays text for
``metadata.parse_date``, which names a bad day as a problem and keeps the
article. Strings are also cleaned of surrogates: YAML's ``"\\ud83d\\udea8"``
escapes become the emoji they spell, and a lone surrogate, which no UTF-8
report can hold, becomes U+FFFD.
"""

from __future__ import annotations

import re

import yaml

_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def scrub_surrogates(text: str) -> str:
    """Pairs of surrogates joined into their character; lone ones replaced with U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    text = _LONE.sub("\ufffd", text)
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")


class FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader without aliases and without the timestamp type."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_yaml_str(self, node):
        return scrub_surrogates(super().construct_scalar(node))


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FrontMatterLoader.add_constructor("tag:yaml.org,2002:str", FrontMatterLoader.construct_yaml_str)
FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


def load_front_matter(block: str):
    """The value of a front matter block; ``yaml.YAMLError`` for anything unreadable."""
    try:
        return yaml.load(block, Loader=FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:  # "[[[[...": thousands of nested brackets
        raise yaml.YAMLError("nested too deeply") from None
