"""Contains all the data models used in inputs/outputs"""

from .attempt_bucket_read import AttemptBucketRead
from .attempt_read import AttemptRead
from .bulk_replay import BulkReplay
from .bulk_replayed import BulkReplayed
from .delivery_page import DeliveryPage
from .delivery_read import DeliveryRead
from .delivery_read_status import DeliveryReadStatus
from .healthz_response_healthz import HealthzResponseHealthz
from .inbox_item_read import InboxItemRead
from .inbox_item_read_details import InboxItemReadDetails
from .inbox_page import InboxPage
from .level import Level
from .list_deliveries_status_type_0 import ListDeliveriesStatusType0
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .quarantined_row import QuarantinedRow
from .quarantined_row_detail import QuarantinedRowDetail
from .quarantined_row_detail_envelope import QuarantinedRowDetailEnvelope
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_checks_additional_property import ReadinessChecksAdditionalProperty
from .readiness_status import ReadinessStatus
from .secret_rotated import SecretRotated
from .subscription_create import SubscriptionCreate
from .subscription_created import SubscriptionCreated
from .subscription_page import SubscriptionPage
from .subscription_read import SubscriptionRead
from .theme import Theme
from .validation_problem import ValidationProblem
from .webhook_stats_read import WebhookStatsRead
from .webhook_stats_read_attempts import WebhookStatsReadAttempts
from .webhook_trend_read import WebhookTrendRead

__all__ = (
    "AttemptBucketRead",
    "AttemptRead",
    "BulkReplay",
    "BulkReplayed",
    "DeliveryPage",
    "DeliveryRead",
    "DeliveryReadStatus",
    "HealthzResponseHealthz",
    "InboxItemRead",
    "InboxItemReadDetails",
    "InboxPage",
    "Level",
    "ListDeliveriesStatusType0",
    "Problem",
    "ProblemErrorsItem",
    "QuarantinedRow",
    "QuarantinedRowDetail",
    "QuarantinedRowDetailEnvelope",
    "Readiness",
    "ReadinessChecks",
    "ReadinessChecksAdditionalProperty",
    "ReadinessStatus",
    "SecretRotated",
    "SubscriptionCreate",
    "SubscriptionCreated",
    "SubscriptionPage",
    "SubscriptionRead",
    "Theme",
    "ValidationProblem",
    "WebhookStatsRead",
    "WebhookStatsReadAttempts",
    "WebhookTrendRead",
)
