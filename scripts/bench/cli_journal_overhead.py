#!/usr/bin/env python3
"""Times what journaling adds to a whole `rutile-cli optimize` command, from its start until it exits.

Two workspaces hold the same bars (`rutile-cli import`, not timed). In the baseline one a trigger
refuses every journal entry, so its command reads the bars, searches the grid, prints, builds the
entry and opens the workspace for it exactly as the other does; only the entry's durable commit
is missing (the command warns "not journaled" and exits 0). Building the entry (the best point
run again in full, the bars' fingerprint, the packing) is thus on both sides: `bench_report`'s
JournalParts times it in-process, to be added. The commands alternate A B B A ... after a
warm-up of each; quoted are the minimum and the median wall time of each side and the median
over pairs of journaled / baseline.

  scripts/bench/cli_journal_overhead.py --cli build/speed/app/cli/rutile-cli [--runs 30]
      [--data ../shared/data/RUT_yahoo_1987-2024.csv]

Exit status: 0, 1 for bad arguments, 2 when a file is missing or a command fails or is not
journaled as expected.
"""

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile

from backtrader_vs_rutile import ROOT, timed

# sma_cross over RUT: 15 x 10 points, and 50 x 30 (of which those with fast >= slow are skipped).
GRIDS = (("150 points", ["fast=5:19:1", "slow=50:140:10"]),
         ("1,500 points", ["fast=5:54:1", "slow=50:195:5"]))


def milliseconds(values):
    return "%.1f / %.1f" % (1000 * min(values), 1000 * statistics.median(values))


def journaled_runs(cli, db):
    done = subprocess.run([cli, "--db", db, "runs", "--json", "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    if done.returncode != 0:
        sys.exit("runs failed: %s" % done.stderr.strip())
    return len(json.loads(done.stdout))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "speed", "app", "cli", "rutile-cli"))
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "RUT_yahoo_1987-2024.csv"))
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each side (after one warm-up each)")
    args = parser.parse_args()
    if not 1 <= args.runs <= 200:
        parser.error("--runs must be in [1, 200]")
    for path, what in ((args.cli, "rutile-cli"), (args.data, "data file")):
        if not os.path.isfile(path):
            print("%s not found: %s" % (what, path), file=sys.stderr)
            return 2

    with tempfile.TemporaryDirectory(prefix="rutile-journal-bench-") as tmp:
        journaled = os.path.join(tmp, "journaled.rutile")
        baseline = os.path.join(tmp, "baseline.rutile")
        for db in (journaled, baseline):
            timed([args.cli, "--db", db, "import", args.data, "--symbol", "RUT"])
        with sqlite3.connect(baseline) as db:
            db.execute("CREATE TRIGGER bench_refuses_entries BEFORE INSERT ON runs "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the benchmark''s baseline'); END")
        print("data: %s; %d timed runs of each side after a warm-up, alternated; wall ms (min / median)"
              % (os.path.basename(args.data), args.runs))
        print()
        print("| sma_cross grid | journaled | baseline (commit refused) | journaled / baseline (median of pairs) |")
        print("|---|---|---|---|")
        for label, axes in GRIDS:
            def command(db):
                grid = [a for axis in axes for a in ("--grid", axis)]
                return [args.cli, "--db", db, "optimize", "RUT", "--strategy", "sma_cross", "--no-benchmark"] + grid
            timed(command(journaled))
            timed(command(baseline))
            walls = ([], [])
            ratios = []
            for run in range(args.runs):
                wall = [0.0, 0.0]
                for side in ((0, 1) if run % 2 == 0 else (1, 0)):
                    wall[side] = timed(command(journaled if side == 0 else baseline))[0]
                    walls[side].append(wall[side])
                ratios.append(wall[0] / wall[1])
            print("| %s | %s | %s | %+.1f %% (%+.1f .. %+.1f) |" % (
                label, milliseconds(walls[0]), milliseconds(walls[1]), 100 * (statistics.median(ratios) - 1),
                100 * (min(ratios) - 1), 100 * (max(ratios) - 1)))
            sys.stdout.flush()
        expected = len(GRIDS) * (args.runs + 1)
        if journaled_runs(args.cli, journaled) != expected or journaled_runs(args.cli, baseline) != 0:
            print("the journaled side should hold %d entries and the baseline none" % expected, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
