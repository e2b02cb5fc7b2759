"""The OpenStreetMap import against `osmium tags-filter`, on the same files in the same run.

Run `python -m bench osm` (or `python -m bench.osm_import`). For the generated large file
(`bench/osm_generate.py`, cached), the same file renumbered to dense ids (`osmium renumber`,
cached: how much the tiles' sparse ids cost each tool) and each real extract:

- osmium: `osmium tags-filter -O -o OUT FILE nwr/man_made=surveillance`, the default mode,
  which also writes the nodes that the matching ways need (what our reader fetches too);
  median wall time of 3 runs, peak RSS from `/usr/bin/time -f %M`;
- ours: `countersight import-osm FILE` into a fresh SQLite file (COUNTERSIGHT_DB), the whole
  command in a fresh process: start-up, reading and filtering, normalising, storing with audit
  events, the commit. Median of 3 runs (1 when a run takes over RUN_ONCE_ABOVE seconds).

Separately: our start-up (`countersight --help`), the fixed cost of an import (a one-node file)
and, for the large file, `osmium tags-filter -R` (cameras only, no referenced nodes).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import osm_generate

FILTER = "nwr/man_made=surveillance"
REPEAT = 3
RUN_ONCE_ABOVE = 300.0  # seconds; one import of a file slower than this is measured once
TIME = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)


def countersight_command() -> list[str]:
    script = Path(sys.executable).with_name("countersight")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from countersight.cli import main; main()"]


@dataclass
class Run:
    seconds: float
    peak_kb: int


def _check(done: subprocess.CompletedProcess, command: list[str]) -> None:
    if done.returncode:
        sys.stderr.write(done.stderr.decode(errors="replace"))
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}")


def run(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Wall time and peak RSS of one command in a fresh process."""
    if TIME:
        with tempfile.NamedTemporaryFile("r") as report:
            started = time.perf_counter()
            done = subprocess.run(
                [TIME, "-o", report.name, "-f", "%M", *command],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            took = time.perf_counter() - started
            _check(done, command)
            peak = int(re.findall(r"^\d+$", Path(report.name).read_text(), re.M)[-1])
        return Run(took, peak)
    # No GNU time: a fresh helper process runs the command, so RUSAGE_CHILDREN of that helper
    # is the command's own peak (ru_maxrss is a maximum, so the delta trick would not work).
    helper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
        "stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", helper, *command], env=env, capture_output=True)
    took = time.perf_counter() - started
    _check(done, command)
    return Run(took, int(done.stderr.decode().split()[-1]))


def repeat(command: list[str], times: int = REPEAT, env: dict[str, str] | None = None) -> Run:
    runs = [run(command, env)]
    while len(runs) < times and runs[0].seconds < RUN_ONCE_ABOVE:
        runs.append(run(command, env))
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_kb for r in runs))


def osmium_filter(path: Path, *, only_matching: bool = False) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cameras.osm.pbf"
        flags = ["-R"] if only_matching else []
        return repeat(["osmium", "tags-filter", *flags, "-O", "-o", str(out), str(path), FILTER])


def our_import(path: Path | None, times: int = REPEAT) -> tuple[Run, int]:
    """Median run of `countersight import-osm` (or `--help` without a file); cameras stored."""
    runs, stored = [], 0
    while len(runs) < times and (not runs or runs[0].seconds < RUN_ONCE_ABOVE):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "atlas.db"
            env = {**os.environ, "COUNTERSIGHT_DB": str(db)}
            args = ["import-osm", str(path)] if path else ["--help"]
            runs.append(run([*countersight_command(), *args], env))
            if path:
                with sqlite3.connect(db) as connection:
                    stored = connection.execute(
                        "SELECT count(*) FROM cameras WHERE key LIKE 'osm:%'"
                    ).fetchone()[0]
    median = Run(statistics.median(r.seconds for r in runs), max(r.peak_kb for r in runs))
    return median, stored


