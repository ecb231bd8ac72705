"""A rule made executable: its patterns compiled per language, its terms, its vocabulary.

Compilation happens at load time so that every broken pattern is reported
with its file position before any article is read, and so an audit of
thousands of articles compiles each pattern once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.ruleset.match import Match, Prepared, Progress, run_automaton, run_regex
from checker.ruleset.patterns import Automaton, PatternError, always_slots, compile_pattern, parse, slots_of
from checker.ruleset.prefilter import compile_needs, requirements, satisfied
from checker.text.normalize import norm

if TYPE_CHECKING:
    from checker.frames.compiled import CompiledFrame

REGEX_TIMEOUT = 0.05  # seconds per sentence and expression
_WORDS = __import__("re").compile(r"\w+")


class RuleError(ValueError):
    """A rule that cannot run; ``where`` is the loc of the field inside the rule."""

    def __init__(self, message: str, where: tuple, col: int = 0):
        super().__init__(message)
        self.where = where
        self.col = col


@dataclass
class CompiledRule:
    """A rule's executable form, made once at load time; read through ``Rule.compiled``."""

    patterns: dict[str, list[Automaton]] = field(default_factory=dict)
    regexes: dict[str, list] = field(default_factory=dict)
    require: dict[str, list[Automaton]] = field(default_factory=dict)  # "*" = every language
    exclude: dict[str, list[Automaton]] = field(default_factory=dict)
    names: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)
    slot_types: dict[str, str] = field(default_factory=dict)
    value_slot: str = ""
    gates: dict = field(default_factory=dict)  # lang -> Gate, filled on first use
    frame: CompiledFrame | None = None  # for rules with a frame


def _terms(spec, field_name: str) -> dict[str, list[Automaton]]:
    items = {"*": spec} if isinstance(spec, list) else spec
    out: dict[str, list[Automaton]] = {}
    for lang, phrases in items.items():
        for i, phrase in enumerate(phrases):
            where = (field_name, i) if lang == "*" else (field_name, lang, i)
            try:
                auto = compile_pattern(phrase)
            except PatternError as exc:
                raise RuleError(f"{field_name}: {exc}", where, exc.col) from None
            if slots_of(parse(phrase)):
                raise RuleError(f"{field_name}: a term cannot hold slots: {phrase!r}", where)
            auto.needs = compile_needs(requirements(phrase))
            out.setdefault(lang, []).append(auto)
    return out


def compile_rule(rule) -> CompiledRule:
    """Compile and cross-check one rule; raises ``RuleError`` at the first problem."""
    import regex

    c = CompiledRule()
    for slot, entries in rule.names.items():
        for canonical, spellings in entries.items():
            for spelling in [canonical, *spellings]:
                words = _WORDS.findall(norm(spelling))
                if words:
                    c.names.setdefault(slot, []).append((canonical, words))
        c.names.get(slot, []).sort(key=lambda e: -len(e[1]))  # longest spelling first
        c.slot_types[slot] = "name"

    seen: dict[str, str] = {}
    for lang, plist in rule.patterns.items():
        for i, text in enumerate(plist):
            where = ("patterns", lang, i)
            try:
                nodes = parse(text)
                auto = compile_pattern(text)
            except PatternError as exc:
                raise RuleError(f"pattern does not compile: {exc}", where, exc.col) from None
            for s in slots_of(nodes):
                if seen.setdefault(s.name, s.type) != s.type:
                    raise RuleError(f"slot {s.name!r} is {s.type} here but {seen[s.name]} elsewhere", where, s.col)
                if s.type == "name" and s.name not in rule.names:
                    raise RuleError(f"name slot {s.name!r} needs a vocabulary: names: {{{s.name}: ...}}", where, s.col)
            _check_slots(rule, always_slots(nodes), {s.name for s in slots_of(nodes)}, where)
            auto.needs = compile_needs(requirements(text, c.names))
            c.patterns.setdefault(lang, []).append(auto)
    for lang, rlist in rule.regex.items():
        for i, text in enumerate(rlist):
            where = ("regex", lang, i)
            try:
                compiled = regex.compile(text, regex.V0)
            except regex.error as exc:
                raise RuleError(f"regex does not compile: {exc}", where, getattr(exc, "pos", 0) or 0) from None
            groups = set(compiled.groupindex)
            _check_slots(rule, groups, groups, where)
            c.regexes.setdefault(lang, []).append(compiled)
    c.slot_types.update(seen)
    for name in rule.claim.key:
        c.slot_types.setdefault(name, "name" if name in rule.names else "")
    c.value_slot = _value_slot(rule, seen)
    for name in sorted(_regex_slots(c)):
        if not c.slot_types.get(name):
            if name == c.value_slot or (not c.value_slot and name not in rule.claim.key):
                c.slot_types[name], c.value_slot = rule.claim.value, name
            elif name == "as_of":
                c.slot_types[name] = "date"
            else:
                raise RuleError(
                    f"regex group {name!r} has no type: use the slot in a pattern too, or give it a names vocabulary",
                    ("regex",),
                )
    if rule.frame is not None:
        from checker.frames.compiled import FrameError, compile_frame

        try:
            c.frame = compile_frame(rule)
        except FrameError as exc:
            raise RuleError(str(exc), exc.where) from None
    if not c.patterns and not c.regexes and c.frame is None:
        raise RuleError("the rule has no frame and no patterns: add frame: (see docs/RULES.md) or patterns:", ("patterns",))
    c.require = _terms(rule.require, "require")
    c.exclude = _terms(rule.exclude, "exclude")
    return c


