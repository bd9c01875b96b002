"""`socketlab ports`: against listeners the tests open on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from tests.core.diagnostics.test_portcheck import closed_ports, listeners
from tests.helpers.diagnostics import refuse_names_locally, stalled_ports


def test_open_and_closed_ports_table(capsys) -> None:
    with listeners(1) as (open_port,):
        (closed,) = closed_ports(1, {open_port})
        code = main(["ports", "127.0.0.1", f"{open_port},{closed}"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0] == "Checking 2 TCP ports on 127.0.0.1, timeout 1 s, 2 at a time..."
    assert out[1].split() == ["PORT", "STATE", "SERVICE", "TIME"]
    rows = {line.split()[0]: line.split()[1] for line in out[2:-1]}
    assert rows == {f"{open_port}/tcp": "open", f"{closed}/tcp": "closed"}
    assert out[-1].startswith("2 of 2 ports: 1 open, 1 closed, 0 filtered in ")


def test_json_output_with_a_filtered_port(capsys) -> None:
    with listeners(1) as (open_port,), stalled_ports(1) as (stalled,):
        code = main(["ports", "127.0.0.1", f"{open_port},{stalled}", "--json", "--timeout", "0.3"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    states = {r["port"]: r["state"] for r in document["results"]}
    assert states == {open_port: "open", stalled: "filtered"}
    assert document["address"] == "127.0.0.1"
    summary = document["summary"]
    assert (summary["open"], summary["filtered"], summary["stopped"]) == (1, 1, False)


def test_no_open_port_exits_1_and_hides_many_closed_ports(capsys) -> None:
    ports = closed_ports(40, set())
    spec = ",".join(map(str, ports))
    assert main(["ports", "127.0.0.1", spec]) == 1
    out = capsys.readouterr().out
    assert "(40 closed ports not shown; --all lists them)" in out
    assert main(["ports", "127.0.0.1", spec, "--all"]) == 1
    assert capsys.readouterr().out.count("/tcp") == 40


def test_unknown_host_exits_2(capsys, monkeypatch) -> None:
    refuse_names_locally(monkeypatch)
    assert main(["ports", "no-such-host", "22", "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("socketlab ports: Host not found: no-such-host")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["127.0.0.1", "1-5000"], "Too many ports: at most 4,096 in one run."),
        (["127.0.0.1", "25-20"], "Range 25-20 runs backwards: write 20-25."),
        (["127.0.0.1", "70000"], "Port 70000 is out of range 1-65535."),
        (["127.0.0.1", "22", "--concurrency", "0"], "--concurrency 0 is out of range 1-256."),
        (["256.1.1.1", "22"], "Octet 256 in 256.1.1.1 is out of range 0-255."),
    ],
)
def test_bad_arguments_exit_2_with_one_line(capsys, argv: list[str], message: str) -> None:
    assert main(["ports", *argv]) == 2
    assert capsys.readouterr().err == f"socketlab ports: {message}\n"