def one_node_file(directory: Path) -> Path:
    """A valid PBF with a single ordinary node: the fixed cost of an import."""
    source = osm_generate.extracts()[0]
    first = subprocess.run(
        ["osmium", "cat", "-f", "opl", str(source)], check=True, capture_output=True, text=True
    ).stdout.split("\n", 1)[0]
    target = directory / "one-node.osm.pbf"
    subprocess.run(
        ["osmium", "getid", "-O", "-o", str(target), str(source), first.split()[0]], check=True
    )
    return target


@dataclass
class Row:
    name: str
    stats: dict
    osmium: Run
    ours: Run
    stored: int

    @property
    def cameras(self) -> int:
        return sum(self.stats["cameras"].values())

    def markdown(self) -> str:
        ratio = self.ours.seconds / self.osmium.seconds
        return (
            f"| {self.name} | {self.stats['bytes'] / 1e6:,.1f} MB | {self.stats['nodes']:,} | "
            f"{self.cameras:,} | {self.osmium.seconds:.2f} s | {self.ours.seconds:.2f} s | "
            f"{ratio:.2f}× | {self.stored / self.ours.seconds:,.0f} | "
            f"{self.osmium.peak_kb / 1024:,.0f} | {self.ours.peak_kb / 1024:,.0f} |"
        )


def main() -> None:
    if not shutil.which("osmium"):
        raise SystemExit("the OSM benchmark needs osmium-tool: apt-get install osmium-tool")
    started = time.perf_counter()
    stats = osm_generate.ensure_large()
    dense = osm_generate.ensure_dense()
    print(osm_generate.describe(stats))
    print(osm_generate.describe(dense))
    files = [(osm_generate.LARGE, stats), (osm_generate.DENSE, dense)]
    files += [(p, osm_generate.file_stats(p)) for p in osm_generate.extracts()]
    print(f"peak RSS from: {TIME or 'getrusage(RUSAGE_CHILDREN) of a helper process'}")
    version = subprocess.run(["osmium", "--version"], capture_output=True, text=True).stdout
    print(f"osmium-tool: {version.splitlines()[0]}")

    help_run, _ = our_import(None)
    with tempfile.TemporaryDirectory() as tmp:
        fixed, _ = our_import(one_node_file(Path(tmp)))
    print(
        f"our start-up (`countersight --help`): {help_run.seconds:.2f} s, "
        f"{help_run.peak_kb / 1024:.0f} MB; a one-node import (start-up, migrations, "
        f"gazetteer seeding, commit): {fixed.seconds:.2f} s, {fixed.peak_kb / 1024:.0f} MB"
    )
    rows = []
    for path, file_stats in files:
        osmium = osmium_filter(path)
        ours, stored = our_import(path)
        rows.append(Row(path.name, file_stats, osmium, ours, stored))
        print(
            f"  {path.name}: osmium {osmium.seconds:.2f} s, ours {ours.seconds:.2f} s",
            file=sys.stderr,
        )
    only = osmium_filter(osm_generate.LARGE, only_matching=True)
    print(
        f"osmium tags-filter -R (no referenced nodes) on {osm_generate.LARGE.name}: "
        f"{only.seconds:.2f} s, {only.peak_kb / 1024:.0f} MB"
    )
    print()
    print(
        "| file | size | nodes | cameras | osmium tags-filter | ours (import-osm) | ratio "
        "| our features/s | osmium peak MB | our peak MB |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print(row.markdown())
    mismatched = [r.name for r in rows if r.stored != r.cameras]
    if mismatched:
        print(f"\nstored cameras differ from osmium's count in: {', '.join(mismatched)}")
    large = rows[0].ours.seconds / rows[0].osmium.seconds
    verdict = "met" if large <= 1.5 else "NOT met"
    print(f"\ngoal (large file within 1.5× of osmium): {verdict} ({large:.2f}×)")
    print(f"benchmark took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
