"""Parse what people type as addresses: `host`, `host:port`, `[v6]:port`, port ranges.

Every bad form gets its own sentence, so the widget next to the field can say exactly
what is wrong ("port 70000 is out of range 1-65535", "too many octets in 1.2.3.4.5").
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from app.core.messages import N_, Message

MAX_PORT = 65535
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$")


class AddressError(ValueError):
    """A typed address, host or port is malformed; `str()` is the message to show."""


@dataclass(frozen=True)
class Endpoint:
    """A host and a port, as typed (the host is not resolved here)."""

    host: str
    port: int

    @property
    def is_ipv6(self) -> bool:
        """True when the host is an IPv6 literal (then it needs brackets before a port)."""
        return ":" in self.host

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if self.is_ipv6 else f"{self.host}:{self.port}"


def is_ip_address(text: str) -> bool:
    """True for an IPv4 or IPv6 literal (a zone such as `%eth0` allowed), False for a name."""
    try:
        ipaddress.ip_address(text.strip().split("%")[0])
    except ValueError:
        return False
    return True


def parse_port(text: str, *, allow_zero: bool = False) -> int:
    """Parse a port number, with a message that says the allowed range."""
    value = text.strip()
    low = 0 if allow_zero else 1
    if not value:
        raise AddressError(
            Message(N_("address", "The port is empty: type a number from 1 to 65535."))
        )
    if not value.isdigit():
        raise AddressError(
            Message(
                N_("address", "Port {value} is not a number: type a number from {low} to 65535."),
                value=repr(value),
                low=low,
            )
        )
    port = int(value)
    if not low <= port <= MAX_PORT:
        raise AddressError(
            Message(
                N_("address", "Port {port} is out of range {low}-{high}."),
                port=port,
                low=low,
                high=MAX_PORT,
            )
        )
    return port


def _check_ipv4_like(host: str) -> None:
    """Explain what is wrong with a dotted all-numeric host that is not valid IPv4."""
    parts = host.split(".")
    if len(parts) > 4:
        raise AddressError(
            Message(
                N_("address", "Too many octets in {host}: an IPv4 address has four (a.b.c.d)."),
                host=host,
            )
        )
    if len(parts) < 4:
        raise AddressError(
            Message(
                N_("address", "Too few octets in {host}: an IPv4 address has four (a.b.c.d)."),
                host=host,
            )
        )
    for part in parts:
        if part == "":
            raise AddressError(
                Message(
                    N_("address", "{host} has an empty octet: write four numbers from 0 to 255."),
                    host=host,
                )
            )
        if int(part) > 255:
            raise AddressError(
                Message(
                    N_("address", "Octet {octet} in {host} is out of range 0-255."),
                    octet=int(part),
                    host=host,
                )
            )
    raise AddressError(Message(N_("address", "{host} is not a valid IPv4 address."), host=host))


def validate_host(text: str) -> str:
    """Return the host (an IP literal or a host name) or raise AddressError saying why not."""
    host = text.strip()
    if not host:
        raise AddressError(
            Message(N_("address", "The host is empty: type an IP address or a host name."))
        )
    if ":" in host:
        address, _, scope = host.partition("%")
        try:
            ipaddress.IPv6Address(address)
        except ValueError:
            raise AddressError(
                Message(N_("address", "{host} is not a valid IPv6 address."), host=host)
            ) from None
        if "%" in host and not scope:
            raise AddressError(
                Message(
                    N_("address", "{host} has an empty zone after '%' (write e.g. %eth0)."),
                    host=host,
                )
            )
        return host
    if all(part.isdigit() for part in host.split(".") if part) and host.replace(".", "").isdigit():
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            _check_ipv4_like(host)
        return host
    name = host[:-1] if host.endswith(".") else host
    if len(name) > 253:
        raise AddressError(Message(N_("address", "The host name is longer than 253 characters.")))
    for label in name.split("."):
        if not _HOST_LABEL.match(label):
            raise AddressError(
                Message(
                    N_(
                        "address",
                        "{host} is not a valid host name: use letters, digits and hyphens "
                        "between the dots.",
                    ),
                    host=host,
                )
            )
    return host


def parse_endpoint(text: str, default_port: int | None = None) -> Endpoint:
    """Parse `host`, `host:port`, `[v6]:port` or a bare IPv6 address.

    Without a port in the text, `default_port` is used; if that is None too, the missing
    port is an error.
    """
    value = text.strip()
    if not value:
        raise AddressError(Message(N_("address", "The address is empty: type host or host:port.")))
    host: str
    port_text: str | None
    if value.startswith("["):
        close = value.find("]")
        if close < 0:
            raise AddressError(
                Message(
                    N_("address", "{value} is missing the closing ']' after the IPv6 address."),
                    value=value,
                )
            )
        host = value[1:close]
        rest = value[close + 1 :]
        if rest and not rest.startswith(":"):
            raise AddressError(
                Message(N_("address", "Expected ':port' after ']' in {value}."), value=value)
            )
        port_text = rest[1:] if rest else None
        if host and ":" not in host:
            raise AddressError(
                Message(
                    N_("address", "Brackets are only for IPv6 addresses: write {host}:port."),
                    host=host,
                )
            )
    elif value.count(":") > 1:
        host, port_text = value, None  # a bare IPv6 address such as ::1 or fe80::1%eth0
    elif ":" in value:
        host, port_text = value.split(":", 1)
        if not host:
            raise AddressError(
                Message(N_("address", "The host is missing before ':' in {value}."), value=value)
            )
    else:
        host, port_text = value, None
    host = validate_host(host)
    if port_text is None or port_text == "":
        if port_text == "":
            raise AddressError(
                Message(N_("address", "The port is missing after ':' in {value}."), value=value)
            )
        if default_port is None:
            raise AddressError(
                Message(N_("address", "{value} has no port: write {value}:PORT."), value=value)
            )
        return Endpoint(host, default_port)
    return Endpoint(host, parse_port(port_text))


def parse_port_ranges(text: str, *, limit: int = 4096) -> list[int]:
    """Parse `22`, `20-25`, `22,80,443` or a mix into a sorted list of distinct ports."""
    value = text.strip()
    if not value:
        raise AddressError(
            Message(
                N_("address", "No ports given: type a port, a range like 20-25, or a list 22,80.")
            )
        )
    ports: set[int] = set()
    for item in value.replace(" ", "").split(","):
        if not item:
            raise AddressError(
                Message(
                    N_("address", "Empty item in the port list {value} (two commas in a row?)."),
                    value=repr(value),
                )
            )
        if "-" in item:
            first_text, _, last_text = item.partition("-")
            first, last = parse_port(first_text), parse_port(last_text)
            if first > last:
                raise AddressError(
                    Message(
                        N_("address", "Range {item} runs backwards: write {last}-{first}."),
                        item=item,
                        last=last,
                        first=first,
                    )
                )
            if last - first + 1 + len(ports) > limit:
                raise AddressError(
                    Message(
                        N_("address", "Too many ports: at most {limit:,} in one run."), limit=limit
                    )
                )
            ports.update(range(first, last + 1))
        else:
            ports.add(parse_port(item))
        if len(ports) > limit:
            raise AddressError(
                Message(N_("address", "Too many ports: at most {limit:,} in one run."), limit=limit)
            )
    return sorted(ports)
