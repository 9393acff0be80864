#!/usr/bin/env python3
"""Reads every CSV output of rutile-cli back with Python's csv module (an RFC 4180 reader,
independent of Rutile's own writer) and checks that every row has as many fields as the
header, that no header is split (`macd(12,26,9).macd` is one column) and that the value
columns hold numbers. Run by ctest: check_csv_outputs.py PATH/TO/rutile-cli
"""

import csv
import math
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

CLI = sys.argv[1]

# Every indicator of the registry, some with several outputs and commas in their headers.
INDICATORS = ["sma:20", "ema:10", "wma:10", "dema:10", "tema:10", "bbands:20,2", "rsi:14", "macd:12,26,9",
              "atr:14", "stoch", "adx", "cci", "willr", "mfi", "obv", "roc"]


def run(*args):
    result = subprocess.run([CLI, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: rutile-cli {' '.join(args)}: exit {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def write_walk(path, seed, start):
    """A Yahoo-format history of 700 weekdays of a seeded random walk."""
    rng = random.Random(seed)
    day, close = date(2020, 1, 1), start
    with open(path, "w", newline="") as f:
        f.write("Date,Open,High,Low,Close,Adj Close,Volume\n")
        written = 0
        while written < 700:
            if day.weekday() < 5:
                open_ = close * (1 + 0.003 * (rng.random() - 0.5))
                close = open_ * (1 + 0.02 * (rng.random() - 0.5))
                high = max(open_, close) * (1 + 0.005 * rng.random())
                low = min(open_, close) * (1 - 0.005 * rng.random())
                f.write(f"{day.isoformat()},{open_!r},{high!r},{low!r},{close!r},{close!r},1000000\n")
                written += 1
            day += timedelta(days=1)


def check(path, expect_header=None, first_is_date=True, text_columns=()):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    if len(rows) < 2:
        sys.exit(f"FAIL: {path.name}: {len(rows)} rows, expected a header and data")
    header = rows[0]
    if expect_header is not None and header != expect_header:
        sys.exit(f"FAIL: {path.name}: header {header}, expected {expect_header}")
    if len(set(header)) != len(header):
        sys.exit(f"FAIL: {path.name}: repeated column in {header}")
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            sys.exit(f"FAIL: {path.name}:{number}: {len(row)} fields, the header has {len(header)}: {row}")
        for name, value in zip(header, row):
            if name in text_columns or value == "":
                continue
            if first_is_date and name == header[0]:
                date.fromisoformat(value)
                continue
            if not math.isfinite(float(value)):
                sys.exit(f"FAIL: {path.name}:{number}: {name} = {value!r} is not a finite number")
    print(f"ok {path.name}: {len(rows) - 1} rows x {len(header)} columns")
    return header


def main():
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        db = str(d / "w.rutile")
        write_walk(d / "AAA.csv", 1, 100.0)
        write_walk(d / "BBB.csv", 2, 50.0)
        run("--db", db, "import", str(d / "AAA.csv"))
        run("--db", db, "import", str(d / "BBB.csv"))
        checked = 0

        out = d / "export.csv"
        run("--db", db, "export", "AAA", "--csv", str(out))
        check(out, ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"])
        checked += 1

        out = d / "indicators.csv"
        args = ["--db", db, "indicators", "AAA", "--csv", str(out)]
        for spec in INDICATORS:
            args += ["--ind", spec]
        run(*args)
        header = check(out)
        for column in ("macd(12,26,9).macd", "macd(12,26,9).signal", "macd(12,26,9).hist", "sma(20)"):
            if column not in header:
                sys.exit(f"FAIL: indicators.csv: no column {column!r} in {header}")
        checked += 1

        # The same to standard output.
        text = run("--db", db, "indicators", "AAA", "--ind", "macd:12,26,9", "--ind", "bbands", "--csv", "-")
        (d / "indicators-stdout.csv").write_text(text, encoding="utf-8")
        check(d / "indicators-stdout.csv")
        checked += 1

        trades, equity = d / "trades.csv", d / "equity.csv"
        run("--db", db, "backtest", "AAA", "--strategy", "sma_cross", "--benchmark", "BBB",
            "--trades", str(trades), "--equity", str(equity))
        trade_header = ["entry_date", "entry_price", "exit_date", "exit_price", "side", "size", "pnl", "commission",
                        "exit_reason"]
        check(trades, trade_header, text_columns=("exit_date", "side", "exit_reason"))
        check(equity, ["date", "equity", "drawdown", "benchmark"])
        checked += 2

        trades = d / "pair-trades.csv"
        run("--db", db, "backtest", "AAA", "--strategy", "pairs_spread", "--pair", "BBB", "--trades-symbol",
            "--trades", str(trades))
        check(trades, trade_header + ["symbol"], text_columns=("exit_date", "side", "exit_reason", "symbol"))
        checked += 1

        trades, equity = d / "wf-trades.csv", d / "wf-equity.csv"
        run("--db", db, "walkforward", "AAA", "--strategy", "sma_cross", "--grid", "fast=5:15:5", "--grid",
            "slow=30:50:10", "--in-sample", "300", "--out-of-sample", "100", "--trades", str(trades), "--equity",
            str(equity))
        check(trades, trade_header, text_columns=("exit_date", "side", "exit_reason"))
        check(equity, first_is_date=True)
        checked += 2

        # Scans: an expression (a comma in it stays in the JSON, never in the CSV), a backtest.
        run("--db", db, "list", "set", "BOTH", "AAA", "BBB")
        out = d / "scan.csv"
        run("--db", db, "scan", "BOTH", "--expr", "max(close, sma(close, 20)) / close", "--column", "rsi=rsi(close, 14)",
            "--column", "hi=highest(high, 250)", "--csv", str(out))
        check(out, ["rank", "symbol", "date", "value", "rsi", "hi"], first_is_date=False, text_columns=("symbol", "date"))
        out = d / "scan-backtest.csv"
        run("--db", db, "scan", "BOTH", "--strategy", "sma_cross", "--csv", str(out))
        check(out, ["rank", "symbol", "date", "total_return", "cagr", "sharpe", "sortino", "max_drawdown", "annual_vol",
                    "exposure", "trades", "win_rate", "profit_factor", "final_equity"],
              first_is_date=False, text_columns=("symbol", "date"))
        checked += 2

        # A portfolio backtest over the list: the daily book, the holdings, the trades.
        equity, holdings, trades = d / "portfolio-equity.csv", d / "portfolio-holdings.csv", d / "portfolio-trades.csv"
        run("--db", db, "portfolio", "BOTH", "--rank", "max(close, sma(close, 20)) / close", "--top", "1",
            "--benchmark", "BBB", "--equity", str(equity), "--holdings", str(holdings), "--trades", str(trades))
        check(equity, ["date", "equity", "cash", "exposure", "holdings", "drawdown", "benchmark"])
        check(holdings, ["date", "symbol", "units", "close", "weight"], text_columns=("symbol",))
        check(trades, trade_header + ["symbol"], text_columns=("exit_date", "side", "exit_reason", "symbol"))
        checked += 3

        # A pair's daily series and rolling tests.
        daily, rolling = d / "pair.csv", d / "pair-rolling.csv"
        run("--db", db, "pair", "AAA", "BBB", "--test-window", "200", "--test-step", "50", "--csv", str(daily),
            "--rolling-csv", str(rolling))
        check(daily, ["date", "log_y", "log_x", "spread", "zscore", "rolling_beta", "kalman_beta"])
        check(rolling, ["date", "eg_tstat", "eg_pvalue", "hedge_ratio", "halflife_days"])
        checked += 2

        if checked != 15:
            sys.exit(f"FAIL: {checked} outputs checked, expected 15")
        print(f"all {checked} CSV outputs read back with matching column counts")


if __name__ == "__main__":
    main()
