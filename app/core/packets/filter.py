"""A small packet filter that reads like tcpdump's, for the list and for `dumpcap -f`.

The grammar, small on purpose so a mistake can be explained in words:

    filter  := [or]                      (empty text: every packet)
    or      := and ("or" and)*
    and     := not (["and"] not)*        (two terms side by side mean "and")
    not     := "not" not | "(" or ")" | term
    term    := tcp | udp | icmp | arp | dns | ip | ip6
             | port N | host ADDR
             | src port N | dst port N | src host ADDR | dst host ADDR

`N` is a port 1-65535, `ADDR` an IPv4 or IPv6 literal. Every word is also libpcap's,
so `bpf_text()` gives the capture filter that keeps the same packets, except `dns`,
which libpcap does not know: it becomes `(port 53 or port 5353)` (a little wider:
libpcap cannot see whether the bytes are DNS).

Sans-IO and Qt-free. A mistake raises `ValueError(Message(...))` naming the word and
its position (counted from 1) and what was expected there.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from app.core.messages import N_, Message
from app.core.packets.model import Packet

PROTOCOL_WORDS = ("tcp", "udp", "icmp", "arp", "dns", "ip", "ip6")
QUALIFIER_WORDS = ("port", "host", "src", "dst")
OPERATOR_WORDS = ("and", "or", "not")
EXPECTED_WORDS = ", ".join(PROTOCOL_WORDS + QUALIFIER_WORDS + OPERATOR_WORDS)
DNS_PORTS = (53, 5353)
# The layer each protocol word looks for in a decoded packet.
PROTOCOL_LAYERS = {
    "tcp": "TCP",
    "udp": "UDP",
    "icmp": "ICMP",
    "arp": "ARP",
    "dns": "DNS",
    "ip": "IPv4",
    "ip6": "IPv6",
}
MAX_FILTER_LENGTH = 2000
MAX_NESTING = 50

UNKNOWN_WORD = N_("packets", "Unknown word '{word}' at position {position}: expected {expected}")
PORT_OUT_OF_RANGE = N_("packets", "Port {port} is out of range 1-65535")
NOT_A_PORT = N_(
    "packets", "'{word}' at position {position} is not a port number: write a number 1-65535"
)
MISSING_PORT = N_("packets", "'port' at position {position} needs a port number after it")
NOT_AN_ADDRESS = N_("packets", "'{word}' at position {position} is not an IPv4 or IPv6 address")
MISSING_ADDRESS = N_("packets", "'host' at position {position} needs an address after it")
DIRECTION_NEEDS = N_(
    "packets", "'{word}' at position {position} must be followed by 'port' or 'host'"
)
NEEDS_TERM_AFTER = N_(
    "packets", "'{word}' at position {position} needs a term after it, such as tcp or port 80"
)
NEEDS_TERM_BEFORE = N_("packets", "'{word}' at position {position} needs a term before it")
UNCLOSED = N_("packets", "The '(' at position {position} is never closed")
UNOPENED = N_("packets", "The ')' at position {position} has no matching '('")
EMPTY_PARENTHESES = N_("packets", "The parentheses at position {position} hold nothing")
TOO_LONG = N_("packets", "The filter is {length} characters long; at most {limit} are allowed")
TOO_DEEP = N_("packets", "The filter nests more than {limit} levels deep")


def _error(template, **values: object) -> ValueError:
    """A ValueError carrying a Message (what the window and the command line show)."""
    return ValueError(Message(template, **values))


@dataclass(frozen=True)
class _Token:
    """A word or a parenthesis, with its position in the text (counted from 1)."""

    text: str
    position: int


def _tokens(text: str) -> list[_Token]:
    """Split the text into words and parentheses, remembering where each starts."""
    tokens: list[_Token] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char.isspace():
            index += 1
        elif char in "()":
            tokens.append(_Token(char, index + 1))
            index += 1
        else:
            start = index
            while index < len(text) and not text[index].isspace() and text[index] not in "()":
                index += 1
            tokens.append(_Token(text[start:index], start + 1))
    return tokens


@dataclass(frozen=True)
class _Protocol:
    """A protocol word: the packet has that layer."""

    word: str

    def matches(self, packet: Packet) -> bool:
        """True when a layer of the packet is this protocol."""
        layer_name = PROTOCOL_LAYERS[self.word]
        return any(layer.name == layer_name for layer in packet.layers)

    def bpf(self) -> str:
        """The libpcap words for it."""
        if self.word == "dns":
            return " or ".join(f"port {port}" for port in DNS_PORTS)
        return self.word


@dataclass(frozen=True)
class _Port:
    """`[src|dst] port N`: the source, the destination or either port is N."""

    port: int
    direction: str = ""

    def matches(self, packet: Packet) -> bool:
        """True when the packet's port on that side (either side) is the port."""
        if self.direction == "src":
            return packet.sport == self.port
        if self.direction == "dst":
            return packet.dport == self.port
        return self.port in (packet.sport, packet.dport)

    def bpf(self) -> str:
        """The libpcap words for it."""
        return f"{self.direction} port {self.port}".lstrip()


