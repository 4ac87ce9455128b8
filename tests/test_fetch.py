"""Fetching: address checks on every hop, limits, messages; a mock transport, and a local server."""

from __future__ import annotations

import http.server
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsledger import __version__
from newsledger.errors import FetchError, InputError
from newsledger.fetch import (
    USER_AGENT,
    ConnectFailed,
    FetchOptions,
    HttpxTransport,
    Reply,
    fetch,
    refusal,
)
from newsledger.ingest import IngestOptions, iter_documents
from newsledger.record import RawDocument

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
PUBLIC = "93.184.215.14"
PAGE = b"<html><body><p>The envoy reached Koral on Monday.</p></body></html>"


@dataclass
class Page:
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "text/html"})
    chunks: tuple[bytes, ...] = (PAGE,)


@dataclass
class MockTransport:
    """Serves canned pages by URL and records every request it was asked to send."""

    pages: dict[str, Page]
    unreachable: set[str] = field(default_factory=set)  # addresses that refuse connections
    sent: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    chunks_read: int = 0

    def get(self, url: str, address: str, headers: Mapping[str, str],
            options: FetchOptions) -> AbstractContextManager[Reply]:
        self.sent.append((url, address, dict(headers)))
        if address in self.unreachable:
            raise ConnectFailed(url, "could not connect: connection refused")
        page = self.pages[url]
        return self._reply(page)

    @contextmanager
    def _reply(self, page: Page) -> Iterator[Reply]:
        def chunks() -> Iterator[bytes]:
            for chunk in page.chunks:
                self.chunks_read += 1
                yield chunk
        yield Reply(page.status, page.headers, chunks())


