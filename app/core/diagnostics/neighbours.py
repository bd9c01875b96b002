"""The neighbour table (ARP for IPv4, NDP for IPv6): which MAC address has which IP.

Only addresses this machine has talked to recently are in it. Reading it sends no
packet. The operating systems publish it differently:

- Linux: `ip neigh show` (IPv4 and IPv6, with states), else /proc/net/arp (IPv4);
- macOS and BSD: `arp -an`;
- Windows: `arp -a`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.core.diagnostics.blocking import OneShotEngine
from app.core.diagnostics.wording import SEMICOLON, joined
from app.core.messages import N_, Message

PROC_NET_ARP = Path("/proc/net/arp")
COMMAND_TIMEOUT = 5.0
_INCOMPLETE_MAC = "00:00:00:00:00:00"
_COMPLETE = N_("diagnostics", "complete")
_INCOMPLETE = N_("diagnostics", "incomplete")
_PERMANENT = N_("diagnostics", "permanent")


@dataclass(frozen=True)
class Neighbour:
    """One neighbour: its IP address, MAC address (empty when unresolved), interface, state."""

    address: str
    mac: str
    interface: str
    state: str  # our own words are Messages; `ip neigh` and `arp -a` words stay as given


@dataclass(frozen=True)
class NeighbourTable:
    """The table and where it came from, or why this system does not show it."""

    entries: tuple[Neighbour, ...]
    source: str  # "ip neigh", "/proc/net/arp", "arp -a", or "" when unavailable
    unavailable_reason: str = ""  # a Message

    @property
    def available(self) -> bool:
        """True when the table could be read (it may still be empty)."""
        return not self.unavailable_reason


def _mac(text: str) -> str:
    """`aa-bb-cc-dd-ee-ff` or `0:1b:2:3:4:5` -> `aa:bb:cc:dd:ee:ff`, padded and lower-case."""
    parts = re.split(r"[:-]", text.strip())
    if len(parts) != 6 or not all(re.fullmatch(r"[0-9A-Fa-f]{1,2}", p) for p in parts):
        return ""
    mac = ":".join(p.zfill(2).lower() for p in parts)
    return "" if mac == _INCOMPLETE_MAC else mac


def parse_proc_net_arp(text: str) -> list[Neighbour]:
    """Linux /proc/net/arp: `IP  HWtype  Flags  HWaddress  Mask  Device`."""
    entries: list[Neighbour] = []
    for line in text.splitlines()[1:]:
        fields = line.split()
        if len(fields) < 6:
            continue
        flags = int(fields[2], 16) if fields[2].startswith("0x") else 0
        state = Message(_COMPLETE if flags & 0x2 else _INCOMPLETE)
        if flags & 0x4:
            state = Message(_PERMANENT)
        entries.append(Neighbour(fields[0], _mac(fields[3]), fields[5], state))
    return entries


def parse_ip_neigh(text: str) -> list[Neighbour]:
    """`ip neigh show`: `192.168.1.1 dev eth0 lladdr aa:bb:cc:dd:ee:ff REACHABLE`."""
    entries: list[Neighbour] = []
    for line in text.splitlines():
        fields = line.split()
        if not fields:
            continue
        address = fields[0]
        interface = mac = ""
        if "dev" in fields[:-1]:
            interface = fields[fields.index("dev") + 1]
        if "lladdr" in fields[:-1]:
            mac = _mac(fields[fields.index("lladdr") + 1])
        state = fields[-1] if fields[-1].isupper() else ""
        entries.append(Neighbour(address, mac, interface, state))
    return entries


_ARP_BSD = re.compile(
    r"\((?P<ip>[^)]+)\) at (?P<mac>\S+)(?: on (?P<dev>\S+))?(?P<rest>.*)", re.IGNORECASE
)
_ARP_WINDOWS_ENTRY = re.compile(
    r"^\s*(?P<ip>\d+\.\d+\.\d+\.\d+)\s+(?P<mac>[0-9a-f]{2}(?:-[0-9a-f]{2}){5})\s+(?P<kind>\w+)",
    re.IGNORECASE,
)
_ARP_WINDOWS_INTERFACE = re.compile(r"^Interface:\s*(?P<ip>\S+)", re.IGNORECASE)


def parse_arp_a(text: str) -> list[Neighbour]:
    """`arp -a` on macOS/BSD (`? (10.0.0.1) at 0:1b:..:5 on en0 [ethernet]`) or Windows."""
    entries: list[Neighbour] = []
    interface = ""
    for line in text.splitlines():
        if match := _ARP_BSD.search(line):
            state = Message(_INCOMPLETE) if "incomplete" in match["mac"] else ""
            if "permanent" in match["rest"]:
                state = Message(_PERMANENT)
            entries.append(Neighbour(match["ip"], _mac(match["mac"]), match["dev"] or "", state))
        elif match := _ARP_WINDOWS_INTERFACE.search(line):
            interface = match["ip"]
        elif match := _ARP_WINDOWS_ENTRY.search(line):
            entries.append(
                Neighbour(match["ip"], _mac(match["mac"]), interface, match["kind"].lower())
            )
    return entries


def _run(argv: list[str]) -> str:
    return subprocess.run(
        argv,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=COMMAND_TIMEOUT,
        check=True,
        stdin=subprocess.DEVNULL,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    ).stdout


def read_neighbours(platform: str = sys.platform) -> NeighbourTable:
    """Read the neighbour table the way this system offers it."""
    failures: list[str] = []  # Messages; the errors' own words go in as values
    if platform.startswith("linux"):
        ip_program = shutil.which("ip")
        if ip_program:
            try:
                return NeighbourTable(
                    tuple(parse_ip_neigh(_run([ip_program, "neigh", "show"]))), "ip neigh"
                )
            except (OSError, subprocess.SubprocessError) as exc:
                failures.append(
                    Message(N_("diagnostics", "`ip neigh` failed ({reason})"), reason=str(exc))
                )
        try:
            text = PROC_NET_ARP.read_text(encoding="ascii", errors="replace")
        except OSError as exc:
            failures.append(
                Message(
                    N_("diagnostics", "{path} cannot be read ({reason})"),
                    path=str(PROC_NET_ARP),
                    reason=exc.strerror or str(exc),
                )
            )
        else:
            return NeighbourTable(tuple(parse_proc_net_arp(text)), str(PROC_NET_ARP))
    else:
        arp_program = shutil.which("arp")
        if arp_program:
            argv = [arp_program, "-a"] if platform == "win32" else [arp_program, "-an"]
            try:
                return NeighbourTable(tuple(parse_arp_a(_run(argv))), "arp -a")
            except (OSError, subprocess.SubprocessError) as exc:
                failures.append(
                    Message(N_("diagnostics", "`arp -a` failed ({reason})"), reason=str(exc))
                )
        else:
            failures.append(Message(N_("diagnostics", "there is no `arp` command")))
    if failures:
        reason = Message(
            N_("diagnostics", "This system does not show its neighbour (ARP) table: {failures}."),
            failures=joined(failures, SEMICOLON),
        )
    else:
        reason = Message(N_("diagnostics", "This system does not show its neighbour (ARP) table."))
    return NeighbourTable((), "", reason)


def neighbours_engine(timeout: float = 10.0) -> OneShotEngine:
    """An engine that reads the neighbour table once off its loop (the window's Refresh)."""
    return OneShotEngine(
        "neighbour reader",
        read_neighbours,
        timeout=timeout,
        timeout_message=Message(
            N_("diagnostics", "Reading the neighbour table took more than {seconds:g} s."),
            seconds=timeout,
        ),
    )
