"""`socketlab ifaces`: text and JSON; headless, without Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_text_lists_loopback_and_the_lan_address(capsys) -> None:
    assert main(["ifaces"]) == 0
    out = capsys.readouterr().out
    assert "127.0.0.1/8" in out
    assert "MAC " in out
    assert "LAN address: " in out


def test_json_is_a_document_of_interfaces(capsys) -> None:
    assert main(["ifaces", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"lan_address", "lan_interface", "default_gateway", "interfaces"}
    loopback = [
        i
        for i in document["interfaces"]
        if any(a["address"] == "127.0.0.1" for a in i["addresses"])
    ]
    assert loopback and loopback[0]["is_loopback"] and loopback[0]["is_up"]


def test_diagnostics_commands_never_import_qt() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['ifaces', '--json']) == 0\n"
        "    assert main(['dns', 'localhost']) == 0\n"
        "    assert main(['ports', '127.0.0.1', '1', '--json']) in (0, 1)\n"
        "for name in ('ping', 'dns', 'ports', 'ifaces'):\n"
        "    try:\n"
        "        main([name, '--help'])\n"
        "    except SystemExit as e:\n"
        "        assert e.code == 0\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "usage: socketlab ping" in result.stdout
