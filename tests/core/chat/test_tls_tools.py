"""`openssl s_client -quiet` and `ncat --ssl` join a TLS room and talk with a SocketLab
client, as the README tells people to (real processes, 127.0.0.1 only)."""

from __future__ import annotations

import queue
import shutil
import subprocess
import threading

import pytest

from app.core.chat.client import ChatClientEngine, ConnectionState, MessagesReceived
from tests.helpers.chat import start_server

TOOLS = {
    "openssl": lambda port: ["openssl", "s_client", "-quiet", "-connect", f"127.0.0.1:{port}"],
    "ncat": lambda port: ["ncat", "--ssl", "127.0.0.1", str(port)],
}


class _Lines:
    """A process's stdout read line by line on a thread, waited for with a deadline."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.queue: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self.thread.start()

    def _read(self, stream) -> None:
        for line in stream:
            self.queue.put(line.rstrip("\r\n"))
        self.queue.put(None)

    def wait_for(self, text: str, timeout: float = 10.0) -> str:
        for _ in range(1000):  # bounded in count, and each get() in time
            try:
                line = self.queue.get(timeout=timeout)
            except queue.Empty:
                break
            if line is None:
                break
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"{text!r} not seen; got {self.seen[-5:]!r}")


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_a_tls_terminal_tool_joins_the_room(run_engine, tmp_path, tool) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    _, port, _ = start_server(
        run_engine, join_grace=0.05, identity_folder=tmp_path, announce=False, require_tls=True
    )
    client = ChatClientEngine("127.0.0.1", port, "alice")
    runner = run_engine(client)
    runner.wait_for(
        lambda evs: any(isinstance(e, ConnectionState) and e.state == "connected" for e in evs)
    )
    process = subprocess.Popen(
        TOOLS[tool](port),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        lines = _Lines(process)
        assert lines.wait_for("SocketLab chat on").endswith("[SLCHAT/1]")
        process.stdin.write("/nick terminal\nhello from a TLS terminal\n")
        process.stdin.flush()
        runner.wait_for(
            lambda evs: any(
                m.text == "hello from a TLS terminal"
                for e in evs
                if isinstance(e, MessagesReceived)
                for m in e.messages
            ),
            timeout=10,
        )
        client.send_text("hello back")
        assert lines.wait_for("<alice>").endswith("<alice> hello back")
    finally:
        process.kill()
        process.wait(timeout=10)
        process.stdin.close()
        process.stdout.close()
    lines.thread.join(5)
