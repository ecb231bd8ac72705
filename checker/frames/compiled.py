"""A frame made executable: its vocabularies compiled per language, checked at load time."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.frames.concepts import ConceptError, Vocabulary, concept_languages, known, resolve, shared_concepts
from checker.frames.language import language
from checker.frames.schema import FrameSpec

LANGS = ("ar", "en")
_ROLES = ("counts", "event", "refer", "of", "not_of", "not_", "not_in_clause", "context")


class FrameError(ValueError):
    """A frame that cannot run; ``where`` is the field's path inside the rule."""

    def __init__(self, message: str, where: tuple):
        super().__init__(message)
        self.where = where


@dataclass
class LangFrame:
    triggers: Vocabulary
    refer: Vocabulary
    of: Vocabulary
    not_of: Vocabulary
    veto: Vocabulary
    context: Vocabulary
    veto_clause: Vocabulary  # ``not_in_clause``
    keys: dict[str, Vocabulary]
    values: Vocabulary | None
    gate_words: frozenset[str] = frozenset()  # a sentence without one of these cannot hold a claim
    gate_prefixes: tuple[str, ...] = ()
    memory_words: frozenset[str] = frozenset()  # ... nor change what later sentences inherit
    refer_words: frozenset[str] = frozenset()  # words that refer back: worth reading only with something to refer to
    refer_prefixes: tuple[str, ...] = ()
    trigger_specs: tuple = ()  # first specs of the trigger terms, to tell "جولتها" from "جولة"
    memory_prefixes: tuple[str, ...] = ()
    trigger_terms: tuple = ()  # one-word trigger terms, for Arabic duals (read per sentence: made once here)
    memory_ids: frozenset[int] = frozenset()  # the vocabularies a sentence's memory is read from (``remembered_words``)


@dataclass
class CompiledFrame:
    spec: FrameSpec
    languages: list[str]
    by_lang: dict[str, LangFrame] = field(default_factory=dict)


def _check(rule, spec: FrameSpec) -> None:
    local = rule.concepts
    for role in _ROLES:
        for i, ref in enumerate(getattr(spec, role)):
            if not known(ref, local):
                name = "not" if role == "not_" else role
                raise FrameError(f"unknown concept {ref!r}; known: {', '.join(sorted(_names(local)))}", ("frame", name, i))
    for slot, ref in spec.key.items():
        if not ref.startswith("@") or not known(ref, local):
            raise FrameError(f"key {slot}: {ref!r} is not a concept (@name)", ("frame", "key", slot))
        if not _concept(ref, local).names:
            raise FrameError(f"key {slot}: concept {ref!r} has no names: a key needs canonical names", ("frame", "key", slot))
    kind = rule.claim.value
    if kind == "quantity" and not spec.counts:
        raise FrameError("a quantity frame needs counts: what the number counts", ("frame",))
    if kind in ("date", "name") and not spec.event:
        raise FrameError(f"a {kind} frame needs event: what the {kind} belongs to", ("frame",))
    if kind == "name" and not spec.values:
        raise FrameError("a name frame needs values: the concept whose names are the value", ("frame",))
    if kind == "ordinal":
        raise FrameError("ordinal values are read as keys (frame.ordinal), not claimed by frames", ("claim", "value"))
    for slot in rule.claim.key:
        if slot not in spec.key and slot != spec.ordinal:
            raise FrameError(f"key slot {slot!r} has no source: add frame.key.{slot} or frame.ordinal: {slot}", ("claim", "key"))


def _names(local) -> set[str]:
    return set(local) | set(shared_concepts())


def _concept(ref: str, local):
    return local.get(ref[1:]) or shared_concepts()[ref[1:]]


def compile_frame(rule) -> CompiledFrame:
    spec: FrameSpec = rule.frame
    _check(rule, spec)
    local = rule.concepts
    langs = sorted(concept_languages([*spec.counts, *spec.event], local) & {c for c in LANGS if language(c)})
    out = CompiledFrame(spec, langs)
    try:
        for lang in langs:
            voc = lambda refs: resolve(refs, local, lang)  # noqa: E731
            lf = LangFrame(
                triggers=voc([*spec.counts, *spec.event]), refer=voc(spec.refer), of=voc(spec.of),
                # a value "in other areas" is not the one whose place the rule names
                not_of=voc(spec.not_of), veto=voc([*spec.not_, *(["@elsewhere"] if spec.of else [])]),
                context=voc(spec.context), veto_clause=voc(spec.not_in_clause),
                keys={slot: voc([ref]) for slot, ref in spec.key.items()},
                values=voc([spec.values]) if spec.values else None,
            )
            lf.gate_words, lf.gate_prefixes = _first_words([lf.triggers], set())
            # "their number", «عددهم»: a count rule reads them as its counted noun named before (run.py)
            back = language(lang).count_back if spec.counts else None
            data = language(lang)
            extra = set(back.exact) | set(data.count_back_the.exact) | set(data.count_back_nouns.exact) | set(
                data.count_back_verbs.exact) if back else set()
            lf.refer_words, lf.refer_prefixes = _first_words([lf.refer], extra)
            lf.refer_prefixes += tuple(back.prefixes) if back else ()
            lf.trigger_specs = tuple(t.specs[0] for ts in lf.triggers.by_word.values() for t in ts) + tuple(
                t.specs[0] for t in lf.triggers.by_prefix)
            lf.memory_words, lf.memory_prefixes = _first_words([lf.of, lf.not_of, *lf.keys.values()], set())
            lf.trigger_terms = tuple(t for ts in lf.triggers.by_word.values() for t in ts if len(t.specs) == 1)
            lf.memory_ids = frozenset(map(id, (lf.of, lf.not_of, *lf.keys.values())))
            out.by_lang[lang] = lf
    except ConceptError as exc:
        raise FrameError(str(exc), ("frame",)) from None
    return out


def _first_words(vocabularies, extra: set[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    words, prefixes = set(extra), []
    for v in vocabularies:
        w, p = v.gate_words()
        words |= w
        prefixes += p
    return frozenset(words), tuple(prefixes)
