"""Contains all the data models used in inputs/outputs"""

from .axis import Axis
from .commitment_page import CommitmentPage
from .commitment_read import CommitmentRead
from .commitment_report import CommitmentReport
from .commitment_report_by_status import CommitmentReportByStatus
from .commitment_report_row import CommitmentReportRow
from .commitment_report_row_by_status import CommitmentReportRowByStatus
from .commitment_state import CommitmentState
from .commitment_status import CommitmentStatus
from .country_role import CountryRole
from .dossier_entry import DossierEntry
from .dossier_read import DossierRead
from .healthz_response_healthz import HealthzResponseHealthz
from .holder_part import HolderPart
from .indicator_total import IndicatorTotal
from .period_entry import PeriodEntry
from .period_entry_parts import PeriodEntryParts
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .progress_report_create import ProgressReportCreate
from .progress_report_page import ProgressReportPage
from .progress_report_read import ProgressReportRead
from .quarantined_row import QuarantinedRow
from .quarantined_row_detail import QuarantinedRowDetail
from .quarantined_row_detail_envelope import QuarantinedRowDetailEnvelope
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_checks_additional_property import ReadinessChecksAdditionalProperty
from .readiness_status import ReadinessStatus
from .reporting_frequency import ReportingFrequency
from .theme import Theme
from .validation_problem import ValidationProblem

__all__ = (
    "Axis",
    "CommitmentPage",
    "CommitmentRead",
    "CommitmentReport",
    "CommitmentReportByStatus",
    "CommitmentReportRow",
    "CommitmentReportRowByStatus",
    "CommitmentState",
    "CommitmentStatus",
    "CountryRole",
    "DossierEntry",
    "DossierRead",
    "HealthzResponseHealthz",
    "HolderPart",
    "IndicatorTotal",
    "PeriodEntry",
    "PeriodEntryParts",
    "Problem",
    "ProblemErrorsItem",
    "ProgressReportCreate",
    "ProgressReportPage",
    "ProgressReportRead",
    "QuarantinedRow",
    "QuarantinedRowDetail",
    "QuarantinedRowDetailEnvelope",
    "Readiness",
    "ReadinessChecks",
    "ReadinessChecksAdditionalProperty",
    "ReadinessStatus",
    "ReportingFrequency",
    "Theme",
    "ValidationProblem",
)
