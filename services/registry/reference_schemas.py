"""Shapes of the reference lists the registry serves (`GET /reference/...`)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ReferenceIndex(BaseModel):
    lists: dict[str, str] = Field(description="each list's name and the path that serves it")


class VocabularyTerm(BaseModel):
    code: str
    label: str


class GcmObjectiveRead(BaseModel):
    number: int
    titles: dict[str, str] = Field(description="the Compact's title by language: en, es, fr")


class SdgGoalRead(BaseModel):
    number: int
    title: str


class SdgTargetRead(BaseModel):
    code: str
    goal: int
    title: str | None = Field(description="the official wording, for migration-relevant targets")
    migration_relevant: bool


class AreaRead(BaseModel):
    code: str = Field(description="UN M49 code")
    name: str
    countries: list[str] = Field(description="ISO 3166-1 alpha-2 codes, sorted")
    areas: list[AreaRead] = Field(
        default=[],
        description="the sub-regions of a region, the intermediate regions of a sub-region",
    )


class CountryRead(BaseModel):
    code: str
    region: str | None = Field(
        description="M49 region code; null for AQ and TW, which M49 places in none"
    )
    sub_region: str | None
    intermediate_region: str | None


class PlatformRead(BaseModel):
    code: str
    name: str
    kind: str
    regions: list[str] = Field(description="M49 codes of the regions it gathers; empty if global")
