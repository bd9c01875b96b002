"""`socketlab dns`: names answered by the hosts file and numeric hosts only."""

from __future__ import annotations

import pytest

from app.cli import main
from tests.core.diagnostics.test_dns import hosts_file_maps
from tests.helpers.diagnostics import refuse_names_locally


def test_forward_lookup_of_localhost(capsys) -> None:
    assert main(["dns", "localhost"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "localhost:"
    assert any(line.split() in (["A", "127.0.0.1"], ["AAAA", "::1"]) for line in out[1:-1])
    assert " in " in out[-1] and "System resolver" in out[-1]


def test_numeric_address_lookup_is_reverse(capsys) -> None:
    if not hosts_file_maps("127.0.0.1", "localhost"):
        pytest.skip("the hosts file lacks 127.0.0.1 localhost (a PTR query would be sent)")
    assert main(["dns", "127.0.0.1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("127.0.0.1 -> ")
    assert "localhost" in " ".join(out[:-1])


def test_unknown_name_exits_1_with_the_reason(capsys, monkeypatch) -> None:
    refuse_names_locally(monkeypatch)
    assert main(["dns", "no-such-host"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "socketlab dns: Host not found: no-such-host does not resolve to an address. "
        "Check the spelling.\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["bad name!"], "bad name! is not a valid host name"),
        (["localhost", "--timeout", "0"], "--timeout 0 is out of range 0.1-120."),
        (["localhost", "--timeout", "soon"], "--timeout 'soon' is not a number."),
    ],
)
def test_bad_arguments_exit_2(capsys, argv: list[str], message: str) -> None:
    assert main(["dns", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"socketlab dns: {message}") and err.count("\n") == 1
