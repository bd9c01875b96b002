"""Split 10.0.0.0/8 into /30s (4,194,304 subnets): how fast the first rows appear.

Prints, each measured in this run:
- the first screenful (50 rows) from SubnetRows vs from a bare `ipaddress` generator
  (`network.subnets(new_prefix=30)`) producing the same columns;
- a jump to row 200,000 (index math vs walking the generator);
- CSV throughput over 100,000 rows, ours vs the bare generator writing the same columns;
- the Qt table: model reset to first painted frame, offscreen.
The last line is the first-screen ratio (ours / bare generator): about 1 means "at once".

    uv run python bench/subnet_split.py
"""

from __future__ import annotations

import csv
import io
import ipaddress
import itertools
import os
import statistics
import time
from collections.abc import Callable

from app.core.subnet_plan import SubnetRows

NETWORK = ipaddress.ip_network("10.0.0.0/8")
NEW_PREFIX = 30
SCREEN = 50
JUMP = 200_000
CSV_ROWS = 100_000


def bare_row(index: int, subnet: ipaddress.IPv4Network) -> tuple[str, ...]:
    """The same columns as SubnetRows, from a generator's network object."""
    return (
        str(index + 1),
        str(subnet),
        str(subnet.network_address + 1),
        str(subnet.broadcast_address - 1),
        str(subnet.broadcast_address),
        "2",
    )


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The median of `runs` timings, in seconds."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def ours_first_screen() -> list[tuple[str, ...]]:
    rows = SubnetRows(NETWORK, NEW_PREFIX)
    return [rows.row(i) for i in range(SCREEN)]


def bare_first_screen() -> list[tuple[str, ...]]:
    subnets = NETWORK.subnets(new_prefix=NEW_PREFIX)
    return [bare_row(i, s) for i, s in enumerate(itertools.islice(subnets, SCREEN))]


def ours_jump() -> tuple[str, ...]:
    return SubnetRows(NETWORK, NEW_PREFIX).row(JUMP)


def bare_jump() -> tuple[str, ...]:
    subnets = NETWORK.subnets(new_prefix=NEW_PREFIX)
    return bare_row(JUMP, next(itertools.islice(subnets, JUMP, None)))


def ours_csv() -> int:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(SubnetRows(NETWORK, NEW_PREFIX).rows(0, CSV_ROWS))
    return buffer.tell()


def bare_csv() -> int:
    buffer = io.StringIO()
    subnets = itertools.islice(NETWORK.subnets(new_prefix=NEW_PREFIX), CSV_ROWS)
    csv.writer(buffer).writerows(bare_row(i, s) for i, s in enumerate(subnets))
    return buffer.tell()


def qt_first_paint() -> float:
    """Seconds from handing the model 4,194,304 rows to the table's first painted frame."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.subnet_lists import ListPanel

    app = QApplication.instance() or QApplication([])
    panel = ListPanel("Subnets")
    panel.resize(1000, 600)
    panel.show()
    app.processEvents()
    start = time.perf_counter()
    panel.set_source(SubnetRows(NETWORK, NEW_PREFIX), "4,194,304 subnets")
    panel.view.viewport().grab()  # paints the visible rows
    elapsed = time.perf_counter() - start
    assert panel.model.rowCount() == 4_194_304
    panel.close()
    return elapsed


def main() -> None:
    assert ours_first_screen() == bare_first_screen()
    assert ours_jump() == bare_jump()
    first_ours = best_of(25, ours_first_screen)
    first_bare = best_of(25, bare_first_screen)
    jump_ours = best_of(25, ours_jump)
    jump_bare = best_of(3, bare_jump)
    csv_ours = best_of(3, ours_csv)
    csv_bare = best_of(3, bare_csv)
    paint = statistics.median(qt_first_paint() for _ in range(5))
    lines = [
        (f"first {SCREEN} rows, SubnetRows", f"{first_ours * 1e3:10.3f} ms"),
        (f"first {SCREEN} rows, bare generator", f"{first_bare * 1e3:10.3f} ms"),
        (f"row {JUMP:,}, SubnetRows (index math)", f"{jump_ours * 1e3:10.3f} ms"),
        (f"row {JUMP:,}, bare generator (walk)", f"{jump_bare * 1e3:10.3f} ms"),
        (f"CSV {CSV_ROWS:,} rows, SubnetRows", f"{CSV_ROWS / csv_ours:10,.0f} rows/s"),
        (f"CSV {CSV_ROWS:,} rows, bare generator", f"{CSV_ROWS / csv_bare:10,.0f} rows/s"),
        ("Qt table, model set to first paint", f"{paint * 1e3:10.3f} ms"),
    ]
    print(f"split {NETWORK} into /{NEW_PREFIX}: {2 ** (NEW_PREFIX - 8):,} subnets")
    for label, figure in lines:
        print(f"{label:<40}{figure}")
    print(f"jump ratio (bare / ours): {jump_bare / jump_ours:,.0f}x faster")
    print(
        f"first-screen ratio (ours / bare generator): {first_ours / first_bare:.2f} "
        f"({first_ours * 1e3:.3f} ms vs {first_bare * 1e3:.3f} ms)"
    )


if __name__ == "__main__":
    main()
