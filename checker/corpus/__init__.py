"""Files to articles: discovery, formats, encodings, metadata and datelines.

Importing this package stays cheap: trafilatura, charset-normalizer, PyYAML
and the value parser are imported only when a file needs them.
"""

from checker.corpus.discover import ARTICLE_EXTENSIONS, Discovery, discover
from checker.corpus.load import DEFAULT_MAX_BYTES, LoadResult, load_article_text, load_file

__all__ = [
    "ARTICLE_EXTENSIONS",
    "DEFAULT_MAX_BYTES",
    "Discovery",
    "LoadResult",
    "discover",
    "load_article_text",
    "load_file",
]
