"""`socketlab subnet`: results, --json schema, --split, --contains, and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run `socketlab subnet ARGS` in-process; returns (exit code, stdout, stderr)."""
    try:
        code = main(["subnet", *args])
    except SystemExit as exit_:  # argparse errors
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_prints_the_schema(capsys) -> None:
    code, out, err = run_cli(capsys, "192.168.1.12/24", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert {
        key: data[key]
        for key in (
            "version",
            "address",
            "network",
            "netmask",
            "wildcard",
            "prefix",
            "broadcast",
            "first_host",
            "last_host",
            "total_addresses",
            "usable_hosts",
            "class",
            "type",
        )
    } == {
        "version": 4,
        "address": "192.168.1.12",
        "network": "192.168.1.0/24",
        "netmask": "255.255.255.0",
        "wildcard": "0.0.0.255",
        "prefix": 24,
        "broadcast": "192.168.1.255",
        "first_host": "192.168.1.1",
        "last_host": "192.168.1.254",
        "total_addresses": 256,
        "usable_hosts": 254,
        "class": "C",
        "type": "private",
    }


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["10.0.0.1/31"], {"broadcast": None, "first_host": "10.0.0.0", "usable_hosts": 2}),
        (["10.0.0.1/32"], {"broadcast": None, "last_host": "10.0.0.1", "usable_hosts": 1}),
        (["0.0.0.0/0"], {"total_addresses": 2**32, "usable_hosts": 2**32 - 2}),
        (["10.1.2.3", "255.255.0.0"], {"network": "10.1.0.0/16"}),
        (["10.1.2.3", "0.0.255.255"], {"network": "10.1.0.0/16"}),
        (["10.1.2.3/255.255.255.128"], {"network": "10.1.2.0/25"}),
        (["10.1.2.3"], {"network": "10.1.2.3/32"}),
        (
            ["fe80::1%eth0/64"],
            {
                "version": 6,
                "broadcast": None,
                "class": None,
                "type": "link-local",
                "first_host": "fe80::",
                "last_host": "fe80::ffff:ffff:ffff:ffff",
                "total_addresses": 2**64,
                "zone": "eth0",
            },
        ),
    ],
)
def test_json_edge_cases(capsys, args: list[str], expected: dict) -> None:
    code, out, _ = run_cli(capsys, *args, "--json")
    assert code == 0
    data = json.loads(out)
    assert {key: data[key] for key in expected} == expected


def test_text_output_has_the_results_and_the_and_in_bits(capsys) -> None:
    code, out, _ = run_cli(capsys, "192.168.1.12/26")
    assert code == 0
    lines = out.splitlines()
    assert "Network:            192.168.1.0/26" in lines
    assert "Broadcast:          192.168.1.63" in lines
    assert "  address    192.168.1.12     11000000.10101000.00000001.00|001100" in lines
    assert "  AND mask   255.255.255.192  11111111.11111111.11111111.11|000000" in lines
    assert "  = network  192.168.1.0      11000000.10101000.00000001.00|000000" in lines


def test_ipv6_text_output_draws_bits_on_two_lines(capsys) -> None:
    code, out, _ = run_cli(capsys, "2001:db8::1/64")
    assert code == 0
    assert "0010000000000001:0000110110111000:0000000000000000:0000000000000000|" in out
    assert "Total addresses:  18,446,744,073,709,551,616 (2^64)" in out


def test_split_lists_subnets(capsys) -> None:
    code, out, _ = run_cli(capsys, "192.168.1.0/24", "--split", "/26")
    assert code == 0
    assert "192.168.1.0/24 split into /26: 4 subnets" in out
    rows = [line.split() for line in out.splitlines() if line[:1].isdigit()]
    assert rows[-4:] == [
        ["1", "192.168.1.0/26", "192.168.1.1", "192.168.1.62", "192.168.1.63", "62"],
        ["2", "192.168.1.64/26", "192.168.1.65", "192.168.1.126", "192.168.1.127", "62"],
        ["3", "192.168.1.128/26", "192.168.1.129", "192.168.1.190", "192.168.1.191", "62"],
        ["4", "192.168.1.192/26", "192.168.1.193", "192.168.1.254", "192.168.1.255", "62"],
    ]


