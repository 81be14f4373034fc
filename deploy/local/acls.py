"""Grants the Kafka ACLs of shared/catalogue/access.py on a running (secured) cluster.

aiokafka's admin client has no ACL call, but its protocol module carries Kafka's CreateAcls
request; this sends one per rule, as a super user. Granting is idempotent: an ACL that already
exists is simply there once.
"""

from __future__ import annotations

import asyncio

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.protocol.admin import CreateAclsRequest

from shared.catalogue.access import PRINCIPALS, AclOperation, AclResource, AclRule
from shared.kafka import KafkaSecurity

# Kafka's wire codes (org.apache.kafka.common.resource / acl), for the values we use.
RESOURCE_TYPES = {AclResource.TOPIC: 2, AclResource.GROUP: 3}
OPERATIONS = {
    AclOperation.READ: 3,
    AclOperation.WRITE: 4,
    AclOperation.DESCRIBE: 8,
    AclOperation.DESCRIBE_CONFIGS: 10,
}
LITERAL = 3
ALLOW = 3
ANY_HOST = "*"


def principal_name(user: str) -> str:
    return f"User:{user}"


async def grant(
    bootstrap: str, security: KafkaSecurity, rules: dict[str, list[AclRule]], timeout: float = 30
) -> int:
    """Create every rule for each user (`{"registry": [...]}`); returns how many were sent."""
    admin = AIOKafkaAdminClient(
        **security.client_options(),
        bootstrap_servers=bootstrap,
        request_timeout_ms=int(timeout * 1000),
    )
    await asyncio.wait_for(admin.start(), timeout)
    try:
        # One request per rule (aiokafka builds one creation per request); sent side by side.
        await asyncio.gather(
            *(
                _create(admin, user, rule, timeout)
                for user, user_rules in rules.items()
                for rule in user_rules
            )
        )
    finally:
        await admin.close()
    return sum(len(user_rules) for user_rules in rules.values())


async def _create(admin: AIOKafkaAdminClient, user: str, rule: AclRule, timeout: float) -> None:
    request = CreateAclsRequest(
        RESOURCE_TYPES[rule.resource],
        rule.name,
        LITERAL,
        principal_name(user),
        ANY_HOST,
        OPERATIONS[rule.operation],
        ALLOW,
    )
    # The admin client's own calls go through this same (private) sender.
    response = await asyncio.wait_for(admin._send_request(request), timeout)
    for error_code, message in response.creation_responses:
        if error_code:
            raise RuntimeError(f"CreateAcls {rule} for {user}: error {error_code} {message}")


def catalogue_rules(prefix: str) -> dict[str, list[AclRule]]:
    """Each principal of the access table with its rules, for topics named with `prefix`."""
    return {found.name: found.acl_rules(prefix) for found in PRINCIPALS}
