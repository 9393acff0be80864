#!/usr/bin/env python3
"""Runs the batch-scheduler files of deploy/ the way their schedulers would, on this machine:
the Slurm job array's script once per array task (SLURM_ARRAY_TASK_ID and friends set as Slurm
sets them, with an array range that does not start at 0), and the Kubernetes Indexed Job's
init and scan commands once per completion index (JOB_COMPLETION_INDEX), then `rutile-cli merge`
of each set of shards. Each merge must equal the single-process scan exactly.

check_deploy.py PATH/TO/rutile-cli PATH/TO/deploy
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

CLI, DEPLOY = sys.argv[1], Path(sys.argv[2])
SHARDS = 3
EXPR = "close > sma(close, 200) and rsi(close, 14) < 30"


def run(args, env=None, cwd=None):
    result = subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(map(str, args))}: exit {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def merged(files):
    document = json.loads(run([CLI, "merge", *map(str, files), "--json", "-"]))
    if document.pop("complete") is not True or document.pop("missing_shards") != []:
        sys.exit("FAIL: the merge is not complete")
    return document


def check_slurm(tmp, db, whole):
    script = DEPLOY / "slurm" / "rutile-scan.sbatch"
    directives = [line for line in script.read_text().splitlines() if line.startswith("#SBATCH")]
    if not any("--job-name" in d for d in directives):
        sys.exit("FAIL: the Slurm script has no #SBATCH --job-name")
    out = tmp / "slurm"
    for task in range(1, SHARDS + 1):  # --array=1-3
        env = dict(os.environ, RUTILE_CLI=CLI, RUTILE_DB=str(db), RUTILE_LIST="SAMPLE-UNIVERSE",
                   RUTILE_OUT=str(out), TMPDIR=str(tmp), SLURM_ARRAY_TASK_ID=str(task),
                   SLURM_ARRAY_TASK_MIN="1", SLURM_ARRAY_TASK_COUNT=str(SHARDS), SLURM_CPUS_PER_TASK="1")
        run(["bash", str(script), "--expr", EXPR], env=env)
    files = sorted(out.glob("shard-*.json"))
    if len(files) != SHARDS:
        sys.exit(f"FAIL: the Slurm tasks wrote {len(files)} shards, expected {SHARDS}")
    if merged(files) != whole:
        sys.exit("FAIL: the merged Slurm shards differ from the single-process scan")
    print(f"ok slurm: {SHARDS} array tasks merged into the single-process scan")


def check_kubernetes(tmp, db, whole):
    job = yaml.safe_load((DEPLOY / "kubernetes" / "rutile-scan-job.yaml").read_text())
    spec = job["spec"]
    if job["kind"] != "Job" or spec["completionMode"] != "Indexed":
        sys.exit("FAIL: the manifest is not an Indexed Job")
    pod = spec["template"]["spec"]
    init, scan = pod["initContainers"][0], pod["containers"][0]
    env = {e["name"]: e["value"] for e in scan["env"]}
    if int(env["SHARDS"]) != spec["completions"]:
        sys.exit(f"FAIL: SHARDS={env['SHARDS']} but completions={spec['completions']}")
    # The pod's mounts, as folders here; the scheduler's variables as it sets them.
    data, out = tmp / "data", tmp / "out"
    data.mkdir()
    out.mkdir()
    (data / "workspace.rutile").write_bytes(db.read_bytes())
    paths = {"/data/": f"{data}/", "/out/": f"{out}/"}
    env.update(SHARDS=str(SHARDS), LIST="SAMPLE-UNIVERSE", EXPR=EXPR)
    for index in range(SHARDS):
        work = tmp / f"work-{index}"  # each pod's own emptyDir
        work.mkdir()

        def local(text):
            here = dict(paths, **{"/work/": f"{work}/"})
            text = re.sub("|".join(map(re.escape, here)), lambda m: here[m.group(0)], text)
            return text.replace("exec rutile-cli", f"exec {CLI}")

        pod_env = dict(os.environ, **env, JOB_COMPLETION_INDEX=str(index))
        run([*init["command"], *map(local, init["args"])], env=pod_env)
        run([*scan["command"], *map(local, scan["args"])], env=pod_env)
    files = sorted(out.glob("shard-*.json"))
    if len(files) != SHARDS:
        sys.exit(f"FAIL: the pods wrote {len(files)} shards, expected {SHARDS}")
    if merged(files) != whole:
        sys.exit("FAIL: the merged Kubernetes shards differ from the single-process scan")
    print(f"ok kubernetes: {SHARDS} completion indexes merged into the single-process scan")


def main():
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        db = tmp / "sample.rutile"
        run([CLI, "--db", str(db), "sample", "--universe", "24"])
        whole = json.loads(run([CLI, "--db", str(db), "scan", "SAMPLE-UNIVERSE", "--expr", EXPR, "--json", "-"]))
        del whole["shard"]
        if len(whole["results"]) + len(whole["skipped"]) != 24 or not whole["results"]:
            sys.exit("FAIL: the single-process scan does not cover the list")
        check_slurm(tmp, db, whole)
        check_kubernetes(tmp, db, whole)


if __name__ == "__main__":
    main()
