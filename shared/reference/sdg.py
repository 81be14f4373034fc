"""The 2030 Agenda's 17 goals and 169 targets, with the official wording of the targets that
bear on migration (the ones partnerships under the Compact most often name)."""

from __future__ import annotations

from dataclasses import dataclass

SDG_GOAL_TITLES: dict[int, str] = {
    1: "No poverty",
    2: "Zero hunger",
    3: "Good health and well-being",
    4: "Quality education",
    5: "Gender equality",
    6: "Clean water and sanitation",
    7: "Affordable and clean energy",
    8: "Decent work and economic growth",
    9: "Industry, innovation and infrastructure",
    10: "Reduced inequalities",
    11: "Sustainable cities and communities",
    12: "Responsible consumption and production",
    13: "Climate action",
    14: "Life below water",
    15: "Life on land",
    16: "Peace, justice and strong institutions",
    17: "Partnerships for the goals",
}

# Per goal: how many numbered outcome targets it has (n.1 .. n.k) and the letters of its
# means-of-implementation targets (n.a, n.b ...). Goal 17 has only numbered ones.
_TARGETS_PER_GOAL: dict[int, tuple[int, str]] = {
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


def _targets_in_order() -> tuple[str, ...]:
    ordered: list[str] = []
    for goal, (numbered, letters) in _TARGETS_PER_GOAL.items():
        ordered += [f"{goal}.{number}" for number in range(1, numbered + 1)]
        ordered += [f"{goal}.{letter}" for letter in letters]
    return tuple(ordered)


SDG_TARGETS_IN_ORDER: tuple[str, ...] = _targets_in_order()
SDG_TARGETS: frozenset[str] = frozenset(SDG_TARGETS_IN_ORDER)

# The official text (A/RES/70/1) of the targets the migration-related SDG indicators and the
# Compact's own text point at; the others are served by code and goal only.
MIGRATION_TARGET_TITLES: dict[str, str] = {
    "1.3": "Implement nationally appropriate social protection systems and measures for all, "
    "including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable",
    "3.8": "Achieve universal health coverage, including financial risk protection, access to "
    "quality essential health-care services and access to safe, effective, quality and "
    "affordable essential medicines and vaccines for all",
    "4.b": "By 2020, substantially expand globally the number of scholarships available to "
    "developing countries, in particular least developed countries, small island developing "
    "States and African countries, for enrolment in higher education, including vocational "
    "training and information and communications technology, technical, engineering and "
    "scientific programmes, in developed countries and other developing countries",
    "5.2": "Eliminate all forms of violence against all women and girls in the public and "
    "private spheres, including trafficking and sexual and other types of exploitation",
    "8.7": "Take immediate and effective measures to eradicate forced labour, end modern slavery "
    "and human trafficking and secure the prohibition and elimination of the worst forms of "
    "child labour, including recruitment and use of child soldiers, and by 2025 end child "
    "labour in all its forms",
    "8.8": "Protect labour rights and promote safe and secure working environments for all "
    "workers, including migrant workers, in particular women migrants, and those in precarious "
    "employment",
    "10.7": "Facilitate orderly, safe, regular and responsible migration and mobility of people, "
    "including through the implementation of planned and well-managed migration policies",
    "10.c": "By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances "
    "and eliminate remittance corridors with costs higher than 5 per cent",
    "16.2": "End abuse, exploitation, trafficking and all forms of violence against and torture "
    "of children",
    "16.9": "By 2030, provide legal identity for all, including birth registration",
    "17.16": "Enhance the Global Partnership for Sustainable Development, complemented by "
    "multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology "
    "and financial resources, to support the achievement of the Sustainable Development Goals "
    "in all countries, in particular developing countries",
    "17.17": "Encourage and promote effective public, public-private and civil society "
    "partnerships, building on the experience and resourcing strategies of partnerships",
    "17.18": "By 2020, enhance capacity-building support to developing countries, including for "
    "least developed countries and small island developing States, to increase significantly "
    "the availability of high-quality, timely and reliable data disaggregated by income, "
    "gender, age, race, ethnicity, migratory status, disability, geographic location and other "
    "characteristics relevant in national contexts",
}


@dataclass(frozen=True)
class SdgTarget:
    code: str
    goal: int
    title: str | None
    migration_relevant: bool


def goal_of(target: str) -> int:
    return int(target.split(".", 1)[0])


def sdg_targets() -> list[SdgTarget]:
    return [
        SdgTarget(
            code=code,
            goal=goal_of(code),
            title=MIGRATION_TARGET_TITLES.get(code),
            migration_relevant=code in MIGRATION_TARGET_TITLES,
        )
        for code in SDG_TARGETS_IN_ORDER
    ]


def is_sdg_target(t: str) -> bool:
    return t in SDG_TARGETS
