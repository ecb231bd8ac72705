"""``checker rules test|schema|list`` and ``checker claims``: the tools for writing rules."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from checker.cli._app import app, echo

rules_app = typer.Typer(
    name="rules",
    help=(
        "Write, check and test rule files (see docs/RULES.md).\n\n"
        "\b\n"
        "  checker rules test                 run the examples of the default rules\n"
        "  checker rules test my-rules/       run the examples of your rules\n"
        "  checker rules test quake.yaml --explain   show how far each pattern got\n"
        "  checker rules schema > rules.schema.json  JSON Schema for your editor\n"
        "  checker rules list                 the rules the audit will use"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(rules_app, name="rules")


def _load(paths: list[Path] | None, strict: bool = False):
    from checker.ruleset import DEFAULT_RULES_DIR, format_problem, load_rules

    rules, problems = load_rules(paths or [DEFAULT_RULES_DIR])
    for p in problems:
        echo(f"rule problem: {format_problem(p)}", err=True)
    if strict and problems:
        raise typer.Exit(2)
    return rules, problems


@rules_app.command("test")
def rules_test(
    paths: Optional[list[Path]] = typer.Argument(None, help="Rule files or folders; default: the default pack."),
    explain: bool = typer.Option(
        False, "--explain", help="For an example that fails (with -v, every example): how it was read: its values, "
        "how far each pattern got, each frame value linked or refused and why."),
    rule: Optional[str] = typer.Option(None, "--rule", help="Only the rule with this id."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="List passing examples too."),
) -> None:
    """Run every rule's examples: sentences that must yield the listed claims, or none.

    Exit 0 when all pass, 1 when an example fails, 2 when a rule file is broken.

    Example:  checker rules test rules/ --explain
    """
    from checker.ruleset.examples import run_examples

    rules, problems = _load(paths)
    if rule:
        rules = [r for r in rules if r.id == rule]
    results = run_examples(rules, explain=explain, explain_all=explain and verbose)
    failed = [r for r in results if not r.ok]
    missed = [r for r in results if r.known_miss and not r.right]
    for r in results:
        if r.known_miss and r.right:
            echo(f"FIXED {r.name}: a known miss now passes; remove its known_miss: true")
        elif r.known_miss and verbose:
            echo(r.diff().replace("FAIL", "KNOWN MISS", 1))
        elif r.ok and verbose:
            echo(f"ok   {r.name}" + "".join(f"\n  ? {x}" for x in r.explain))
        elif not r.ok:
            echo(r.diff())
    echo(f"{len(results) - len(failed) - len(missed)} passed, {len(failed)} failed, {len(rules)} rules"
               + (f", {len(missed)} known misses" if missed else "")
               + (f", {len(problems)} rule problems" if problems else ""))
    raise typer.Exit(2 if problems else 1 if failed else 0)


@rules_app.command("concepts")
def rules_concepts(
    name: Optional[str] = typer.Argument(None, help="One concept to show in full."),
) -> None:
    """The shared vocabularies a frame can name as @concept, with what each is for.

    \b
    Examples:
      checker rules concepts
      checker rules concepts troops
    """
    from checker.frames.concepts import shared_concepts

    concepts = shared_concepts()
    if name:
        c = concepts.get(name.lstrip("@"))
        if c is None:
            echo(f"no concept {name!r}; known: {', '.join(sorted(concepts))}", err=True)
            raise typer.Exit(2)
        echo(f"@{name.lstrip('@')}: {c.description}")
        for lang in ("en", "ar"):
            if getattr(c, lang):
                echo(f"  {lang}: {', '.join(getattr(c, lang))}")
        for canonical, spellings in c.names.items():
            echo(f"  {canonical}: {', '.join(spellings)}")
        return
    for key in sorted(concepts):
        echo(f"@{key:26} {concepts[key].description}")


@rules_app.command("schema")
def rules_schema() -> None:
    """Print the JSON Schema of rule files.

    \b
    Example (VS Code with the YAML extension), in settings.json:
      "yaml.schemas": {"rules.schema.json": "rules/*.yaml"}
    """
    import json

    from checker.ruleset import json_schema

    echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@rules_app.command("list")
def rules_list(
    paths: Optional[list[Path]] = typer.Argument(None, help="Rule files or folders; default: the default pack."),
) -> None:
    """List rules: id, value type, languages, severity, title."""
    rules, problems = _load(paths)
    for r in rules:
        echo(f"{r.id:40} {r.value_type:9} {','.join(r.languages):6} {r.severity:8} {r.title}")
    raise typer.Exit(2 if problems else 0)


@app.command("claims")
def claims(
    paths: list[Path] = typer.Argument(..., help="Article files or folders."),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Extra rule file or folder (repeatable)."),
    no_default_rules: bool = typer.Option(False, "--no-default-rules", help="Use only the rules given with --rules."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per claim, per line."),
    rule: Optional[str] = typer.Option(None, "--rule", help="Only claims of this rule id."),
    explain: bool = typer.Option(
        False, "--explain",
        help="Per sentence: the clauses, and for each frame rule every value linked or refused, and why."),
) -> None:
    """List every claim the checker sees, grouped by rule and key: the tool for writing rules.

    \b
    Examples:
      checker claims seeds/
      checker claims seeds/ --rules quake.yaml --no-default-rules
      checker claims seeds/ --json | jq .value
      checker claims article.txt --rule us-troops-in-country --explain
    """
    from checker.api import AuditOptions, UsageError, list_claims
    from checker.ruleset import format_problem

    options = AuditOptions(rules=list(rules or []), default_rules=not no_default_rules)
    try:
        result = list_claims(paths, options, rule=rule, explain=explain)
    except UsageError as exc:
        echo(str(exc), err=True)
        raise typer.Exit(2)
    for p in result.rule_problems:
        echo(f"rule problem: {format_problem(p)}", err=True)
    for p in result.problems:
        echo(f"problem: {p.path}: {p.message}", err=True)
    for info, trace in result.traces:
        echo(f"== {info.id}" + (f"  (headline: {info.title})" if info.title else ""))
        echo("\n".join(trace))
    all_claims = result.claims
    if as_json:
        for c in all_claims:
            echo(c.model_dump_json())
        return
    _print_table(all_claims)


def _print_table(all_claims) -> None:
    from itertools import groupby

    for (rule_id, _), group in groupby(all_claims, key=lambda c: (c.rule, sorted(c.key.items()))):
        group = list(group)
        echo(f"\n{rule_id} — {group[0].key_label}")
        for c in group:
            value = f"{c.value}" + (f" ({c.mod})" if c.mod else "")
            quote = c.evidence.quote
            a, b = c.evidence.start - c.evidence.quote_start, c.evidence.end - c.evidence.quote_start
            words = " ".join(quote[a:b].split())
            words = words if len(words) <= 100 else words[:97] + "..."
            when = f"as of {c.as_of}" if c.as_of else "no as-of date"  # not '?': say what is missing
            echo(f"  {value:<20} {when:<16} {Path(c.article).name}: {words}")
    echo(f"\n{len(all_claims)} claims")
