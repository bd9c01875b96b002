"""Start-up time: process start to first painted window, SocketLab vs a bare QMainWindow.

Both are started the same way (a fresh Python process, offscreen unless --platform says
otherwise), alternately, several times; the medians and their ratio are printed, the
ratio last. Goal: SocketLab within 1.3x of the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_to_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `command` until it prints 'painted'."""
    began = time.perf_counter()
    with subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - began
        process.wait(timeout=60)
    if line.strip() != "painted":
        raise SystemExit(f"{command} did not report a painted window (got {line!r})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument(
        "--last-tab", type=int, default=None, help="start as if this tab (0-3) was open last"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as config_home:
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, XDG_CONFIG_HOME=config_home)
        if args.last_tab is not None:
            settings = Path(config_home) / "SocketLab" / "SocketLab.ini"
            settings.parent.mkdir(parents=True)
            settings.write_text(f"[window]\ntab={args.last_tab}\n", encoding="utf-8")
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        app_cmd = [sys.executable, "-m", "app", "--exit-after-paint"]
        time_to_paint(bare_cmd, env)  # warm the file cache for both
        time_to_paint(app_cmd, env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_to_paint(bare_cmd, env))
            app.append(time_to_paint(app_cmd, env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    last = "" if args.last_tab is None else f", tab {args.last_tab} open last time"
    print(f"runs: {args.runs} each, platform {args.platform}{last}")
    print(f"bare QMainWindow: median {bare_median * 1000:.0f} ms")
    print(f"SocketLab window: median {app_median * 1000:.0f} ms")
    print(f"ratio SocketLab/bare: {app_median / bare_median:.2f}x (goal <= 1.30x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
