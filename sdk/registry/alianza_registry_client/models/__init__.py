"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_request import ActionRequest
from .action_request_language_type_0 import ActionRequestLanguageType0
from .action_request_translations import ActionRequestTranslations
from .amended_commitment_in import AmendedCommitmentIn
from .amendment_create import AmendmentCreate
from .amendment_decision import AmendmentDecision
from .amendment_read import AmendmentRead
from .amendment_read_changes import AmendmentReadChanges
from .amendment_read_status import AmendmentReadStatus
from .api_client_create import ApiClientCreate
from .api_client_created import ApiClientCreated
from .api_client_disable import ApiClientDisable
from .api_client_page import ApiClientPage
from .api_client_read import ApiClientRead
from .area_read import AreaRead
from .axis import Axis
from .body_issue_token import BodyIssueToken
from .classification import Classification
from .classification_change import ClassificationChange
from .country_in import CountryIn
from .country_read import CountryRead
from .country_role import CountryRole
from .gcm_objective_read import GcmObjectiveRead
from .gcm_objective_read_titles import GcmObjectiveReadTitles
from .healthz_response_healthz import HealthzResponseHealthz
from .holder_in import HolderIn
from .inclusiveness_read import InclusivenessRead
from .inclusiveness_read_countries_by_role import InclusivenessReadCountriesByRole
from .invitation_answer import InvitationAnswer
from .invitation_page import InvitationPage
from .invitation_read import InvitationRead
from .invitation_status import InvitationStatus
from .json_web_key_set import JsonWebKeySet
from .json_web_key_set_keys_item import JsonWebKeySetKeysItem
from .level import Level
from .member_in import MemberIn
from .member_read import MemberRead
from .member_role import MemberRole
from .partner_create import PartnerCreate
from .partner_kind import PartnerKind
from .partner_page import PartnerPage
from .partner_read import PartnerRead
from .partnership_create import PartnershipCreate
from .partnership_create_language import PartnershipCreateLanguage
from .partnership_create_translations import PartnershipCreateTranslations
from .partnership_page import PartnershipPage
from .partnership_read import PartnershipRead
from .partnership_read_content_language import PartnershipReadContentLanguage
from .partnership_read_language import PartnershipReadLanguage
from .partnership_read_translations import PartnershipReadTranslations
from .partnership_report import PartnershipReport
from .partnership_status import PartnershipStatus
from .partnership_translation import PartnershipTranslation
from .partnership_translation_read import PartnershipTranslationRead
from .partnership_update import PartnershipUpdate
from .partnership_update_language import PartnershipUpdateLanguage
from .partnership_update_translations import PartnershipUpdateTranslations
from .partnership_version_read import PartnershipVersionRead
from .partnership_version_summary import PartnershipVersionSummary
from .planned_commitment_in import PlannedCommitmentIn
from .planned_commitment_read import PlannedCommitmentRead
from .platform_read import PlatformRead
from .policy_area import PolicyArea
from .practice_hit import PracticeHit
from .practice_hit_snippets import PracticeHitSnippets
from .practice_links import PracticeLinks
from .practice_page import PracticePage
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .quarantined_row import QuarantinedRow
from .quarantined_row_detail import QuarantinedRowDetail
from .quarantined_row_detail_envelope import QuarantinedRowDetailEnvelope
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_checks_additional_property import ReadinessChecksAdditionalProperty
from .readiness_status import ReadinessStatus
from .reference_index import ReferenceIndex
from .reference_index_lists import ReferenceIndexLists
from .report_row import ReportRow
from .reporting_frequency import ReportingFrequency
from .review_outcome import ReviewOutcome
from .review_read import ReviewRead
from .review_read_dossier_type_0 import ReviewReadDossierType0
from .review_read_translations import ReviewReadTranslations
from .review_translation import ReviewTranslation
from .review_translation_read import ReviewTranslationRead
from .role import Role
from .round_create import RoundCreate
from .round_progress import RoundProgress
from .round_progress_concluded import RoundProgressConcluded
from .round_read import RoundRead
from .round_report import RoundReport
from .round_report_by_objective import RoundReportByObjective
from .round_report_by_region import RoundReportByRegion
from .round_report_entry import RoundReportEntry
from .round_scope import RoundScope
from .sdg_goal_read import SdgGoalRead
from .sdg_target_read import SdgTargetRead
from .search_good_practices_language_type_0 import SearchGoodPracticesLanguageType0
from .signing_key_list import SigningKeyList
from .signing_key_read import SigningKeyRead
from .signing_key_read_state import SigningKeyReadState
from .signing_key_rotation import SigningKeyRotation
from .stats_read import StatsRead
from .stats_read_by_country import StatsReadByCountry
from .stats_read_by_level import StatsReadByLevel
from .stats_read_by_status import StatsReadByStatus
from .stats_read_by_theme import StatsReadByTheme
from .theme import Theme
from .token_response import TokenResponse
from .transition_read import TransitionRead
from .validation_problem import ValidationProblem
from .vocabulary_term import VocabularyTerm
from .waiting_item_read import WaitingItemRead
from .waiting_item_read_kind import WaitingItemReadKind
from .work_queue import WorkQueue