def _regex_slots(c: CompiledRule) -> set[str]:
    return {g for lst in c.regexes.values() for r in lst for g in r.groupindex}


def _check_slots(rule, always: set[str], anywhere: set[str], where: tuple) -> None:
    for name in rule.claim.key:
        if name not in always:
            raise RuleError(f"key slot {{{name}:...}} is missing from this pattern", where)
    value = rule.claim.slot
    if value and value not in always:
        raise RuleError(f"value slot {{{value}:{rule.claim.value}}} is missing from this pattern", where)
    extra = anywhere - set(rule.claim.key) - {"as_of"} - ({value} if value else set())
    if value is None and len(extra) != 1:
        listed = ", ".join(sorted(extra)) or "none"
        raise RuleError(
            f"cannot tell which slot is the claim's value (slots besides the key: {listed}); "
            "set claim.slot", where,
        )


def _value_slot(rule, seen: dict[str, str]) -> str:
    if rule.claim.slot:
        name = rule.claim.slot
    else:
        candidates = sorted(set(seen) - set(rule.claim.key) - {"as_of"})
        if not candidates:  # regex-only rule: the one named group that is not a key
            return ""
        name = candidates[0]
    kind = seen.get(name)
    if kind and kind != rule.claim.value:
        raise RuleError(f"value slot {name!r} is a {kind} slot but claim.value is {rule.claim.value}", ("claim", "value"))
    return name


def _found(autos: list[Automaton], sent: Prepared, names) -> bool:
    return any(satisfied(a.needs, sent) and run_automaton(a, sent, names) for a in autos)


Gate = tuple[tuple, tuple] | None  # (needs of each required term, needs of each pattern); None: always run


def gate(rule, lang: str) -> Gate:
    """What ``passes`` checks for ``rule`` in ``lang``, computed once per rule and language."""
    c = rule.compiled
    if lang not in c.gates:
        if c.regexes.get(lang):
            c.gates[lang] = None  # a regex has no literal words we know of
        else:
            required = tuple(t.needs for t in c.require.get("*", []) + c.require.get(lang, []))
            c.gates[lang] = (required, tuple(a.needs for a in c.patterns.get(lang, [])))
    return c.gates[lang]


def passes(g: Gate, sent: Prepared) -> bool:
    """False when the rule cannot match ``sent`` whatever its values: a required
    term, or every pattern, lacks a word. Regexes are never ruled out."""
    if g is None:
        return True
    required, patterns = g
    for needs in required:
        if not satisfied(needs, sent):
            return False
    for needs in patterns:
        if satisfied(needs, sent):
            return True
    return False


def may_match(rule, sent: Prepared, lang: str) -> bool:
    return passes(gate(rule, lang), sent)


def kept_out(rule, sent: Prepared, lang: str) -> str | None:
    """Why the rule's ``require`` or ``exclude`` keep a sentence out, or None: for patterns and
    frames alike."""
    c = rule.compiled
    for term in c.require.get("*", []) + c.require.get(lang, []):
        if not _found([term], sent, c.names):
            return f"required term not in the sentence: {term.source}"
    for term in c.exclude.get("*", []) + c.exclude.get(lang, []):
        if _found([term], sent, c.names):
            return f"excluded term in the sentence: {term.source}"
    return None


def find(rule, sent: Prepared, lang: str, explain: list | None = None) -> tuple[list[Match], list[str]]:
    """Matches of ``rule`` in a prepared sentence, and messages: regexes that timed out, and
    regex name groups that matched text none of the slot's names spell.

    With ``explain`` (a list), appends one line per pattern saying how far it got.
    """
    c = rule.compiled
    problems: list[str] = []
    why = kept_out(rule, sent, lang)
    if why is not None:
        if explain is not None:
            explain.append(why)
        return [], problems
    matches: list[Match] = []
    for auto in c.patterns.get(lang, []):
        progress = Progress() if explain is not None else None
        if progress is None and not satisfied(auto.needs, sent):
            continue  # a word it needs is missing: it cannot match
        got = run_automaton(auto, sent, c.names, progress)
        matches.extend(got)
        if explain is not None and not got:
            explain.append(_describe(auto, sent, progress))
    _run_regexes(rule, c, sent, lang, matches, problems)
    return matches, problems


def _run_regexes(rule, c: Compiled, sent: Prepared, lang: str, matches: list, problems: list) -> None:
    """Each regex with its time limit, while the rule's time budget lasts (``budget``)."""
    import time

    from checker.ruleset import budget

    for compiled in c.regexes.get(lang, []):
        stop, warning = budget.spent(rule.id)
        if warning:
            problems.append(warning)
        if stop:
            return
        started = time.monotonic()
        try:
            matches.extend(run_regex(compiled, sent, c.names, c.slot_types, REGEX_TIMEOUT, problems))
        except TimeoutError:
            problems.append(f"regex gave up after {REGEX_TIMEOUT}s: {compiled.pattern[:80]}")
            budget.charge(rule.id, time.monotonic() - started, True)
        else:
            budget.charge(rule.id, time.monotonic() - started, False)


def _describe(auto: Automaton, sent: Prepared, progress: Progress) -> str:
    done = auto.source[: progress.col].rstrip()
    rest = auto.source[progress.col :].strip()
    at = sent.words[progress.word] if progress.word < len(sent.words) else "<end of sentence>"
    if not done:
        return f"no match: {auto.source}\n    (its first element never matched)"
    return f"no match: {auto.source}\n    matched «{done}», then wanted «{rest}» at word {progress.word + 1} «{at}»"
