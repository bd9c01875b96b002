"""Who may enter a room: the ban table and the password gate, without I/O or a clock.

`Room` asks them at the door: `BanTable` says whether an address is banned (and until
when), `PasswordGate` checks a password and slows wrong guesses per address. Both are
bounded: nothing an outsider does can make them grow without limit.
"""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass

from app.core.chat.nicknames import nick_key

# Bans kept at most; beyond it the one that ends soonest goes (then the oldest lasting one).
MAX_BANS = 1024
# Addresses whose wrong passwords are remembered, the most recent kept.
MAX_PASSWORD_ADDRESSES = 4096
# Wrong passwords one connection may send before it is closed.
PASSWORD_TRIES = 3
# After a wrong password its address waits 1 s, then 2, 4, ... at most this long.
PASSWORD_DELAY_MAX = 60.0
# A wrong password is forgotten this long after the last one from its address.
PASSWORD_FORGET_AFTER = 15 * 60.0
# A connection that has not given the password this long after it came is closed.
ADMIT_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class BanInfo:
    """A banned address; `nick` is who had it when banned; `until` is wall-clock time,
    None while the server runs."""

    address: str
    nick: str = ""
    until: float | None = None

    def active(self, wall_now: float) -> bool:
        return self.until is None or wall_now < self.until


def ban_address(target: str) -> str | None:
    """The IP address in `192.0.2.7`, `192.0.2.7:5555`, `[2001:db8::1]:5555` or
    `2001:db8::1`, written as the room writes peers' addresses; None if there is none."""
    text = target.strip()
    candidates = [text]
    if text.startswith("[") and "]" in text:
        candidates.append(text[1 : text.index("]")])
    elif text.count(":") == 1:
        candidates.append(text.partition(":")[0])
    for candidate in candidates:
        try:
            address = ipaddress.ip_address(candidate.split("%", 1)[0])
        except ValueError:
            continue
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(address)
    return None


class BanTable:
    """Banned addresses, at most `limit` of them."""

    def __init__(self, limit: int = MAX_BANS) -> None:
        self.limit = limit
        self._bans: dict[str, BanInfo] = {}

    def add(self, ban: BanInfo) -> None:
        self._bans.pop(ban.address, None)
        self._bans[ban.address] = ban
        while len(self._bans) > self.limit:
            ending = [b for b in self._bans.values() if b.until is not None]
            victim = min(ending, key=lambda b: b.until or 0.0) if ending else None
            del self._bans[victim.address if victim else next(iter(self._bans))]

    def remove(self, target: str) -> BanInfo | None:
        """Lift the ban on an address, or on the one banned under a nickname."""
        address = ban_address(target)
        if address is not None and address in self._bans:
            return self._bans.pop(address)
        key = nick_key(target.strip())
        for ban in list(self._bans.values()):
            if ban.nick and nick_key(ban.nick) == key:
                return self._bans.pop(ban.address)
        return None

    def find(self, address: str, wall_now: float) -> BanInfo | None:
        ban = self._bans.get(address)
        return ban if ban is not None and ban.active(wall_now) else None

    def prune(self, wall_now: float) -> bool:
        """Forget the bans that ended; True when there were some."""
        ended = [a for a, ban in self._bans.items() if not ban.active(wall_now)]
        for address in ended:
            del self._bans[address]
        return bool(ended)

    def all(self) -> tuple[BanInfo, ...]:
        return tuple(self._bans.values())

    def __len__(self) -> int:
        return len(self._bans)


class PasswordGate:
    """Checks the room password (in constant time) and slows wrong guesses per address:
    after the n-th wrong one its address must wait 2**(n-1) s (at most a minute)."""

    def __init__(self, password: str, *, max_addresses: int = MAX_PASSWORD_ADDRESSES) -> None:
        self._password = password.encode()
        self.max_addresses = max_addresses
        self._failures: dict[str, tuple[int, float]] = {}  # ip -> (wrong ones, last when)

    def wait(self, address: str, now: float) -> float:
        """Seconds before `address` may try again (0: now)."""
        failures = self._failures.get(address)
        if failures is None:
            return 0.0
        count, last = failures
        if now - last >= PASSWORD_FORGET_AFTER:
            del self._failures[address]
            return 0.0
        return max(0.0, last + min(2.0 ** (count - 1), PASSWORD_DELAY_MAX) - now)

    def check(self, address: str, given: str, now: float) -> bool:
        """True for the right password; a wrong one is counted against the address."""
        if hmac.compare_digest(given.encode("utf-8", "replace"), self._password):
            self._failures.pop(address, None)
            return True
        count, _ = self._failures.pop(address, (0, now))
        self._failures[address] = (count + 1, now)
        while len(self._failures) > self.max_addresses:
            del self._failures[next(iter(self._failures))]
        return False