def test_split_limit_and_json(capsys) -> None:
    code, out, _ = run_cli(capsys, "10.0.0.0/8", "--split", "30", "--limit", "3", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["network"] == "10.0.0.0/8"
    assert data["split"]["prefix"] == 30 and data["split"]["count"] == 4_194_304
    assert data["split"]["subnets"] == [
        {
            "network": f"10.0.0.{4 * i}/30",
            "first_host": f"10.0.0.{4 * i + 1}",
            "last_host": f"10.0.0.{4 * i + 2}",
            "broadcast": f"10.0.0.{4 * i + 3}",
            "usable_hosts": 2,
        }
        for i in range(3)
    ]
    code, out, _ = run_cli(capsys, "2001:db8::/64", "--split", "66", "--json")
    subnets = json.loads(out)["split"]["subnets"]
    assert len(subnets) == 4 and subnets[0]["broadcast"] is None
    assert subnets[3]["last_host"] == "2001:db8::ffff:ffff:ffff:ffff"
    code, out, _ = run_cli(capsys, "10.0.0.0/8", "--split", "30", "--limit", "2")
    assert "4,194,304 subnets (first 2 shown)" in out


def test_contains_answers_with_the_exit_code(capsys) -> None:
    code, out, _ = run_cli(capsys, "192.168.1.12/24", "--contains", "192.168.1.200")
    assert code == 0
    assert "Same network? Yes: 192.168.1.200 AND 255.255.255.0 = 192.168.1.0" in out
    code, out, _ = run_cli(capsys, "192.168.1.12/24", "--contains", "192.168.2.1")
    assert code == 1 and "Same network? No:" in out and "Bit 23 differs" in out
    code, out, _ = run_cli(capsys, "192.168.1.12/24", "--contains", "192.168.2.1", "--json")
    assert code == 1
    assert json.loads(out)["contains"] == {
        "other": "192.168.2.1",
        "answer": False,
        "reason": "No: 192.168.2.1 AND 255.255.255.0 = 192.168.2.0, not 192.168.1.0. "
        "Bit 23 differs, and it is one of the 24 network bits.",
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["192.168.1.256/24"], "Octet 256 is out of range 0-255 (in 192.168.1.256)."),
        (["192.168.1.1", "255.0.255.0"], "255.0.255.0 is not a valid mask"),
        (["192.168.1.1/33"], "Prefix 33 is too long for IPv4"),
        (["1.2.3.4.5/24"], "Too many octets in 1.2.3.4.5"),
        (["10.0.0.0/8", "--split", "7"], "A /8 cannot be split into /7s"),
        (["10.0.0.0/8", "--split", "x"], "'x' is not a prefix or a mask"),
        (["10.0.0.0/8", "--contains", "10.0.0.999"], "Octet 999 is out of range"),
        (["10.0.0.0/8", "--limit", "3"], "--limit only goes with --split."),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, args: list[str], message: str) -> None:
    code, out, err = run_cli(capsys, *args)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1 and err.startswith("socketlab subnet: ")


def test_bad_option_values_exit_2_through_argparse(capsys) -> None:
    code, out, err = run_cli(capsys, "10.0.0.0/8", "--split", "9", "--limit", "0")
    assert code == 2 and out == ""
    assert "argument --limit: '0' is not a whole number of at least 1" in err


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_subnet_command_needs_no_qt() -> None:
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "assert main(['subnet', '192.168.1.12/24', '--json']) == 0\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["network"] == "192.168.1.0/24"


def test_a_reader_that_stops_early_ends_the_stream_quietly() -> None:
    """`socketlab subnet 10.0.0.0/8 --split 30 | head` stops without a traceback."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))",
            "subnet",
            "10.0.0.0/8",
            "--split",
            "30",
        ],
        env=_headless_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    head = [process.stdout.readline() for _ in range(25)]
    assert any(b"10.0.0.0/30" in line for line in head)
    process.stdout.close()
    try:
        code = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert code == 0
    assert process.stderr.read() == b""
    process.stderr.close()
