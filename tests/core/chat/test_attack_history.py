"""History as an amplifier: long lines anyone may send, replayed to every joiner."""

from __future__ import annotations

import json
import time

import pytest

from app.core.chat.history import RoomHistory
from app.core.chat.protocol import ChatMessage
from app.core.events import ErrorEvent
from tests.helpers.chat import RawPeer, start_server
from tests.helpers.room import RoomDriver


def _long_history(history: RoomHistory) -> RoomHistory:
    """500 lines of 65,000 bytes: what one client's allowed flood leaves in 10 s."""
    for _ in range(500):
        history.add(ChatMessage(history.next_id(), "message", "m", "y" * 65_000, time.time()))
    history.commit()
    return history


def test_one_hello_does_not_queue_tens_of_megabytes_of_history() -> None:
    driver = RoomDriver(_long_history(RoomHistory(500)))
    driver.connect("mallory")
    driver.hello("mallory", "x", "m-1")  # 30 bytes
    queued = len(driver.received["mallory"])
    assert queued <= driver.config.out_limit, f"one hello queued {queued:,} bytes"


def test_an_honest_app_client_that_reads_promptly_can_join_a_long_history(
    run_engine, tmp_path
) -> None:
    path = tmp_path / "history.sqlite"
    _long_history(RoomHistory(500, path)).close()
    _, port, _ = start_server(run_engine, history_path=path)
    carol = RawPeer(port, timeout=20)
    carol.wait_for_line("[SLCHAT/1]")
    hello = {"type": "hello", "protocol": 1, "client_id": "carol-id", "nick": "carol"}
    carol.send_line(json.dumps(hello))
    # She reads as fast as loopback allows; today she reads "! Disconnected: you are
    # reading too slowly" after a few frames, every time she tries.
    try:
        carol.wait_for_line('"type":"users"', timeout=20)
    except (ConnectionError, AssertionError) as exc:
        frames = sum('"type":"history"' in line for line in carol.lines)
        pytest.fail(f"closed after {frames} history frames: ...{str(exc)[-110:]}")
    finally:
        carol.close()


def test_emoji_lines_do_not_switch_the_history_file_off(tmp_path) -> None:
    # Default limits: 64 MiB file, 50 lines/s. One client, one 64 KiB line per turn.
    history = RoomHistory(500, tmp_path / "history.sqlite")
    driver = RoomDriver(history)
    driver.join_raw("mallory", "mallory")
    line = ("😀" * 16_384).encode() + b"\n"  # 65,536 bytes, 16,384 characters
    for _ in range(1100):
        driver.send("mallory", line)
        driver.advance(0.02)
    assert history.failure == "", f"history file switched off: {history.failure}"
    assert not [e for e in driver.events if isinstance(e, ErrorEvent)]
    history.close()
