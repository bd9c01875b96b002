"""Well-known TCP service names by port: 22 -> ssh, 80 -> http.

A built-in table covers the ports a learner meets first; the system's services file
(/etc/services, or its Windows twin) fills in the rest. The file is read once, since
`socket.getservbyport()` would re-read it for each of 4,096 ports.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

WELL_KNOWN: dict[int, str] = {
    7: "echo",
    20: "ftp-data",
    21: "ftp",
    22: "ssh",
    23: "telnet",
    25: "smtp",
    53: "domain (DNS)",
    67: "bootps (DHCP)",
    80: "http",
    110: "pop3",
    123: "ntp",
    135: "msrpc",
    139: "netbios-ssn",
    143: "imap",
    389: "ldap",
    443: "https",
    445: "microsoft-ds (SMB)",
    465: "smtps",
    587: "submission",
    631: "ipp (printing)",
    853: "domain-s (DNS over TLS)",
    993: "imaps",
    995: "pop3s",
    1433: "ms-sql-s",
    1883: "mqtt",
    3306: "mysql",
    3389: "ms-wbt-server (RDP)",
    5432: "postgresql",
    5900: "vnc",
    6379: "redis",
    8080: "http-alt",
    8443: "https-alt",
    27017: "mongodb",
}


def _services_file() -> Path:
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return Path(root, "System32", "drivers", "etc", "services")
    return Path("/etc/services")


def parse_services(text: str, protocol: str = "tcp") -> dict[int, str]:
    """`ssh  22/tcp  # comment` lines -> {22: "ssh"}; the first name for a port wins."""
    names: dict[int, str] = {}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) < 2 or "/" not in fields[1]:
            continue
        port_text, _, proto = fields[1].partition("/")
        if proto.lower() == protocol and port_text.isdigit():
            names.setdefault(int(port_text), fields[0])
    return names


@functools.lru_cache(maxsize=1)
def _system_services() -> dict[int, str]:
    try:
        return parse_services(_services_file().read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return {}


def service_name(port: int) -> str:
    """The usual service on TCP `port`, or an empty string."""
    return WELL_KNOWN.get(port) or _system_services().get(port, "")
