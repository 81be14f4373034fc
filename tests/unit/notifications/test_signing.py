"""Webhook signatures, checked against the Standard Webhooks reference verifier."""

import base64
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from services.notifications.signing import (
    generate_secret,
    sign,
    signature_header,
    webhook_headers,
)

BODY = b'{"type": "partnership.adopted", "data": {"id": "p-1"}}'
MSG_ID = "msg_2b9c4e1f"


def now() -> int:
    return int(time.time())


def test_a_secret_is_prefixed_base64_of_32_random_bytes() -> None:
    secret = generate_secret()
    assert secret.startswith("whsec_")
    assert len(base64.b64decode(secret.removeprefix("whsec_"), validate=True)) == 32
    assert generate_secret() != secret


def test_signature_matches_the_example_published_with_the_spec() -> None:
    signature = sign(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        b'{"test": 2432232314}',
    )
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_the_reference_library_verifies_our_headers() -> None:
    secret = generate_secret()
    headers = webhook_headers([secret], MSG_ID, now(), BODY)
    assert set(headers) == {"webhook-id", "webhook-timestamp", "webhook-signature"}
    assert Webhook(secret).verify(BODY, headers) == {
        "type": "partnership.adopted",
        "data": {"id": "p-1"},
    }


def test_a_tampered_body_fails_verification() -> None:
    secret = generate_secret()
    headers = webhook_headers([secret], MSG_ID, now(), BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(BODY.replace(b"p-1", b"p-2"), headers)


def test_a_changed_id_or_timestamp_fails_verification() -> None:
    secret = generate_secret()
    headers = webhook_headers([secret], MSG_ID, now(), BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(BODY, {**headers, "webhook-id": "msg_other"})
    with pytest.raises(WebhookVerificationError):
        later = str(int(headers["webhook-timestamp"]) + 1)
        Webhook(secret).verify(BODY, {**headers, "webhook-timestamp": later})


def test_another_secret_fails_verification() -> None:
    headers = webhook_headers([generate_secret()], MSG_ID, now(), BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(generate_secret()).verify(BODY, headers)


def test_during_rotation_either_secret_alone_verifies() -> None:
    old, new = generate_secret(), generate_secret()
    headers = webhook_headers([old, new], MSG_ID, now(), BODY)
    assert len(headers["webhook-signature"].split(" ")) == 2
    Webhook(old).verify(BODY, headers, json_parse=False)
    Webhook(new).verify(BODY, headers, json_parse=False)


def test_the_header_holds_one_signature_per_secret_in_order() -> None:
    secrets = [generate_secret() for _ in range(3)]
    timestamp = now()
    assert signature_header(secrets, MSG_ID, timestamp, BODY).split(" ") == [
        sign(secret, MSG_ID, timestamp, BODY) for secret in secrets
    ]


def test_signing_with_no_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one secret"):
        signature_header([], MSG_ID, now(), BODY)


@pytest.mark.parametrize("secret", ["whsec_", "whsec_not base64!", "whsec_abc"])
def test_a_malformed_secret_is_refused(secret: str) -> None:
    with pytest.raises(ValueError, match="webhook secret"):
        sign(secret, MSG_ID, now(), BODY)


def test_a_secret_without_the_prefix_signs_the_same() -> None:
    secret = generate_secret()
    timestamp = now()
    bare = secret.removeprefix("whsec_")
    assert sign(bare, MSG_ID, timestamp, BODY) == sign(secret, MSG_ID, timestamp, BODY)


@given(
    body=st.text(),
    msg_id=st.from_regex(r"msg_[A-Za-z0-9]{1,32}", fullmatch=True),
    secret_bytes=st.binary(min_size=24, max_size=64),
)
def test_any_body_and_id_verifies(body: str, msg_id: str, secret_bytes: bytes) -> None:
    secret = "whsec_" + base64.b64encode(secret_bytes).decode()
    raw = body.encode()
    headers = webhook_headers([secret], msg_id, now(), raw)
    Webhook(secret).verify(raw, headers, json_parse=False)
