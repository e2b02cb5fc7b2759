"""Document reader throughput: `python -m bench extract [--documents N]`.

The labelled set in tests/extraction is replicated to N documents (default 2,000; each copy gets
a numbered first line, so no two files are the same bytes) and the whole pipeline runs over
them on one core: read the file (trafilatura for pages, pypdf for PDFs, Zawgyi conversion),
suggest claims, and group all N into origins. Beside the articles per second it prints the
quality figures of `countersight eval-extract tests/extraction` from the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from countersight import atlas
from countersight.extract.evaluation import evaluate_folder
from countersight.extract.organisations import OrganisationIndex
from countersight.extract.origins import StoryText, group_origins
from countersight.extract.suggest import suggest_claims
from countersight.ingest.documents import read_document

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "extraction"
GOAL_PER_SECOND = 50


def replicate(folder: Path, count: int) -> list[Path]:
    """N files cycling through the labelled documents, each made unique by a first line."""
    originals = sorted(p for p in LABELLED.iterdir() if p.suffix in {".txt", ".html", ".pdf"})
    copies = []
    for i in range(count):
        source = originals[i % len(originals)]
        target = folder / f"{i:05d}-{source.name}"
        if source.suffix == ".txt":
            target.write_bytes(f"copy {i}\n\n".encode() + source.read_bytes())
        else:  # pages and PDFs keep their bytes: a changed PDF would be a different document
            shutil.copyfile(source, target)
        copies.append(target)
    return copies


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench extract")
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args(argv)
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the goal says
    gazetteer = atlas.gazetteer()
    organisations = OrganisationIndex.load()
    with tempfile.TemporaryDirectory() as tmp:
        files = replicate(Path(tmp), args.documents)
        read_document(files[0])  # warm imports (trafilatura, ICU) outside the timing
        start, start_cpu = time.perf_counter(), time.process_time()
        stories, suggestions = [], 0
        for path in files:
            document = read_document(path)
            suggestions += len(suggest_claims(document, gazetteer, organisations))
            stories.append(StoryText(path.name, document.text, document.outlet))
        reading = time.perf_counter() - start
        groups = group_origins(stories)
        total = time.perf_counter() - start
        cpu = time.process_time() - start_cpu
    quality = evaluate_folder(LABELLED, gazetteer).to_dict()
    rate = args.documents / total
    print(f"Document reader, {args.documents:,} documents on one core")
    print(f"- read and suggest: {reading:.1f} s; origin grouping: {total - reading:.1f} s")
    # On a shared machine the wall clock counts other programs' turns; CPU time does not.
    per_cpu_second = args.documents / cpu
    print(f"- CPU time {cpu:.1f} s for {total:.1f} s wall: {per_cpu_second:.0f} articles/s of CPU")
    print(
        f"- whole pipeline: {rate:.0f} articles/s (goal {GOAL_PER_SECOND}/s: "
        f"{'met' if rate >= GOAL_PER_SECOND else 'not met'}); {suggestions:,} suggestions, "
        f"{len(groups.groups()):,} origin groups"
    )
    overall = quality["overall"]
    print(
        f"- quality on tests/extraction: precision {overall['precision']:.3f}, "
        f"recall {overall['recall']:.3f}, origin ARI {quality['origin_adjusted_rand_index']}"
    )


if __name__ == "__main__":
    main()
