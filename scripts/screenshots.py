"""Grab a screenshot of every tab, for the README (refresh them after changing a tab).

    uv run python scripts/screenshots.py                      # docs/screenshots/<tab>.png
    uv run python scripts/screenshots.py --theme dark --language ru --out /tmp/shots
    uv run python scripts/screenshots.py --events             # docs/screenshots/events*.png

The window opens offscreen at 1100x720 with fresh settings (never yours), each tab is
shown in turn, given a moment to fill in (interfaces, sockets), and grabbed. Files are
named after the tab, with the theme and language appended when they are not the
defaults (light, English): `subnet.png`, `subnet-dark-ru.png`. Light is forced by
default so the pictures do not depend on the desktop they were taken on.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_OUT = ROOT / "docs" / "screenshots"
SIZE = (1100, 720)


def _settle(milliseconds: int) -> None:
    """Run the event loop for a while: tabs fill in from worker threads."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _wait_until(predicate, seconds: float = 5.0) -> bool:
    """Run the event loop until `predicate()` holds, at most `seconds`."""
    for _ in range(int(seconds * 100)):
        if predicate():
            return True
        _settle(10)
    return predicate()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stage_demo(key: str, tab, settle_ms: int) -> list[socket.socket]:
    """Fill a tab with a small, realistic scene, on 127.0.0.1 only; returns open sockets.

    Chat: a room hosted on loopback (not announced) with a plain-socket guest, as `nc`
    would be. UDP: a receiver on loopback and a few datagrams to it. Subnet: an address
    and a second one to compare. Nothing is sent to any other address.
    """
    if key == "chat":
        tab.identity.nick_edit.setText("teacher")
        tab.host_panel.bind_combo.set_address("127.0.0.1")
        tab.host_panel.port_edit.setText(str(_free_port()))
        tab.host_panel.announce_check.setChecked(False)
        tab.start_hosting()
        if not _wait_until(lambda: tab.connection_state() == "connected"):
            raise SystemExit("the demo chat did not start on 127.0.0.1")
        port = int(tab.host_panel.port_edit.text())
        student = socket.create_connection(("127.0.0.1", port), timeout=5)
        for line in ("/nick student", "Is this the chat from the TCP lesson?", "/me waves"):
            student.sendall(line.encode() + b"\n")
            _settle(150)
        tab.input.setPlainText("Yes: nc 127.0.0.1 5555 joins the same room, try /who")
        tab.send_button.click()
        _settle(settle_ms)
        return [student]
    if key == "udp":
        receiver, sender = tab.receiver_panel, tab.sender_panel
        receiver.host_edit.setText("127.0.0.1")
        receiver.port_spin.setValue(0)
        receiver.start()
        if not _wait_until(lambda: receiver.engine is not None and receiver.engine.bound_port):
            raise SystemExit("the demo UDP receiver did not start on 127.0.0.1")
        port = receiver.engine.bound_port
        sender.target_edit.setText(f"127.0.0.1:{port}")
        sender.payload_edit.setPlainText("Hello over UDP")
        sender.count_spin.setValue(5)
        sender.interval_spin.setValue(50)
        sender.sequence_check.setChecked(True)
        sender.send_current()
        _wait_until(lambda: receiver.model.rowCount() >= 5, 3)
        _settle(settle_ms)
        return []
    if key == "packets":
        return _packets_scene(tab, settle_ms)
    if key == "subnet":
        from PySide6.QtWidgets import QLineEdit

        edits = tab.findChildren(QLineEdit)
        edits[0].setText("192.168.1.12/26")
        _settle(settle_ms)
    return []


