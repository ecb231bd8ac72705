"""What ``--explain`` writes for a frame rule: a mixin of ``FrameReader``.

Every decision is said where it is taken; these only format it, and do nothing without
``explain`` (a list the reader was given).
"""

from __future__ import annotations

from checker.frames.candidate import constraint_broken


class Explaining:
    explain: list[str] | None

    def _say_unfit(self, rule, sent) -> None:
        """Why the sentence's values of the rule's kind are none of its claims (``--explain``)."""
        for m in sent.mentions:
            why = constraint_broken(rule.frame, m.value, None) if m.value.kind == rule.value_type else None
            if why:
                self._say(rule, f"«{m.text}» not taken: {why}")

    def _say_rule(self, made, text: str) -> None:
        if self.explain is not None:
            self.explain.append(f"  [{made.rule}] {text}")

    def _say(self, rule, text: str) -> None:
        if self.explain is not None:
            self.explain.append(f"  [{rule.id}] {text}")
