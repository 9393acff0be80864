#!/usr/bin/env python3
"""An independent replay of `rutile-cli portfolio`: the rules of the README ("Universe ->
Portfolio backtests") written again here in Python from the bars `rutile-cli export` writes,
compared with the daily book of `--equity` and the document of `--json`, as the engine was
compared with backtrader. Run by ctest: check_portfolio.py PATH/TO/rutile-cli
"""

import csv
import json
import math
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

CLI = sys.argv[1]
UNIVERSE = 40
TOP = 6
LOOKBACK = 20           # rank: change(close, 20) / ref(close, 20)
COMMISSION = 0.2 / 100  # --commission-pct 0.2
SLIPPAGE = 7            # --slippage-bps 7
CASH = 250000.0
DRIFT = 0.1             # --drift-pct 10


def run(*args):
    result = subprocess.run([CLI, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: rutile-cli {' '.join(args)}: exit {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def read_bars(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return [(date.fromisoformat(r["Date"]), float(r["Open"]), float(r["Close"])) for r in rows]


def week_start(d):
    return d - timedelta(days=d.weekday())


def replay(symbols, bars):
    """The book day by day: fills of the last rebalance (sells, then buys scaled to the cash
    and cut in rank order), sales of histories that end and of everything on the last day,
    the equity at the close, then a rebalance on the first trading day of each week."""
    days = sorted({d for s in symbols for (d, _, _) in bars[s]})
    index = {s: {d: i for i, (d, _, _) in enumerate(bars[s])} for s in symbols}
    up, down = 1 + SLIPPAGE * 1e-4, 1 - SLIPPAGE * 1e-4
    cash, units, last_close, pending = CASH, {}, {}, []
    equity, rebalances, legs = [], 0, 0
    previous_week = None
    for t, d in enumerate(days):
        last_day = t + 1 == len(days)
        waiting, buys = [], []
        for s, delta in pending:
            i = index[s].get(d)
            if i is None:
                waiting.append((s, delta))
            elif delta < 0:
                price = bars[s][i][1] * down
                cash += -delta * price - COMMISSION * -delta * price
                units[s] -= -delta
                legs += 1
                if units[s] == 0:
                    del units[s]
            else:
                buys.append((s, delta, bars[s][i][1] * up))
        cost = sum(u * p + COMMISSION * u * p for _, u, p in buys)
        scale = cash / cost if cost > cash and cost > 0 else 1.0
        for s, u, p in buys:
            u = math.floor(u * scale) if scale < 1 else u
            while u > 0 and u * p + COMMISSION * u * p > cash:
                fits = math.floor((cash - COMMISSION * u * p) / p)
                u = max(0, fits) if fits < u else u - 1
            if u > 0:
                cash -= u * p + COMMISSION * u * p
                units[s] = units.get(s, 0) + u
        pending = waiting
        for s in sorted(units, key=symbols.index):
            i = index[s].get(d)
            if i is not None:
                last_close[s] = bars[s][i][2]
            if last_day or (i is not None and i + 1 == len(bars[s])):
                price = last_close[s] * down
                cash += units[s] * price - COMMISSION * units[s] * price
                del units[s]
                legs += 1
        value = cash + sum(u * last_close[s] for s, u in units.items())
        equity.append(value)
        week = week_start(d)
        if week == previous_week:
            continue
        previous_week = week
        if last_day:
            continue
        rebalances += 1
        candidates = []
        for position, s in enumerate(symbols):
            i = index[s].get(d)
            if i is None or i < LOOKBACK:
                continue
            close, before = bars[s][i][2], bars[s][i - LOOKBACK][2]
            candidates.append((-((close - before) / before), position, s, close))
        candidates.sort()
        chosen = candidates[:TOP]
        sells, new_buys, kept = [], [], set()
        for _, _, s, close in chosen:
            kept.add(s)
            target_units = math.floor((1.0 / TOP) * value / close)
            current = units.get(s, 0)
            if current == 0:
                if target_units > 0:
                    new_buys.append((s, target_units))
                continue
            target = (1.0 / TOP) * value
            if abs(current * close - target) > DRIFT * target and target_units != current:
                (new_buys if target_units > current else sells).append((s, target_units - current))
        for s in units:
            if s not in kept:
                sells.append((s, -units[s]))
        pending = sells + new_buys
    return days, equity, rebalances, legs


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "sample.rutile")
        run("--db", db, "sample", "--universe", str(UNIVERSE))
        listing = run("--db", db, "list", "show", "SAMPLE-UNIVERSE").split("\n", 1)[1].split()
        symbols = [s for s in listing if s]
        if len(symbols) != UNIVERSE:
            sys.exit(f"FAIL: the list has {len(symbols)} symbols, expected {UNIVERSE}")
        bars = {}
        for s in symbols:
            out = Path(tmp) / f"{s}.csv"
            run("--db", db, "export", s, "--csv", str(out))
            bars[s] = read_bars(out)
        equity_csv, json_out = Path(tmp) / "equity.csv", Path(tmp) / "portfolio.json"
        run("--db", db, "portfolio", "SAMPLE-UNIVERSE", "--rank", "change(close, 20) / ref(close, 20)",
            "--top", str(TOP), "--rebalance", "weekly", "--drift-pct", str(DRIFT * 100), "--commission-pct", "0.2",
            "--slippage-bps", str(SLIPPAGE), "--cash", str(int(CASH)), "--no-benchmark",
            "--equity", str(equity_csv), "--json", str(json_out))
        with open(equity_csv, newline="") as f:
            book = list(csv.DictReader(f))
        document = json.loads(json_out.read_text())

        days, equity, rebalances, legs = replay(symbols, bars)
        if len(book) != len(days):
            sys.exit(f"FAIL: {len(book)} days in --equity, {len(days)} in the replay")
        checked = 0
        for row, d, e in zip(book, days, equity):
            if row["date"] != d.isoformat():
                sys.exit(f"FAIL: day {checked}: {row['date']} against {d}")
            if not math.isclose(float(row["equity"]), e, rel_tol=1e-9):
                sys.exit(f"FAIL: {d}: equity {row['equity']} against the replay's {e!r}")
            checked += 1
        if checked < 5000:
            sys.exit(f"FAIL: only {checked} days compared")
        if len(document["rebalances"]) != rebalances:
            sys.exit(f"FAIL: {len(document['rebalances'])} rebalances, the replay has {rebalances}")
        if not math.isclose(document["final_equity"], equity[-1], rel_tol=1e-9):
            sys.exit(f"FAIL: final_equity {document['final_equity']} against {equity[-1]!r}")
        trades_csv = Path(tmp) / "trades.csv"
        run("--db", db, "portfolio", "SAMPLE-UNIVERSE", "--rank", "change(close, 20) / ref(close, 20)",
            "--top", str(TOP), "--rebalance", "weekly", "--drift-pct", str(DRIFT * 100), "--commission-pct", "0.2",
            "--slippage-bps", str(SLIPPAGE), "--cash", str(int(CASH)), "--no-benchmark", "--trades", str(trades_csv))
        with open(trades_csv, newline="") as f:
            trade_rows = sum(1 for _ in csv.DictReader(f))
        if trade_rows != legs:
            sys.exit(f"FAIL: {trade_rows} trade rows, the replay closed {legs} positions or parts")
        print(f"ok: {checked} days, {rebalances} rebalances, {legs} closed parts, final equity {equity[-1]:.2f}")


main()
