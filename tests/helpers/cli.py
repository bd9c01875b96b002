"""Run `socketlab` as a real process from tests: one way, shared by the CLI tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def run_socketlab(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run `python -m app ARGS` to the end with no input; returns its output and code."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def start_socketlab(*args: str, **kwargs) -> subprocess.Popen:
    """Start `python -m app ARGS` with its stdout and stderr piped, as text."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", **kwargs.pop("extra_env", {}))
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def read_line_matching(stream, pattern: str, limit: int = 200) -> re.Match:
    """Read lines from a process's stream until one matches `pattern` (at most `limit`)."""
    for _ in range(limit):
        line = stream.readline()
        if not line:
            break
        match = re.search(pattern, line)
        if match:
            return match
    raise AssertionError(f"no line matched {pattern!r}")
