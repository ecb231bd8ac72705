"""The small rule file the end-to-end tests audit with: rounds of talks and troop counts.

One copy, so that a change in rule syntax is made once; tests that need a
variant (another severity, a rule edited between two audits) derive it here.
"""


def talks_rules(severity: str | None = None) -> str:
    sev = f"    severity: {severity}\n" if severity else ""
    return (
        "rules:\n"
        "  - id: t-round-date\n"
        "    title: Date of a round of talks\n" + sev +
        '    claim: {key: [round], value: date, label: "{round} round of the talks — date"}\n'
        "    patterns:\n"
        '      en: ["{round:ordinal} round of [the] talks ... (on|in) {date:date}"]\n'
        '      ar: ["الجولة {round:ordinal} من المحادثات ... في {date:date}"]\n'
        "  - id: t-troops\n"
        "    title: Troops in Iraq\n" + sev +
        "    claim: {value: quantity}\n"
        "    patterns:\n"
        '      en: ["{n:quantity} [US] troops in Iraq"]\n'
        '      ar: ["{n:quantity} جندي [اميركي] في العراق"]\n'
    )


RULES = talks_rules()
