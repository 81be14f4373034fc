"""The SSRF guard: which webhook URLs the service refuses to call, and why."""

from collections.abc import Callable

import pytest

from services.notifications.targets import UnsafeTarget, check_target_url, system_resolve

PUBLIC_IP = "93.184.216.34"


class FakeDNS:
    """Knows only the names it was given, and remembers what it was asked."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.asked: list[str] = []

    def __call__(self, host: str) -> list[str]:
        self.asked.append(host)
        return self.table[host]


def public(host: str) -> list[str]:
    return [PUBLIC_IP]


def refused(
    url: str, allow: tuple[str, ...] = (), resolve: Callable[[str], list[str]] = public
) -> str:
    with pytest.raises(UnsafeTarget) as caught:
        check_target_url(url, allow, resolve)
    assert str(caught.value) == caught.value.reason
    return caught.value.reason


def test_https_to_a_public_host_is_accepted() -> None:
    resolve = FakeDNS({"hooks.example.org": [PUBLIC_IP]})
    check_target_url("https://hooks.example.org/alianza?x=1", (), resolve)
    assert resolve.asked == ["hooks.example.org"]


def test_https_to_a_public_literal_ip_is_accepted_without_resolving() -> None:
    check_target_url(f"https://{PUBLIC_IP}:8443/hook", (), FakeDNS({}))


def test_http_to_a_host_not_on_the_allow_list_is_refused() -> None:
    assert "http" in refused("http://hooks.example.org/hook", allow=("other.example.org",))


@pytest.mark.parametrize(
    "url", ["ftp://hooks.example.org/x", "file:///etc/passwd", "gopher://h/x", "hooks.example.org"]
)
def test_other_schemes_are_refused(url: str) -> None:
    assert "scheme" in refused(url)


@pytest.mark.parametrize("url", ["https://", "https:///path", "https://:443/x"])
def test_a_url_without_a_host_is_refused(url: str) -> None:
    assert refused(url) == "the URL has no host"


def test_an_invalid_port_is_refused() -> None:
    assert "cannot be parsed" in refused("https://hooks.example.org:99999/x")


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("10.0.0.1", "private"),
        ("192.168.1.5", "private"),
        ("172.16.0.9", "private"),
        ("127.0.0.1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "not a globally routable"),
        ("[::1]", "loopback"),
        ("[::]", "unspecified"),
        ("[fe80::1]", "link-local"),
        ("[fc00::1]", "private"),
        ("[::ffff:127.0.0.1]", "carrying 127.0.0.1, a loopback"),
        ("[::ffff:169.254.169.254]", "carrying 169.254.169.254, a link-local"),
        ("[2002:a00:1::1]", "carrying 10.0.0.1, a private"),
        ("[64:ff9b::a9fe:a9fe]", "carrying 169.254.169.254, a link-local"),
    ],
)
def test_literal_non_public_addresses_are_refused(host: str, kind: str) -> None:
    reason = refused(f"https://{host}/hook", resolve=FakeDNS({}))
    assert kind in reason
    assert host.strip("[]") in reason


def test_an_ipv4_mapped_public_address_is_accepted() -> None:
    check_target_url(f"https://[::ffff:{PUBLIC_IP}]/hook", (), FakeDNS({}))


@pytest.mark.parametrize("allowed", ["127.0.0.1", "localhost"])
def test_loopback_is_accepted_when_allow_listed(allowed: str) -> None:
    resolve = FakeDNS({})  # an allow-listed host is trusted as it is, not looked up
    check_target_url(f"http://{allowed}:8080/hook", (allowed,), resolve)
    check_target_url(f"https://{allowed}:8443/hook", (allowed,), resolve)
    assert resolve.asked == []


def test_allow_list_entries_compare_without_case_or_trailing_dot() -> None:
    check_target_url("http://Receiver.Internal./hook", ("receiver.internal",), FakeDNS({}))
    check_target_url("http://[::1]:9000/hook", ("[::1]",), FakeDNS({}))


def test_an_allow_listed_ip_is_accepted_behind_any_name() -> None:
    resolve = FakeDNS({"receiver.test": ["127.0.0.1"]})
    check_target_url("https://receiver.test/hook", ("127.0.0.1",), resolve)
    # The IP being trusted does not make plain http to an unlisted name acceptable.
    assert "http" in refused("http://receiver.test/hook", ("127.0.0.1",), resolve)


def test_a_name_resolving_to_a_private_address_is_refused() -> None:
    # DNS rebinding: a public-looking name pointed at the internal network.
    resolve = FakeDNS({"rebind.example.net": ["10.1.2.3"]})
    reason = refused("https://rebind.example.net/hook", resolve=resolve)
    assert reason == "host rebind.example.net resolves to a private or reserved address"


@pytest.mark.parametrize(
    "addresses", [["10.1.2.3"], ["127.0.0.1"], [PUBLIC_IP, "fd00::7"], ["169.254.169.254"]]
)
def test_a_refusal_never_names_the_addresses_a_name_resolved_to(addresses: list[str]) -> None:
    # The reason reaches subscribers; the layout of the internal network is not theirs to learn.
    reason = refused(
        "https://inside.example.net/", resolve=FakeDNS({"inside.example.net": addresses})
    )
    assert reason == "host inside.example.net resolves to a private or reserved address"
    assert not any(address in reason for address in addresses)


def test_the_checked_addresses_are_returned_for_the_client_to_connect_to() -> None:
    resolve = FakeDNS({"hooks.example.org": [PUBLIC_IP, "2606:2800:220:1::1"]})
    pinned = check_target_url("https://hooks.example.org/", (), resolve)
    assert pinned == (PUBLIC_IP, "2606:2800:220:1::1")
    assert resolve.asked == ["hooks.example.org"]


def test_nothing_is_pinned_for_a_literal_ip_or_an_allow_listed_name() -> None:
    assert check_target_url(f"https://{PUBLIC_IP}/", (), FakeDNS({})) == ()
    assert check_target_url("http://localhost:8009/", ("localhost",), FakeDNS({})) == ()


def test_every_resolved_address_is_checked_not_just_the_first() -> None:
    resolve = FakeDNS({"mixed.example.net": [PUBLIC_IP, "2606:2800:220:1::1", "127.0.0.1"]})
    assert "private or reserved" in refused("https://mixed.example.net/", resolve=resolve)


def test_odd_spellings_of_loopback_are_caught_through_resolution() -> None:
    # getaddrinfo reads `127.1` and `2130706433` as 127.0.0.1; ipaddress does not, so these
    # arrive as names and are caught by what they resolve to.
    resolve = FakeDNS({"127.1": ["127.0.0.1"], "2130706433": ["127.0.0.1"]})
    assert "private or reserved" in refused("https://127.1/", resolve=resolve)
    assert "private or reserved" in refused("https://2130706433/", resolve=resolve)


def test_a_name_resolving_to_nothing_is_refused() -> None:
    assert "no address" in refused("https://void.example/", resolve=FakeDNS({"void.example": []}))


def test_a_resolver_answer_that_is_not_an_ip_is_refused() -> None:
    resolve = FakeDNS({"odd.example": ["not-an-ip"]})
    assert "not an IP address" in refused("https://odd.example/", resolve=resolve)


def test_a_failed_lookup_propagates_as_a_network_error() -> None:
    def failing(host: str) -> list[str]:
        raise OSError("temporary failure in name resolution")

    with pytest.raises(OSError, match="temporary failure"):
        check_target_url("https://hooks.example.org/", (), failing)


def test_system_resolve_reads_literal_addresses_without_the_network() -> None:
    assert system_resolve("127.0.0.1") == ["127.0.0.1"]
    assert system_resolve("::1") == ["::1"]