__all__ = (
    "Action",
    "ActionRequest",
    "ActionRequestLanguageType0",
    "ActionRequestTranslations",
    "AmendedCommitmentIn",
    "AmendmentCreate",
    "AmendmentDecision",
    "AmendmentRead",
    "AmendmentReadChanges",
    "AmendmentReadStatus",
    "ApiClientCreate",
    "ApiClientCreated",
    "ApiClientDisable",
    "ApiClientPage",
    "ApiClientRead",
    "AreaRead",
    "Axis",
    "BodyIssueToken",
    "Classification",
    "ClassificationChange",
    "CountryIn",
    "CountryRead",
    "CountryRole",
    "GcmObjectiveRead",
    "GcmObjectiveReadTitles",
    "HealthzResponseHealthz",
    "HolderIn",
    "InclusivenessRead",
    "InclusivenessReadCountriesByRole",
    "InvitationAnswer",
    "InvitationPage",
    "InvitationRead",
    "InvitationStatus",
    "JsonWebKeySet",
    "JsonWebKeySetKeysItem",
    "Level",
    "MemberIn",
    "MemberRead",
    "MemberRole",
    "PartnerCreate",
    "PartnerKind",
    "PartnerPage",
    "PartnerRead",
    "PartnershipCreate",
    "PartnershipCreateLanguage",
    "PartnershipCreateTranslations",
    "PartnershipPage",
    "PartnershipRead",
    "PartnershipReadContentLanguage",
    "PartnershipReadLanguage",
    "PartnershipReadTranslations",
    "PartnershipReport",
    "PartnershipStatus",
    "PartnershipTranslation",
    "PartnershipTranslationRead",
    "PartnershipUpdate",
    "PartnershipUpdateLanguage",
    "PartnershipUpdateTranslations",
    "PartnershipVersionRead",
    "PartnershipVersionSummary",
    "PlannedCommitmentIn",
    "PlannedCommitmentRead",
    "PlatformRead",
    "PolicyArea",
    "PracticeHit",
    "PracticeHitSnippets",
    "PracticeLinks",
    "PracticePage",
    "Problem",
    "ProblemErrorsItem",
    "QuarantinedRow",
    "QuarantinedRowDetail",
    "QuarantinedRowDetailEnvelope",
    "Readiness",
    "ReadinessChecks",
    "ReadinessChecksAdditionalProperty",
    "ReadinessStatus",
    "ReferenceIndex",
    "ReferenceIndexLists",
    "ReportingFrequency",
    "ReportRow",
    "ReviewOutcome",
    "ReviewRead",
    "ReviewReadDossierType0",
    "ReviewReadTranslations",
    "ReviewTranslation",
    "ReviewTranslationRead",
    "Role",
    "RoundCreate",
    "RoundProgress",
    "RoundProgressConcluded",
    "RoundRead",
    "RoundReport",
    "RoundReportByObjective",
    "RoundReportByRegion",
    "RoundReportEntry",
    "RoundScope",
    "SdgGoalRead",
    "SdgTargetRead",
    "SearchGoodPracticesLanguageType0",
    "SigningKeyList",
    "SigningKeyRead",
    "SigningKeyReadState",
    "SigningKeyRotation",
    "StatsRead",
    "StatsReadByCountry",
    "StatsReadByLevel",
    "StatsReadByStatus",
    "StatsReadByTheme",
    "Theme",
    "TokenResponse",
    "TransitionRead",
    "ValidationProblem",
    "VocabularyTerm",
    "WaitingItemRead",
    "WaitingItemReadKind",
    "WorkQueue",
)