def resolver(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return table[host]
    return resolve


def options(transport: MockTransport, table: dict[str, list[str]] | None = None,
            **kwargs: object) -> FetchOptions:
    hosts = {"news.example": [PUBLIC], "other.example": ["2606:4700::1111"]}
    return FetchOptions(transport=transport, resolver=resolver(table or hosts), **kwargs)  # type: ignore[arg-type]


# --- address checks ---------------------------------------------------------------------------

@pytest.mark.parametrize(("address", "reason"), [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"),
    ("192.168.0.10", "private"), ("172.16.5.4", "private"), ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"), ("224.0.0.251", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("240.0.0.1", "reserved"), ("::ffff:127.0.0.1", "loopback"),
    ("100.64.0.1", "non-global"), ("fc00::5", "private"),
])
def test_non_public_addresses_are_refused(address: str, reason: str) -> None:
    assert refusal(address) == reason


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal(address) is None


# --- fetching through the mock transport ------------------------------------------------------

def test_fetch_returns_body_type_and_sends_a_clear_user_agent() -> None:
    transport = MockTransport({"https://news.example/a": Page()})
    fetched = fetch("https://news.example/a", options(transport))
    assert fetched.body == PAGE and fetched.content_type == "text/html"
    assert fetched.url == "https://news.example/a"
    url, address, headers = transport.sent[0]
    assert address == PUBLIC  # the checked address is the one connected to
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith(f"newsledger/{__version__} (")


def test_private_host_is_refused_before_any_connection() -> None:
    transport = MockTransport({})
    with pytest.raises(FetchError) as caught:
        fetch("http://router.local/admin", options(transport, {"router.local": ["192.168.1.1"]}))
    assert caught.value.origin == "http://router.local/admin"
    assert "refused" in caught.value.problem and "--allow-private" in caught.value.problem
    assert transport.sent == []


def test_a_host_with_one_private_address_among_public_ones_is_refused() -> None:
    transport = MockTransport({})
    table = {"mixed.example": [PUBLIC, "127.0.0.1"]}
    with pytest.raises(FetchError, match="loopback address 127.0.0.1"):
        fetch("http://mixed.example/", options(transport, table))
    assert transport.sent == []


def test_allow_private_lets_private_hosts_through() -> None:
    transport = MockTransport({"http://intranet.example/": Page()})
    table = {"intranet.example": ["10.0.0.7"]}
    assert fetch("http://intranet.example/", options(transport, table, allow_private=True)).body


def test_redirect_to_a_private_address_is_refused_on_that_hop() -> None:
    transport = MockTransport({
        "https://news.example/go": Page(302, {"location": "http://metadata.internal/latest"}),
    })
    table = {"news.example": [PUBLIC], "metadata.internal": ["169.254.169.254"]}
    with pytest.raises(FetchError) as caught:
        fetch("https://news.example/go", options(transport, table))
    assert caught.value.origin == "https://news.example/go"
    assert "link-local" in caught.value.problem
    assert "redirected to http://metadata.internal/latest" in caught.value.problem
    assert len(transport.sent) == 1


def test_relative_redirects_are_followed() -> None:
    transport = MockTransport({
        "https://news.example/old": Page(301, {"location": "/new"}),
        "https://news.example/new": Page(),
    })
    assert fetch("https://news.example/old", options(transport)).url == "https://news.example/new"


def test_redirect_limit() -> None:
    pages = {f"https://news.example/{i}": Page(302, {"location": f"/{i + 1}"}) for i in range(10)}
    transport = MockTransport(pages)
    with pytest.raises(FetchError, match=r"too many redirects \(more than 3\)"):
        fetch("https://news.example/0", options(transport, max_redirects=3))
    assert len(transport.sent) == 4


def test_announced_size_over_the_cap_is_refused_without_reading() -> None:
    big = Page(headers={"content-type": "text/html", "content-length": str(50_000_000)})
    transport = MockTransport({"https://news.example/big": big})
    with pytest.raises(FetchError, match="too large: 50,000,000 bytes announced"):
        fetch("https://news.example/big", options(transport))
    assert transport.chunks_read == 0


def test_streamed_body_stops_at_the_cap() -> None:
    endless = Page(chunks=tuple(b"x" * 1000 for _ in range(100)))
    transport = MockTransport({"https://news.example/endless": endless})
    with pytest.raises(FetchError, match="more than 5,000 bytes, stopped reading"):
        fetch("https://news.example/endless", options(transport, max_bytes=5000))
    assert transport.chunks_read == 6


def test_http_error_status_is_a_fetch_error() -> None:
    transport = MockTransport({"https://news.example/gone": Page(404)})
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch("https://news.example/gone", options(transport))


def test_next_address_is_tried_when_one_is_unreachable() -> None:
    transport = MockTransport({"https://two.example/": Page()}, unreachable={PUBLIC})
    table = {"two.example": [PUBLIC, "8.8.8.8"]}
    assert fetch("https://two.example/", options(transport, table)).body == PAGE
    assert [sent[1] for sent in transport.sent] == [PUBLIC, "8.8.8.8"]


def test_unreachable_and_unknown_hosts_are_fetch_errors() -> None:
    transport = MockTransport({}, unreachable={PUBLIC})
    with pytest.raises(FetchError, match="could not connect"):
        fetch("https://news.example/", options(transport))
    with pytest.raises(FetchError, match="host 'nowhere.example' not found"):
        fetch("https://nowhere.example/", options(transport))


def test_only_http_and_https() -> None:
    with pytest.raises(FetchError, match="unsupported URL scheme 'file'"):
        fetch("file:///etc/passwd", options(MockTransport({})))


# --- ingest of URLs ---------------------------------------------------------------------------

def ingest(target: str, transport: MockTransport,
           **kwargs: object) -> list[RawDocument | InputError]:
    fetch_options = options(transport)
    return list(iter_documents([target], IngestOptions(fetch=fetch_options, **kwargs)))  # type: ignore[arg-type]


def test_url_of_a_page_gives_an_html_document_with_its_final_url() -> None:
    transport = MockTransport({
        "https://news.example/s": Page(301, {"location": "https://news.example/story"}),
        "https://news.example/story": Page(headers={"content-type": "text/html; charset=cp1252"},
                                           chunks=("<p>Café talks ended.</p>".encode("cp1252"),)),
    })
    (doc,) = ingest("https://news.example/s", transport)
    assert isinstance(doc, RawDocument)
    assert doc.kind == "html" and doc.content == "<p>Café talks ended.</p>"
    assert doc.url == "https://news.example/story" and doc.origin == "https://news.example/s"


def test_url_of_a_feed_gives_its_items() -> None:
    feed = Page(headers={"content-type": "application/rss+xml"},
                chunks=((INPUTS / "feed.rss").read_bytes(),))
    transport = MockTransport({"https://news.example/feed": feed})
    results = ingest("https://news.example/feed", transport)
    docs = [r for r in results if isinstance(r, RawDocument)]
    assert [d.origin for d in docs] == ["https://news.example/feed#1", "https://news.example/feed#2"]
    assert docs[0].source == "Valley Courier – World"
    assert docs[0].url == "https://courier.example/world/calm-night"


def test_feed_served_with_a_generic_type_is_recognised_by_content() -> None:
    for ctype in ("text/html", "application/xml", "text/plain"):
        feed = Page(headers={"content-type": ctype}, chunks=((INPUTS / "feed.atom").read_bytes(),))
        (doc,) = ingest("https://news.example/f", MockTransport({"https://news.example/f": feed}))
        assert isinstance(doc, RawDocument) and doc.source == "Koral Monitor", ctype


def test_plain_text_reply_is_a_text_document() -> None:
    page = Page(headers={"content-type": "text/plain"}, chunks=(b"The talks ended.",))
    (doc,) = ingest("https://news.example/t", MockTransport({"https://news.example/t": page}))
    assert isinstance(doc, RawDocument) and doc.kind == "text"


def test_url_override_wins_over_the_fetched_url() -> None:
    transport = MockTransport({"https://news.example/a": Page()})
    (doc,) = ingest("https://news.example/a", transport, url="https://canonical.example/a")
    assert isinstance(doc, RawDocument) and doc.url == "https://canonical.example/a"


def test_refused_and_unreachable_urls_are_yielded_as_errors_and_the_batch_goes_on() -> None:
    transport = MockTransport({"https://news.example/a": Page()}, unreachable={"8.8.8.8"})
    table = {"news.example": [PUBLIC], "local.example": ["127.0.0.1"], "down.example": ["8.8.8.8"]}
    opts = IngestOptions(fetch=FetchOptions(transport=transport, resolver=resolver(table)))
    results = list(iter_documents(
        ["http://local.example/", "https://down.example/", "https://news.example/a"], opts))
    assert [isinstance(r, FetchError) for r in results] == [True, True, False]
    assert isinstance(results[2], RawDocument)
    assert str(results[0]).startswith("http://local.example/: refused")
    assert str(results[1]).startswith("https://down.example/: could not connect")


# --- the real transport against a local server ------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE + self.headers["User-Agent"].encode())
        elif self.path == "/feed":
            self._send(200, "application/atom+xml", (INPUTS / "feed.atom").read_bytes())
        elif self.path == "/big":  # no Content-Length: the cap must stop the stream
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"y" * 4096)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading at its cap, as it should
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = FetchOptions(allow_private=True, connect_timeout=2.0, read_timeout=2.0)


