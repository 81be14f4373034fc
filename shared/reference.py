"""Reference data every service validates against: countries, SDG targets and GCM objectives."""

from __future__ import annotations

# ISO 3166-1 alpha-2, officially assigned codes only: user-assigned codes such as XK (Kosovo) and
# transitionally reserved ones such as UK or AN are not countries a partnership can span.
# Grouped by initial letter, so a missing or extra code is easy to spot.
# fmt: off
COUNTRY_CODES: frozenset[str] = frozenset({
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ",
    "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW",
    "CX", "CY", "CZ",
    "DE", "DJ", "DK", "DM", "DO", "DZ",
    "EC", "EE", "EG", "EH", "ER", "ES", "ET",
    "FI", "FJ", "FK", "FM", "FO", "FR",
    "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT",
    "GU", "GW", "GY",
    "HK", "HM", "HN", "HR", "HT", "HU",
    "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT",
    "JE", "JM", "JO", "JP",
    "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ",
    "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY",
    "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS",
    "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
    "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ",
    "OM",
    "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY",
    "QA",
    "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ",
    "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ",
    "UA", "UG", "UM", "US", "UY", "UZ",
    "VA", "VC", "VE", "VG", "VI", "VN", "VU",
    "WF", "WS",
    "YE", "YT",
    "ZA", "ZM", "ZW",
})
# fmt: on

# Per goal of the 2030 Agenda: how many numbered outcome targets it has (n.1 .. n.k) and the
# letters of its means-of-implementation targets (n.a, n.b ...). Goal 17 has only numbered ones.
_SDG_TARGETS_PER_GOAL: dict[int, tuple[int, str]] = {
    1: (5, "ab"),
    2: (5, "abc"),
    3: (9, "abcd"),
    4: (7, "abc"),
    5: (6, "abc"),
    6: (6, "ab"),
    7: (3, "ab"),
    8: (10, "ab"),
    9: (5, "abc"),
    10: (7, "abc"),
    11: (7, "abc"),
    12: (8, "abc"),
    13: (3, "ab"),
    14: (7, "abc"),
    15: (9, "abc"),
    16: (10, "ab"),
    17: (19, ""),
}

SDG_TARGETS: frozenset[str] = frozenset(
    [
        f"{goal}.{number}"
        for goal, (numbered, _) in _SDG_TARGETS_PER_GOAL.items()
        for number in range(1, numbered + 1)
    ]
    + [
        f"{goal}.{letter}"
        for goal, (_, letters) in _SDG_TARGETS_PER_GOAL.items()
        for letter in letters
    ]
)

GCM_OBJECTIVES: range = range(1, 24)

GCM_OBJECTIVE_TITLES: dict[int, str] = {
    1: "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
    2: "Minimize the adverse drivers and structural factors that compel people to leave their "
    "country of origin",
    3: "Provide accurate and timely information at all stages of migration",
    4: "Ensure that all migrants have proof of legal identity and adequate documentation",
    5: "Enhance availability and flexibility of pathways for regular migration",
    6: "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
    7: "Address and reduce vulnerabilities in migration",
    8: "Save lives and establish coordinated international efforts on missing migrants",
    9: "Strengthen the transnational response to smuggling of migrants",
    10: "Prevent, combat and eradicate trafficking in persons in the context of international "
    "migration",
    11: "Manage borders in an integrated, secure and coordinated manner",
    12: "Strengthen certainty and predictability in migration procedures for appropriate "
    "screening, assessment and referral",
    13: "Use migration detention only as a measure of last resort and work towards alternatives",
    14: "Enhance consular protection, assistance and cooperation throughout the migration cycle",
    15: "Provide access to basic services for migrants",
    16: "Empower migrants and societies to realize full inclusion and social cohesion",
    17: "Eliminate all forms of discrimination and promote evidence-based public discourse to "
    "shape perceptions of migration",
    18: "Invest in skills development and facilitate mutual recognition of skills, qualifications "
    "and competences",
    19: "Create conditions for migrants and diasporas to fully contribute to sustainable "
    "development in all countries",
    20: "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion "
    "of migrants",
    21: "Cooperate in facilitating safe and dignified return and readmission, as well as "
    "sustainable reintegration",
    22: "Establish mechanisms for the portability of social security entitlements and earned "
    "benefits",
    23: "Strengthen international cooperation and global partnerships for safe, orderly and "
    "regular migration",
}


def is_country_code(code: str) -> bool:
    # Case-sensitive on purpose: the canonical form is upper case, and callers that accept
    # user input normalise it before asking, so "mx" stored by accident is caught here.
    return code in COUNTRY_CODES


def is_sdg_target(t: str) -> bool:
    return t in SDG_TARGETS