@contextlib.contextmanager
def _fresh_application(theme_name: str, language: str):
    """An offscreen application with fresh settings (never yours) in a scratch folder,
    in `theme_name` and `language`; yields the scratch folder."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings

    from app.gui import create_application
    from app.translations import SOURCE_LANGUAGE
    from app.ui import i18n, theme

    with tempfile.TemporaryDirectory() as scratch:
        os.environ["XDG_CONFIG_HOME"] = scratch
        os.environ["XDG_DATA_HOME"] = scratch
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        app = create_application([sys.argv[0]])
        if language != SOURCE_LANGUAGE and not i18n.install_translators(app, language):
            raise SystemExit(f"the {language} translation could not be loaded")
        theme.apply_theme(theme_name)
        yield Path(scratch)


def _suffix(theme_name: str, language: str) -> str:
    """`-dark-ru` for a dark Russian picture; nothing for the defaults (light, English)."""
    from app.translations import SOURCE_LANGUAGE

    return "".join(
        f"-{part}" for part in (theme_name, language) if part not in ("light", SOURCE_LANGUAGE)
    )


def _packets_scene(tab, settle_ms: int) -> list[socket.socket]:
    """Capture a TCP connection on lo (handshake, "hello", teardown) and select its first
    packet; without capture permission, open the handshake.pcap test file instead."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        tab.filter_edit.setText(f"tcp port {port}")
        if tab.start() and _wait_until(tab.is_capturing, 3.0):
            with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
                server, _ = listener.accept()
                with server:
                    client.sendall(b"hello")
                    server.recv(16)
                    client.shutdown(socket.SHUT_WR)
                    server.recv(16)  # b'': the client's FIN
                    server.close()
            _wait_until(lambda: tab.model.rowCount() >= 8, 5.0)
            _settle(settle_ms)
            tab.stop()
        else:
            tab.stop()
            tab.open_file(ROOT / "tests" / "core" / "packets" / "data" / "handshake.pcap")
            _wait_until(lambda: tab.model.rowCount() >= 8, 5.0)
    if tab.model.rowCount():
        tab.select_row(0)
    _settle(settle_ms)
    return []


def take_screenshots(
    out: Path,
    theme_name: str,
    language: str,
    settle_ms: int,
    *,
    demo: bool = True,
    size: tuple[int, int] | None = None,
) -> list[Path]:
    """Open the window offscreen and save one PNG per tab into `out`; returns the files.

    `size`: the window's size (default 1100x720); a given size is in the file names
    (`udp-800x600-ru.png`), and a window that had to grow past it is reported."""
    out.mkdir(parents=True, exist_ok=True)
    suffix = _suffix(theme_name, language)
    if size is not None:
        suffix = f"-{size[0]}x{size[1]}{suffix}"
    with _fresh_application(theme_name, language):
        from app.ui.main_window import MainWindow

        window = MainWindow()
        window.resize(*(size or SIZE))
        window.show()
        demo_sockets: list[socket.socket] = []
        try:
            saved = _grab_tabs(window, out, suffix, settle_ms, demo, demo_sockets)
        finally:
            for sock in demo_sockets:
                sock.close()
            _stop_tabs(window)  # nothing left running: closing asks no question
            window.close()
            window.deleteLater()
            _settle(0)
    return saved


def _stop_tabs(window) -> None:
    """Stop what the demo scenes started (a hosted room, a capture) in every built tab."""
    from app.ui.tabs import TABS

    for spec in TABS:
        tab = window.tab_widget(spec.key)
        shutdown = getattr(tab, "shutdown", None)
        if callable(shutdown):
            shutdown()


def _grab_tabs(
    window, out: Path, suffix: str, settle_ms: int, demo: bool, sockets: list[socket.socket]
) -> list[Path]:
    """Show each tab in turn, stage its scene, and save it as a PNG."""
    from app.ui.tabs import TABS

    saved: list[Path] = []
    requested = (window.width(), window.height())
    for index, spec in enumerate(TABS):
        window.tabs.setCurrentIndex(index)
        _settle(settle_ms)
        # the shown tab is built after the first paint
        _wait_until(lambda key=spec.key: window.tab_widget(key) is not None, 2.0)
        if demo:
            sockets += _stage_demo(spec.key, window.tab_widget(spec.key), settle_ms)
        path = out / f"{spec.key}{suffix}.png"
        if window.width() > requested[0] or window.height() > requested[1]:
            print(
                f"note: {spec.key} made the window {window.width()}x{window.height()}, "
                f"larger than {requested[0]}x{requested[1]}",
                file=sys.stderr,
            )
        if not window.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        saved.append(path)
    return saved


