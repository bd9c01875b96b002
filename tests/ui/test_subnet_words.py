"""The Subnet tab's translated results say, in English, exactly what core says."""

from __future__ import annotations

import ipaddress

import pytest

from app.core.subnet import SubnetInfo, calculate, same_network
from app.core.subnet_plan import parse_requirements, plan_vlsm
from app.ui import subnet_words

QUERIES = [
    "192.168.1.12/24",
    "10.0.0.1/31",
    "10.0.0.1/32",
    "0.0.0.0/0",
    "100.64.1.1/10",
    "224.0.0.5 255.255.255.255",
    "10.1.2.3/0.0.0.255",
    "2001:db8::1/64",
    "ff05::1/128",
    "fe80::1/10",
    "::1/128",
]


@pytest.mark.parametrize("query", QUERIES)
def test_explanation_and_fields_match_core_in_english(query: str) -> None:
    info: SubnetInfo = calculate(query)
    assert subnet_words.explanation(info) == info.explanation()
    for key, label, value in info.fields():
        assert subnet_words.field_label(key, label) == label
        assert subnet_words.field_value(key, value) == value


@pytest.mark.parametrize(
    ("network", "other"),
    [
        ("192.168.1.0/24", "192.168.1.200"),
        ("192.168.1.0/24", "192.168.2.1"),
        ("192.168.1.0/24", "192.168.1.128/25"),
        ("192.168.1.0/24", "192.168.0.0/16"),
        ("192.168.1.0/24", "2001:db8::1"),
        ("2001:db8::/64", "10.0.0.1"),
        ("2001:db8::/64", "2001:db8:0:1::1"),
    ],
)
def test_same_network_answer_matches_core_in_english(network: str, other: str) -> None:
    net = ipaddress.ip_network(network)
    answer = same_network(net, other)
    verdict, reason = subnet_words.same_network_answer(net, answer)
    assert f"{verdict}: {reason}" == answer.reason


@pytest.mark.parametrize("needs", ["Sales 50\nLab 20\nOffice 12\nLink 2", "A 100\nB 100"])
def test_vlsm_summary_matches_core_in_english(needs: str) -> None:
    plan = plan_vlsm(ipaddress.ip_network("192.168.1.0/24"), parse_requirements(needs))
    assert subnet_words.vlsm_summary(plan) == plan.summary()