def test_real_transport_fetches_a_page_after_a_redirect(server: str) -> None:
    fetched = fetch(f"{server}/redirect", LOCAL)
    assert fetched.url == f"{server}/page"
    assert fetched.body.startswith(PAGE) and fetched.body.endswith(USER_AGENT.encode())


def test_real_transport_refuses_loopback_by_default(server: str) -> None:
    with pytest.raises(FetchError, match="refused: 127.0.0.1 resolves to loopback"):
        fetch(f"{server}/page")


def test_real_transport_caps_an_unannounced_large_body(server: str) -> None:
    capped = FetchOptions(allow_private=True, max_bytes=10_000, read_timeout=2.0)
    with pytest.raises(FetchError, match="stopped reading"):
        fetch(f"{server}/big", capped)


def test_real_transport_http_error_and_closed_port(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", LOCAL)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="could not connect"):
        fetch(f"http://127.0.0.1:{port}/", LOCAL)


def test_real_transport_read_timeout() -> None:
    with socket.socket() as silent:  # accepts connections (backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        slow = FetchOptions(allow_private=True, connect_timeout=1.0, read_timeout=0.3)
        with pytest.raises(FetchError, match="timed out"):
            fetch(url, slow)


def test_ingest_a_feed_from_a_local_server(server: str) -> None:
    results = list(iter_documents([f"{server}/feed"], IngestOptions(allow_private=True)))
    (doc,) = results
    assert isinstance(doc, RawDocument)
    assert doc.source == "Koral Monitor" and doc.origin == f"{server}/feed#1"


# --- TLS: the connection goes to the checked address, the certificate is checked for the name --

@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, list[str]]]:
    """An HTTPS server on 127.0.0.1 with a certificate for news.test; records the SNI it gets."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=news.test",
                    "-addext", "subjectAltName=DNS:news.test"], check=True, capture_output=True)
    names: list[str] = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: names.append(name or "")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://news.test:{httpd.server_address[1]}", cert, names
    httpd.shutdown()
    httpd.server_close()


def _tls_options(verify: ssl.SSLContext | bool) -> FetchOptions:
    return FetchOptions(allow_private=True, connect_timeout=2.0, read_timeout=2.0,
                        transport=HttpxTransport(verify=verify),
                        resolver=lambda host, port: ["127.0.0.1"])


def test_tls_to_the_pinned_address_keeps_the_host_name(tls_server: tuple[str, Path, list[str]]
                                                         ) -> None:
    base, cert, names = tls_server
    trusted = ssl.create_default_context(cafile=str(cert))
    fetched = fetch(f"{base}/page", _tls_options(trusted))
    assert fetched.body.startswith(PAGE)
    assert names[-1] == "news.test"  # SNI names the host although we dialled 127.0.0.1


def test_tls_certificate_is_verified(tls_server: tuple[str, Path, list[str]]) -> None:
    base, _, _ = tls_server
    with pytest.raises(FetchError, match="could not connect: .*CERTIFICATE_VERIFY_FAILED"):
        fetch(f"{base}/page", _tls_options(True))