@dataclass(frozen=True)
class _Host:
    """`[src|dst] host ADDR`: the source, the destination or either address is ADDR."""

    address: str
    direction: str = ""

    def matches(self, packet: Packet) -> bool:
        """True when the packet's address on that side is the address (ARP: its IPs)."""
        arp = packet.extra.get("arp") if packet.proto == "ARP" else None
        source, destination = (arp["sender"], arp["target"]) if arp else (packet.src, packet.dst)
        if self.direction == "src":
            return source == self.address
        if self.direction == "dst":
            return destination == self.address
        return self.address in (source, destination)

    def bpf(self) -> str:
        """The libpcap words for it."""
        return f"{self.direction} host {self.address}".lstrip()


@dataclass(frozen=True)
class _Not:
    """`not X`."""

    operand: object

    def matches(self, packet: Packet) -> bool:
        """True when the operand does not match."""
        return not self.operand.matches(packet)

    def bpf(self) -> str:
        """The libpcap words for it, in parentheses when the operand is compound."""
        return f"not {_wrapped(self.operand, (_And, _Or))}"


@dataclass(frozen=True)
class _And:
    """`X and Y`."""

    left: object
    right: object

    def matches(self, packet: Packet) -> bool:
        """True when both match."""
        return self.left.matches(packet) and self.right.matches(packet)

    def bpf(self) -> str:
        """The libpcap words for it; an `or` inside gets parentheses."""
        return f"{_wrapped(self.left, (_Or,))} and {_wrapped(self.right, (_Or,))}"


@dataclass(frozen=True)
class _Or:
    """`X or Y`."""

    left: object
    right: object

    def matches(self, packet: Packet) -> bool:
        """True when either matches."""
        return self.left.matches(packet) or self.right.matches(packet)

    def bpf(self) -> str:
        """The libpcap words for it."""
        return f"{_wrapped(self.left, ())} or {_wrapped(self.right, ())}"


def _wrapped(node: object, compound: tuple[type, ...]) -> str:
    """A node's libpcap text, in parentheses when it is one of `compound` (or `dns`)."""
    text = node.bpf()
    if isinstance(node, compound) or (isinstance(node, _Protocol) and node.word == "dns"):
        return f"({text})"
    return text


@dataclass(frozen=True)
class PacketFilter:
    """A parsed filter: `matches(packet)` says whether the packet is kept.

    `text` is what was typed; an empty filter keeps everything.
    """

    text: str
    root: object | None = None

    @property
    def is_empty(self) -> bool:
        """True when the filter keeps every packet."""
        return self.root is None

    def matches(self, packet: Packet) -> bool:
        """True when the packet passes the filter."""
        return self.root is None or self.root.matches(packet)


