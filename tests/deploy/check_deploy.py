#!/usr/bin/env python3
"""Runs the batch-scheduler files of deploy/ the way their schedulers would, on this machine:
the Slurm job array's script once per array task (SLURM_ARRAY_TASK_ID as Slurm sets it, in any
order; a task outside the shards refused), and the Kubernetes Indexed Job's init and scan
commands once per completion index (JOB_COMPLETION_INDEX), then its merge Job. Each merge must
equal the single-process scan exactly.

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


def without_completeness(document):
    if document.pop("complete") is not True or document.pop("missing_shards") != []:
        sys.exit("FAIL: the merge is not complete")
    return document


def check_slurm(tmp, db, whole):
    script = DEPLOY / "slurm" / "rutile-scan.sbatch"
    directives = [line for line in script.read_text().splitlines() if line.startswith("#SBATCH")]
    if not any("--job-name" in d for d in directives):
        sys.exit("FAIL: the Slurm script has no #SBATCH --job-name")
    out = tmp / "slurm"
    base = dict(os.environ, RUTILE_CLI=CLI, RUTILE_DB=str(db), RUTILE_LIST="SAMPLE-UNIVERSE",
                RUTILE_SHARDS=str(SHARDS), RUTILE_OUT=str(out), TMPDIR=str(tmp), SLURM_CPUS_PER_TASK="1")
    # The tasks in any order (a failed task rerun alone with --array=i runs the same shard).
    for task in reversed(range(SHARDS)):  # --array=0-2
        run(["bash", str(script), "--expr", EXPR], env=dict(base, SLURM_ARRAY_TASK_ID=str(task)))
    # A task outside the shards is refused, and writes nothing.
    refused = subprocess.run(["bash", str(script), "--expr", EXPR], env=dict(base, SLURM_ARRAY_TASK_ID=str(SHARDS)),
                             capture_output=True, text=True)
    if refused.returncode != 2 or "is not a shard of" not in refused.stderr:
        sys.exit(f"FAIL: array task {SHARDS} of {SHARDS} shards was not refused: {refused.stderr.strip()}")
    files = sorted(out.glob("shard-*.json"))
    if len(files) != SHARDS:
        sys.exit(f"FAIL: the Slurm tasks wrote {len(files)} shards, expected {SHARDS}")
    merged = json.loads(run([CLI, "merge", *map(str, files), "--json", "-"]))
    if without_completeness(merged) != whole:
        sys.exit("FAIL: the merged Slurm shards differ from the single-process scan")
    print(f"ok slurm: {SHARDS} array tasks merged into the single-process scan")


def check_kubernetes(tmp, db, whole):
    volumes = list(yaml.safe_load_all((DEPLOY / "kubernetes" / "rutile-scan-volumes.yaml").read_text()))
    claims = {d["metadata"]["name"]: d["spec"]["accessModes"] for d in volumes if d["kind"] == "PersistentVolumeClaim"}
    if claims.get("rutile-workspace") != ["ReadOnlyMany"] or claims.get("rutile-scan-shards") != ["ReadWriteMany"]:
        sys.exit(f"FAIL: the claims' access modes are {claims}")
    job = yaml.safe_load((DEPLOY / "kubernetes" / "rutile-scan-job.yaml").read_text())
    if job["kind"] != "Job":
        sys.exit("FAIL: rutile-scan-job.yaml is not a Job")
    spec = job["spec"]
    if spec["completionMode"] != "Indexed":
        sys.exit("FAIL: the scan is not an Indexed Job")
    pod = spec["template"]["spec"]
    init, scan = pod["initContainers"][0], pod["containers"][0]
    merge_pod = None
    claimed = {v["persistentVolumeClaim"]["claimName"] for v in pod["volumes"] if "persistentVolumeClaim" in v}
    if not claimed <= set(claims):
        sys.exit(f"FAIL: the Job uses claims {claimed}, the volumes file makes {set(claims)}")
    for container in (init, scan):
        mounted = {m["mountPath"] for m in container["volumeMounts"]}
        used = set(re.findall(r"(/(?:data|work|out))/", " ".join(container["args"])))
        if not used <= mounted:
            sys.exit(f"FAIL: {container['name']} uses {used - mounted} without mounting it")
    env = {e["name"]: e["value"] for e in scan["env"]}
    if int(env["SHARDS"]) != spec["completions"]:
        sys.exit(f"FAIL: SHARDS={env['SHARDS']} but completions={spec['completions']}")
    merge_job = yaml.safe_load((DEPLOY / "kubernetes" / "rutile-scan-merge-job.yaml").read_text())
    merge_pod = merge_job["spec"]["template"]["spec"]
    merge = merge_pod["containers"][0]
    if {m["mountPath"] for m in merge["volumeMounts"]} != {"/out"}:
        sys.exit("FAIL: the merge Job does not mount /out")
    merge_env = {e["name"]: e["value"] for e in merge["env"]}
    if merge_env["RUN"] != env["RUN"]:
        sys.exit("FAIL: the merge Job reads another RUN than the scan Job writes")
    # The pods' mounts, as folders here; the scheduler's variables as it sets them.
    data, out = tmp / "data", tmp / "out"
    data.mkdir()
    out.mkdir()
    (data / "workspace.rutile").write_bytes(db.read_bytes())
    env.update(SHARDS=str(SHARDS), LIST="SAMPLE-UNIVERSE", EXPR=EXPR)

    def local(text, work=None):
        here = {"/data/": f"{data}/", "/out/": f"{out}/"}
        if work:
            here["/work/"] = f"{work}/"
        text = re.sub("|".join(map(re.escape, here)), lambda m: here[m.group(0)], text)
        return text.replace("exec rutile-cli", f"exec {CLI}")

    for index in reversed(range(SHARDS)):
        work = tmp / f"work-{index}"  # each pod's own emptyDir
        work.mkdir()
        pod_env = dict(os.environ, **env, JOB_COMPLETION_INDEX=str(index))
        run([*init["command"], *[local(a, work) for a in init["args"]]], env=pod_env)
        run([*scan["command"], *[local(a, work) for a in scan["args"]]], env=pod_env)
    run([*merge["command"], *map(local, merge["args"])], env=dict(os.environ, **merge_env))
    merged = json.loads((out / env["RUN"] / "scan.json").read_text())
    if without_completeness(merged) != whole:
        sys.exit("FAIL: the merged Kubernetes shards differ from the single-process scan")
    print(f"ok kubernetes: {SHARDS} completion indexes and the merge Job give the single-process scan")


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
