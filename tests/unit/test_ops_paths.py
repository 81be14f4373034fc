"""Ids typed by a person name one resource in the ops tools' requests, never another route."""

from ops.api import OpsApi


def test_each_segment_is_percent_encoded() -> None:
    assert OpsApi.path("clients", "robot-1", "disable") == "/clients/robot-1/disable"
    assert OpsApi.path("clients", "../admin/signing-keys/rotate?x=#", "enable") == (
        "/clients/..%2Fadmin%2Fsigning-keys%2Frotate%3Fx%3D%23/enable"
    )