class _Parser:
    """Recursive descent over the tokens, one method per grammar rule."""

    def __init__(self, tokens: list[_Token]) -> None:
        """Start at the first token."""
        self.tokens = tokens
        self.index = 0
        self.depth = 0

    def peek(self) -> _Token | None:
        """The next token, or None at the end."""
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> _Token:
        """Consume the next token (the caller knows there is one)."""
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> object:
        """The whole filter; anything left over is a mistake."""
        node = self.parse_or()
        token = self.peek()
        if token is not None:
            if token.text == ")":
                raise _error(UNOPENED, position=token.position)
            raise _error(  # pragma: no cover - parse_and consumes every other token
                UNKNOWN_WORD, word=token.text, position=token.position, expected=EXPECTED_WORDS
            )
        return node

    def parse_or(self) -> object:
        """`and ("or" and)*`."""
        node = self.parse_and()
        while (token := self.peek()) is not None and token.text.lower() == "or":
            self.take()
            self.require_term_after(token)
            node = _Or(node, self.parse_and())
        return node

    def parse_and(self) -> object:
        """`not (["and"] not)*`: side-by-side terms are joined by "and"."""
        node = self.parse_not()
        while (token := self.peek()) is not None and token.text.lower() not in ("or", ")"):
            if token.text.lower() == "and":
                self.take()
                self.require_term_after(token)
            node = _And(node, self.parse_not())
        return node

    def parse_not(self) -> object:
        """`"not" not | "(" or ")" | term`."""
        token = self.peek()
        if token is None:  # pragma: no cover - callers check for a next token first
            raise _error(NEEDS_TERM_AFTER, word="", position=0)
        word = token.text.lower()
        if word == "not":
            self.take()
            self.require_term_after(token)
            return _Not(self.nested(self.parse_not))
        if word == "(":
            self.take()
            closing = self.peek()
            if closing is None:
                raise _error(UNCLOSED, position=token.position)
            if closing.text == ")":
                raise _error(EMPTY_PARENTHESES, position=token.position)
            node = self.nested(self.parse_or)
            closing = self.peek()
            if closing is None or closing.text != ")":
                raise _error(UNCLOSED, position=token.position)
            self.take()
            return node
        if word == ")":
            raise _error(UNOPENED, position=token.position)
        if word in ("and", "or"):
            raise _error(NEEDS_TERM_BEFORE, word=token.text, position=token.position)
        return self.parse_term()

    def nested(self, rule) -> object:
        """Apply `rule` one level deeper, refusing absurd nesting."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise _error(TOO_DEEP, limit=MAX_NESTING)
        try:
            return rule()
        finally:
            self.depth -= 1

    def require_term_after(self, operator: _Token) -> None:
        """An operator must be followed by something to apply it to."""
        token = self.peek()
        if token is None or token.text == ")" or token.text.lower() in ("and", "or"):
            raise _error(NEEDS_TERM_AFTER, word=operator.text, position=operator.position)

    def parse_term(self) -> object:
        """A protocol word, `port N`, `host ADDR`, or `src`/`dst` before one of those."""
        token = self.take()
        word = token.text.lower()
        if word in PROTOCOL_WORDS:
            return _Protocol(word)
        direction = ""
        if word in ("src", "dst"):
            direction = word
            following = self.peek()
            if following is None or following.text.lower() not in ("port", "host"):
                raise _error(DIRECTION_NEEDS, word=token.text, position=token.position)
            token = self.take()
            word = token.text.lower()
        if word == "port":
            return _Port(self.port_after(token), direction)
        if word == "host":
            return _Host(self.address_after(token), direction)
        raise _error(
            UNKNOWN_WORD, word=token.text, position=token.position, expected=EXPECTED_WORDS
        )

    def port_after(self, keyword: _Token) -> int:
        """The port number after `port`."""
        token = self.peek()
        if token is None or token.text in "()":
            raise _error(MISSING_PORT, position=keyword.position)
        self.take()
        if not token.text.isdigit() or not token.text.isascii():
            raise _error(NOT_A_PORT, word=token.text, position=token.position)
        port = int(token.text)
        if not 1 <= port <= 65535:
            raise _error(PORT_OUT_OF_RANGE, port=port)
        return port

    def address_after(self, keyword: _Token) -> str:
        """The IPv4 or IPv6 literal after `host`, written as the decoder writes it."""
        token = self.peek()
        if token is None or token.text in "()":
            raise _error(MISSING_ADDRESS, position=keyword.position)
        self.take()
        try:
            return str(ipaddress.ip_address(token.text))
        except ValueError:
            raise _error(NOT_AN_ADDRESS, word=token.text, position=token.position) from None


def parse_filter(text: str) -> PacketFilter:
    """Parse a filter; raises ValueError(Message) saying what is wrong and where."""
    if len(text) > MAX_FILTER_LENGTH:
        raise _error(TOO_LONG, length=len(text), limit=MAX_FILTER_LENGTH)
    tokens = _tokens(text)
    if not tokens:
        return PacketFilter(text)
    return PacketFilter(text, _Parser(tokens).parse())


def bpf_text(packet_filter: PacketFilter) -> str:
    """The libpcap capture filter (`dumpcap -f`) that keeps the same packets."""
    if packet_filter.root is None:
        return ""
    return packet_filter.root.bpf()
