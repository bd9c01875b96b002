"""The explanation pane: what the selected packet is and why it is there, in words.

The texts are chosen by the packet's protocol, TCP flags and the decoder's `extra`
(handshake step, teardown); numbers come from the packet and its fields.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.packets.model import Packet
from app.ui.i18n import translate_message, ui_locale
from app.ui.packets.sequence_diagram import is_tcp, tcp_flags


def field_value(packet: Packet, layer_name: str, *names: str) -> str:
    """The value of the first field called one of `names` in the layer `layer_name`."""
    for layer in packet.layers:
        if layer.name != layer_name:
            continue
        for field in layer.fields:
            if str(field.name) in names:
                return translate_message(field.value)
    return ""


class ExplanationView(QTextBrowser):
    """Read-only text explaining the selected packet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._packet: Packet | None = None
        self.setOpenExternalLinks(False)
        self.setTabChangesFocus(True)
        self.retranslate()

    def retranslate(self) -> None:
        """The name, the placeholder and the shown explanation in the window's language."""
        self.setAccessibleName(self.tr("Explanation"))
        self.setPlaceholderText(self.tr("Select a packet."))
        if self._packet is not None:
            self.show_packet(self._packet)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_packet(self, packet: Packet | None) -> None:
        """Explain `packet` (None: clear)."""
        self._packet = packet
        if packet is None:
            self.clear()
            return
        paragraphs = self.paragraphs(packet)
        body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs[1:])
        self.setHtml(f"<p><b>{html.escape(paragraphs[0])}</b></p>{body}")

    def paragraphs(self, packet: Packet) -> list[str]:
        """The explanation as plain paragraphs; the first is the packet's summary."""
        number = ui_locale().toString(packet.number)
        summary = translate_message(packet.summary) if packet.summary else packet.proto
        texts = [self.tr("Packet {number}: {summary}").format(number=number, summary=summary)]
        if packet.proto == "DNS":
            texts += self._dns(packet)
        if is_tcp(packet):
            texts += self._tcp(packet)
        elif packet.proto in ("UDP", "DNS") or packet.sport is not None:
            texts += self._udp(packet)
        elif packet.proto in ("ICMP", "ICMPv6"):
            texts += self._icmp(packet)
        elif packet.proto == "ARP":
            texts += self._arp(packet)
        if packet.problem:
            texts.append(translate_message(packet.problem))
        return texts

    # ----------------------------------------------------------------- TCP
    def _tcp(self, packet: Packet) -> list[str]:
        flags = tcp_flags(packet.flags)
        texts: list[str] = []
        step = packet.extra.get("handshake_step")
        if step == 1:
            texts.append(
                self.tr(
                    "Handshake step 1 of 3: the client asks to open a connection (SYN) and "
                    "chooses its first sequence number (shown as 0, relative)."
                )
            )
        elif step == 2:
            texts.append(
                self.tr(
                    "Handshake step 2 of 3: the server agrees (SYN, ACK): it sends its own "
                    "first sequence number and acknowledges the client's SYN with ack=1."
                )
            )
        elif step == 3:
            texts.append(
                self.tr(
                    "Handshake step 3 of 3: the client acknowledges the server's SYN. Both "
                    "sides are now ESTABLISHED; connect() and accept() have returned."
                )
            )
        teardown = packet.extra.get("teardown")
        if packet.extra.get("refused"):
            texts.append(
                self.tr(
                    "The connection was refused: nobody listens on that port, so the "
                    "system answers the SYN with RST. connect() fails with ECONNREFUSED."
                )
            )
        elif "RST" in flags:
            texts.append(
                self.tr(
                    "RST resets the connection at once: nobody listens on that port, or a "
                    "program closed its socket with unread data or SO_LINGER set to 0. "
                    "There is no TIME_WAIT after a reset."
                )
            )
        elif "FIN" in flags:
            texts.append(
                self.tr(
                    "FIN: this side has nothing more to send (close() or shutdown()). "
                    "The other side can still send until it closes too; the side that "
                    "sends the first FIN ends in TIME_WAIT."
                )
            )
        elif teardown == "closed":
            texts.append(
                self.tr(
                    "The last ACK of the teardown: both FINs are acknowledged and the "
                    "connection is closed. The side that sent the first FIN now waits in "
                    "TIME_WAIT for twice the MSL before its address pair can be used again."
                )
            )
        if packet.length:
            texts.append(
                self.tr(
                    "A data segment of {length} bytes. The receiver answers with an ACK "
                    "whose ack number is this seq plus {length}: that tells the sender the "
                    "bytes arrived, so it need not send them again."
                ).format(length=ui_locale().toString(packet.length))
            )
        elif flags == ["ACK"] and not step and teardown != "closed":
            texts.append(
                self.tr(
                    "A bare ACK: it carries no data, only says which bytes arrived (every "
                    "byte before ack={ack})."
                ).format(ack=packet.ack if packet.ack is not None else "?")
            )
        if packet.win is not None:
            texts.append(
                self.tr(
                    "Window {window}: how many more bytes this side can take in its receive "
                    "buffer right now (before scaling); a window of 0 makes the other side wait."
                ).format(window=ui_locale().toString(packet.win))
            )
        return texts

    # ----------------------------------------------------------------- UDP, ICMP, ARP, DNS
    def _udp(self, packet: Packet) -> list[str]:
        return [
            self.tr(
                "UDP has no handshake and no acknowledgements: its 8-byte header holds only "
                "the two ports, a length and a checksum. A datagram is sent at once and may "
                "be lost, duplicated or reordered without either side being told."
            )
        ]

    def _icmp(self, packet: Packet) -> list[str]:
        summary = str(packet.summary).lower()
        if "unreachable" in summary:
            return [
                self.tr(
                    "Destination unreachable: a router or the receiving host says the packet "
                    "could not be delivered (for a closed UDP port, 'port unreachable'). The "
                    "sender's socket then sees an error such as ECONNREFUSED."
                )
            ]
        if "reply" in summary:
            return [
                self.tr(
                    "Echo reply: the answer to a ping. It carries the request's identifier "
                    "and sequence number, so ping can match it and measure the round trip."
                )
            ]
        return [
            self.tr(
                "Echo request: what ping sends. ICMP sits beside IP, has no ports and no "
                "connection; the target answers with an echo reply."
            )
        ]

    def _arp(self, packet: Packet) -> list[str]:
        operation = (packet.extra.get("arp") or {}).get("operation")
        summary = str(packet.summary).lower()
        if operation == 2 or (operation is None and ("is-at" in summary or "reply" in summary)):
            return [
                self.tr(
                    "ARP reply (is-at): the owner of the IPv4 address tells its MAC address, "
                    "which the asker keeps in its ARP cache for a while."
                )
            ]
        return [
            self.tr(
                "ARP request (who-has): broadcast to the whole local network to find the MAC "
                "address of an IPv4 address before the first frame can be sent to it."
            )
        ]

    def _dns(self, packet: Packet) -> list[str]:
        dns = packet.extra.get("dns") or {}
        ident = dns.get("id")
        ident_text = (
            f"0x{ident:04x}"
            if isinstance(ident, int)
            else field_value(packet, "DNS", "Transaction ID")
        )
        flags = field_value(packet, "DNS", "Flags")
        ttls = [record[3] for record in dns.get("records", ()) if len(record) > 3]
        ttl = ui_locale().toString(int(ttls[0])) if ttls else ""
        is_answer = dns.get("response")
        if is_answer is None:
            is_answer = field_value(packet, "DNS", "Response") == "yes"
        if is_answer:
            text = self.tr(
                "A DNS answer. Its ID ({id}) matches the query's, so the resolver knows which "
                "question it answers; the flags ({flags}) say it is a response and whether "
                "there was an error; each record's TTL ({ttl} s) says how long it may be cached."
            )
        else:
            text = self.tr(
                "A DNS query: the resolver asks a server for a name's records. It picks a "
                "random ID ({id}) that the answer must repeat; the flags ({flags}) ask for "
                "recursion."
            )
        texts = [text.format(id=ident_text or "?", flags=flags or "?", ttl=ttl or "?")]
        texts.append(
            self.tr(
                "A name found in the hosts file (/etc/hosts) is answered by the system "
                "without any packet: you see DNS only for names it had to ask about."
            )
        )
        return texts