def _events_scene(tab, settle_ms: int) -> None:
    """Host, a guest joins (a plain socket, as `nc`), both chat, the guest leaves with a
    FIN (recv() returns b''), the host stops hosting: on 127.0.0.1 only."""
    tab.identity.nick_edit.setText("teacher")
    tab.host_panel.bind_combo.set_address("127.0.0.1")
    tab.host_panel.port_edit.setText(str(_free_port()))
    tab.host_panel.announce_check.setChecked(False)
    tab.start_hosting()
    if not _wait_until(lambda: tab.connection_state() == "connected"):
        raise SystemExit("the demo chat did not start on 127.0.0.1")
    port = int(tab.host_panel.port_edit.text())
    with socket.create_connection(("127.0.0.1", port), timeout=5) as student:
        _settle(settle_ms)
        student.sendall(b"/nick student\n")
        _settle(150)
        student.sendall(b"hello from nc\n")
        _settle(150)
        tab.input.setPlainText("welcome")
        tab.send_button.click()
        _settle(settle_ms)
        student.shutdown(socket.SHUT_WR)  # FIN: the server's recv() returns b''
        student.settimeout(2)
        with contextlib.suppress(OSError):
            while student.recv(4096):
                pass
    _settle(settle_ms)
    tab.stop_hosting()
    _settle(settle_ms)


def take_events_timeline(out: Path, theme_name: str, language: str, settle_ms: int) -> list[Path]:
    """The Events pane after a host, join, chat, disconnect sequence: one picture with a
    side column and one with the client | server columns (events-*.png)."""
    out.mkdir(parents=True, exist_ok=True)
    suffix = _suffix(theme_name, language)
    saved: list[Path] = []
    with _fresh_application(theme_name, language):
        from app.ui.chat.tab import ChatTab
        from app.ui.events_pane import EventsPane

        tab = ChatTab()
        tab.resize(*SIZE)
        tab.show()
        _events_scene(tab, settle_ms)
        for two_sided, name in ((False, "events"), (True, "events-two-columns")):
            pane = EventsPane(sides=("client", "server"))
            pane.set_shown("state", True)
            pane.set_two_sided(two_sided)
            pane.model.add(tab.events_pane.lines())
            rows = pane.filter.rowCount()
            pane.resize(
                SIZE[0], min(1600, 70 + rows * pane.view.verticalHeader().defaultSectionSize())
            )
            pane.show()
            _settle(100)
            pane.view.scrollToTop()
            path = out / f"{name}{suffix}.png"
            if not pane.grab().save(str(path)):
                raise SystemExit(f"could not write {path}")
            saved.append(path)
            pane.close()
        tab.shutdown()
        tab.deleteLater()
        _settle(0)
    return saved


def main(argv: list[str] | None = None) -> int:
    from app.translations import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNGs")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="light")
    parser.add_argument("--language", choices=list(LANGUAGES), default="en")
    parser.add_argument("--settle-ms", type=int, default=400, help="time each tab gets to fill in")
    parser.add_argument(
        "--no-demo", action="store_true", help="grab the tabs empty, without the loopback scenes"
    )
    parser.add_argument(
        "--events",
        action="store_true",
        help="grab the Events pane after a host, join, chat, disconnect sequence instead",
    )
    parser.add_argument(
        "--size",
        action="append",
        metavar="WxH",
        help="window size, e.g. 1024x600 (repeat for several; default 1100x720)",
    )
    args = parser.parse_args(argv)
    sizes: list[tuple[int, int] | None] = []
    for text in args.size or []:
        width, _, height = text.lower().partition("x")
        if not (width.isdigit() and height.isdigit()):
            parser.error(f"--size {text!r}: write it as WIDTHxHEIGHT, e.g. 1024x600")
        sizes.append((int(width), int(height)))
    if args.events:
        for path in take_events_timeline(args.out, args.theme, args.language, args.settle_ms):
            print(path)
        return 0
    for size in sizes or [None]:
        shots = take_screenshots(
            args.out, args.theme, args.language, args.settle_ms, demo=not args.no_demo, size=size
        )
        for path in shots:
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
