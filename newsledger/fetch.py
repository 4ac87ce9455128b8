"""Safe fetching of http(s) URLs: timeouts, a size cap, a redirect limit, no private addresses.

``fetch(url, options) -> Fetched`` is the only entry point. The network sits behind two small
interfaces so tests never touch it: a :class:`Resolver` (host name -> IP addresses) and a
:class:`Transport` (send one GET to a given address, stream the reply). The defaults are
:func:`system_resolver` and :class:`HttpxTransport`.

Why the address checks look the way they do: the host is resolved *by us*, every address is
checked (a name with one public and one private address is refused), and the connection is then
made to the checked address itself (the ``Host`` header and TLS server name keep the original
name), so a DNS answer that changes between the check and the connection (DNS rebinding) cannot
reach a private address. Redirects are followed by hand, one hop at a time, and every hop is
resolved and checked again. Environment proxies are ignored for the same reason: through a proxy
the address checks would check nothing.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from newsledger import __version__
from newsledger.errors import FetchError

#: Says who fetches and why, without inventing a homepage the project does not have yet.
USER_AGENT = f"newsledger/{__version__} (news attribution research tool; python-httpx)"

#: Seconds to wait for a TCP/TLS connection: a live news site answers well within this.
CONNECT_TIMEOUT = 10.0
#: Seconds to wait between two chunks of the reply: slow sites still send something this often.
READ_TIMEOUT = 30.0
#: Redirects followed before giving up: news sites use 1-3, link trackers add a few more.
MAX_REDIRECTS = 5
#: Largest body read, in bytes: news pages are well under 5 MB, feeds under 1 MB.
MAX_FETCH_BYTES = 20 * 1024 * 1024

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
           "application/feed+json,application/json;q=0.9,application/xml;q=0.9,*/*;q=0.5")

Resolver = Callable[[str, int], list[str]]


class ConnectFailed(FetchError):
    """One address could not be connected to (or timed out); the next address may still work."""


@dataclass(frozen=True)
class Reply:
    """The head of an HTTP reply and a stream of its body (closed by the transport's context)."""

    status: int
    headers: Mapping[str, str]  # lower-case names
    chunks: Iterator[bytes]


class Transport(Protocol):
    """Send one GET request to one already-checked address and stream the reply."""

    def get(
        self, url: str, address: str, headers: Mapping[str, str], options: FetchOptions
    ) -> AbstractContextManager[Reply]:
        """Connect to ``address`` (an IP) for ``url`` and return the reply as a context manager."""
        ...


@dataclass(frozen=True)
class FetchOptions:
    """Limits for fetching; ``transport`` and ``resolver`` replace the network in tests."""

    allow_private: bool = False
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    max_bytes: int = MAX_FETCH_BYTES
    user_agent: str = USER_AGENT
    transport: Transport | None = field(default=None, compare=False)
    resolver: Resolver | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Fetched:
    """A fetched body with the final URL (after redirects) and its Content-Type."""

    url: str
    body: bytes
    content_type: str | None


def system_resolver(host: str, port: int) -> list[str]:
    """Resolve a host name to every IP address the system resolver gives for it."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def refusal(address: str) -> str | None:
    """Say why an IP address must not be fetched from (private, loopback, ...), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attribute in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{attribute}"):
            return attribute.replace("_", "-")
    if not ip.is_global:  # e.g. 100.64.0.0/10 carrier-grade NAT, documentation ranges
        return "non-global"
    return None


class HttpxTransport:
    """The real network: httpx, no environment proxies, no automatic redirects.

    ``verify`` is httpx's: True (the system's CAs via certifi), or an ``ssl.SSLContext`` that
    trusts another CA (a company proxy's, or a test's).
    """

    def __init__(self, verify: ssl.SSLContext | bool = True) -> None:
        self.verify = verify

    def get(
        self, url: str, address: str, headers: Mapping[str, str], options: FetchOptions
    ) -> AbstractContextManager[Reply]:
        """Connect to ``address`` for ``url`` (Host header and TLS name keep the URL's host)."""
        return _httpx_get(url, address, headers, options, self.verify)


class _HttpxReply(AbstractContextManager[Reply]):
    """Context manager owning the httpx client and streamed response of one request."""

    def __init__(self, url: str, address: str, headers: Mapping[str, str], options: FetchOptions,
                 verify: ssl.SSLContext | bool):
        self._client = httpx.Client(
            trust_env=False, follow_redirects=False, verify=verify,
            timeout=httpx.Timeout(options.read_timeout, connect=options.connect_timeout),
        )
        parts = urlsplit(url)
        host = parts.hostname or ""
        literal = f"[{address}]" if ":" in address else address
        netloc = literal if parts.port is None else f"{literal}:{parts.port}"
        pinned = parts._replace(netloc=netloc).geturl()
        host_header = parts.netloc.rsplit("@", 1)[-1]
        request = self._client.build_request(
            "GET", pinned, headers={**headers, "Host": host_header},
            extensions={"sni_hostname": host} if parts.scheme == "https" else {},
        )
        try:
            self._response = self._client.send(request, stream=True)
        except BaseException:
            self._client.close()
            raise

    def __enter__(self) -> Reply:
        """Return the reply head and a body stream."""
        response = self._response
        return Reply(response.status_code, {k.lower(): v for k, v in response.headers.items()},
                     response.iter_bytes())

    def __exit__(self, *exc: object) -> None:
        """Close the response and the client."""
        self._response.close()
        self._client.close()


def _httpx_get(
    url: str, address: str, headers: Mapping[str, str], options: FetchOptions,
    verify: ssl.SSLContext | bool,
) -> AbstractContextManager[Reply]:
    """Open one pinned httpx request, turning httpx's errors into messages about the URL."""
    try:
        return _HttpxReply(url, address, headers, options, verify)
    except httpx.TimeoutException as exc:
        raise ConnectFailed(url, f"timed out ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise ConnectFailed(url, f"could not connect: {exc or type(exc).__name__}") from exc


def _addresses(url: str, options: FetchOptions) -> list[str]:
    """Resolve the URL's host and check every address; raise FetchError when one is refused."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, f"unsupported URL scheme {parts.scheme!r}; use http or https")
    host = parts.hostname
    if not host:
        raise FetchError(url, "URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(url, f"bad port: {exc}") from exc
    resolver = options.resolver or system_resolver
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise FetchError(url, f"host {host!r} not found ({exc})") from exc
    if not addresses:
        raise FetchError(url, f"host {host!r} has no address")
    if not options.allow_private:
        for address in addresses:
            reason = refusal(address)
            if reason:
                raise FetchError(
                    url, f"refused: {host} resolves to {reason} address {address} "
                    "(use --allow-private to fetch from local networks)")
    return addresses


def _read_body(url: str, reply: Reply, options: FetchOptions) -> bytes:
    """Read the body, stopping as soon as it passes the size cap."""
    length = reply.headers.get("content-length", "")
    if length.isdigit() and int(length) > options.max_bytes:
        raise FetchError(url, f"too large: {int(length):,} bytes announced, "
                              f"the limit is {options.max_bytes:,} bytes")
    body = bytearray()
    try:
        for chunk in reply.chunks:
            body += chunk
            if len(body) > options.max_bytes:
                raise FetchError(url, f"too large: more than {options.max_bytes:,} bytes, "
                                      "stopped reading")
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out while reading ({type(exc).__name__})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"connection broke while reading: {exc}") from exc
    return bytes(body)


def _fetch_hops(url: str, options: FetchOptions) -> Fetched:
    """Follow redirects by hand, resolving and checking every hop before connecting to it."""
    transport = options.transport or HttpxTransport()
    headers = {"User-Agent": options.user_agent, "Accept": _ACCEPT}
    current = url
    for _hop in range(options.max_redirects + 1):
        location = None
        failure: ConnectFailed | None = None
        for address in _addresses(current, options):  # first address that connects wins
            try:
                with transport.get(current, address, headers, options) as reply:
                    if reply.status in _REDIRECT_STATUSES:
                        location = reply.headers.get("location")
                        if not location:
                            raise FetchError(current, f"HTTP {reply.status} without a Location")
                        break
                    if reply.status >= 400:
                        raise FetchError(current, f"HTTP {reply.status}")
                    body = _read_body(current, reply, options)
                    return Fetched(current, body, reply.headers.get("content-type"))
            except ConnectFailed as exc:
                failure = exc
        if location is None:
            assert failure is not None  # _addresses never returns an empty list
            raise failure
        current = urljoin(current, location)
    raise FetchError(url, f"too many redirects (more than {options.max_redirects})")


def fetch(url: str, options: FetchOptions = FetchOptions()) -> Fetched:
    """Fetch a URL safely; every error names the URL given, and the hop when it was a redirect."""
    try:
        return _fetch_hops(url, options)
    except FetchError as exc:
        if exc.origin == url:
            raise
        raise type(exc)(url, f"{exc.problem} (redirected to {exc.origin})") from exc
