#!/usr/bin/env python3
"""Runs backtrader 1.9.78 beside `rutile-cli backtest` on the same strategies and data, checks
that both give the same trades and final equity, and prints both times and their ratio.

Each side is a whole process (interpreter or executable start, reading the data, the backtest,
its result), started in turn A B A B ... after a warm-up of each, so that both see the same
machine load; quoted are the minimum and the median of the wall time and of the CPU time
(user + system), and the median over pairs of backtrader time / rutile-cli time.

backtrader runs from its source folder (PYTHONPATH; it is never installed, copied or linked
into Rutile) with the Python that runs this script. Rutile reads the data from a temporary
workspace into which `rutile-cli import` loads the same CSV first (not timed).

Both sides trade the same way: a cross of the fast over the slow average (fast > slow now,
fast <= slow on the bar before) buys a fixed number of units, a cross below sells them; orders
are decided on a bar's close and filled at the next bar's open, without commission or
slippage, from 100,000 cash; a position still open at the end is valued at the last close.

  scripts/bench/backtrader_vs_rutile.py --cli build/release/app/cli/rutile-cli [--runs 5]
      [--data ../shared/data/RUT_yahoo_1987-2024.csv] [--backtrader ../shared/peers/backtrader-1.9.78]
      [--strategy sma_cross:20,50 --strategy ema_cross:12,26]

Exit status: 0 when every pair agreed, 1 for bad arguments, 2 when a file or folder is missing
or a side fails, 3 when the two disagree.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASH = 100000.0
UNITS = 10
STRATEGIES = {"sma_cross": "sma", "ema_cross": "ema"}


def run_backtrader(kind, fast, slow, data, units):
    """The child side: one backtrader run, its result as one JSON line on stdout."""
    import datetime

    import backtrader as bt

    class Cross(bt.Strategy):
        params = (("fast", fast), ("slow", slow))

        def __init__(self):
            average = bt.indicators.SMA if kind == "sma" else bt.indicators.EMA
            # backtrader's EMA is seeded with the SMA of the first `period` closes, as Rutile's.
            self.fast = average(self.data.close, period=self.p.fast)
            self.slow = average(self.data.close, period=self.p.slow)
            self.closed = 0

        def next(self):
            # Rutile's crossing rule, literally (backtrader's CrossOver skips bars where the two
            # are equal, which this rule does not).
            now = self.fast[0] - self.slow[0]
            before = self.fast[-1] - self.slow[-1]
            if now > 0 and before <= 0 and not self.position:
                self.buy(size=units)
            elif now < 0 and before >= 0 and self.position:
                self.close()

        def notify_trade(self, trade):
            if trade.isclosed:
                self.closed += 1

    cerebro = bt.Cerebro()
    cerebro.broker.setcash(CASH)
    feed = bt.feeds.GenericCSVData(dataname=data, dtformat="%Y-%m-%d", datetime=0, open=1, high=2, low=3,
                                   close=4, volume=6, openinterest=-1, nullvalue=float("nan"),
                                   fromdate=datetime.datetime(1900, 1, 1))
    cerebro.adddata(feed)
    cerebro.addstrategy(Cross)
    strategy = cerebro.run()[0]
    trades = strategy.closed + (1 if strategy.position else 0)
    print(json.dumps({"trades": trades, "final_equity": cerebro.broker.getvalue()}))


def timed(command, env=None):
    """Runs a command to the end; returns (wall s, cpu s, stdout) or exits on failure."""
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = os.times()
    if done.returncode != 0:
        sys.exit("failed (exit %d): %s\n%s" % (done.returncode, " ".join(command), done.stderr.strip()))
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, done.stdout


def figures(values):
    return "%.3f / %.3f" % (min(values), statistics.median(values))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "release", "app", "cli", "rutile-cli"))
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "RUT_yahoo_1987-2024.csv"))
    parser.add_argument("--backtrader", default=os.path.join(ROOT, "..", "shared", "peers", "backtrader-1.9.78"))
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each side (after one warm-up each)")
    parser.add_argument("--strategy", action="append", metavar="NAME:FAST,SLOW",
                        help="sma_cross or ema_cross with its two periods (default: sma_cross:20,50 and "
                             "ema_cross:12,26)")
    parser.add_argument("--run-backtrader", nargs=5, metavar=("KIND", "FAST", "SLOW", "DATA", "UNITS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.run_backtrader:
        kind, fast, slow, data, units = args.run_backtrader
        run_backtrader(kind, int(fast), int(slow), data, int(units))
        return 0

    if not 1 <= args.runs <= 100:
        parser.error("--runs must be in [1, 100]")
    strategies = []
    for text in args.strategy or ["sma_cross:20,50", "ema_cross:12,26"]:
        name, _, periods = text.partition(":")
        try:
            fast, slow = (int(v) for v in periods.split(","))
        except ValueError:
            parser.error("--strategy expects NAME:FAST,SLOW, got %r" % text)
        if name not in STRATEGIES or not 1 <= fast < slow:
            parser.error("--strategy: %r is not sma_cross or ema_cross with 1 <= fast < slow" % text)
        strategies.append((name, fast, slow))
    for path, what in ((args.cli, "rutile-cli"), (args.data, "data file")):
        if not os.path.isfile(path):
            print("%s not found: %s" % (what, path), file=sys.stderr)
            return 2
    if not os.path.isfile(os.path.join(args.backtrader, "backtrader", "__init__.py")):
        print("backtrader sources not found in %s" % args.backtrader, file=sys.stderr)
        return 2

    env = dict(os.environ, PYTHONPATH=os.path.abspath(args.backtrader))
    probe = subprocess.run([sys.executable, "-c", "import backtrader; print(backtrader.__version__)"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if probe.returncode != 0:
        # backtrader's core needs only the standard library; a missing package names itself here.
        print("backtrader does not import: %s" % probe.stderr.strip().splitlines()[-1], file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="rutile-vs-backtrader-") as tmp:
        db = os.path.join(tmp, "workspace.sqlite")
        timed([args.cli, "--db", db, "import", args.data, "--symbol", "RUT"])
        bars = sum(1 for _ in open(args.data)) - 1
        print("data: %s (%d rows); backtrader %s (Python %s); %d timed runs of each after a warm-up, "
              "alternated" % (os.path.basename(args.data), bars, probe.stdout.strip(), sys.version.split()[0],
                              args.runs))
        print()
        print("| strategy | trades (rutile / backtrader) | final equity (rutile / backtrader) "
              "| rutile-cli wall s (min / median) | backtrader wall s (min / median) "
              "| ratio wall (median, min..max) | rutile-cli CPU s | backtrader CPU s |")
        print("|---|---|---|---|---|---|---|---|")
        disagree = False
        for name, fast, slow in strategies:
            out = os.path.join(tmp, "result.json")
            rutile = [args.cli, "--db", db, "backtest", "RUT", "--strategy", name, "--param", "fast=%d" % fast,
                      "--param", "slow=%d" % slow, "--cash", "%g" % CASH, "--size", str(UNITS), "--json", out]
            peer = [sys.executable, os.path.abspath(__file__), "--run-backtrader", STRATEGIES[name], str(fast),
                    str(slow), os.path.abspath(args.data), str(UNITS)]
            timed(rutile)  # warm-ups (file cache, byte-compiled backtrader)
            _, _, peer_out = timed(peer, env)
            with open(out) as f:
                ours = json.load(f)
            theirs = json.loads(peer_out.strip().splitlines()[-1])
            same = (ours["trades"] == theirs["trades"]
                    and abs(ours["final_equity"] - theirs["final_equity"]) <= 1e-9 * abs(theirs["final_equity"]))
            disagree |= not same
            walls = ([], [])
            cpus = ([], [])
            ratios = []
            for run in range(args.runs):
                order = (0, 1) if run % 2 == 0 else (1, 0)
                wall = [0.0, 0.0]
                for side in order:
                    w, c, _ = timed(rutile) if side == 0 else timed(peer, env)
                    wall[side] = w
                    walls[side].append(w)
                    cpus[side].append(c)
                ratios.append(wall[1] / wall[0])
            print("| %s(%d,%d) | %d / %d%s | %.2f / %.2f | %s | %s | **%.0f×** (%.0f..%.0f) | %s | %s |" % (
                name, fast, slow, ours["trades"], theirs["trades"], "" if same else " **DIFFER**",
                ours["final_equity"], theirs["final_equity"], figures(walls[0]), figures(walls[1]),
                statistics.median(ratios), min(ratios), max(ratios), figures(cpus[0]), figures(cpus[1])))
            sys.stdout.flush()
    if disagree:
        print("rutile-cli and backtrader disagree (see the rows marked DIFFER)", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
