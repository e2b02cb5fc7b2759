"""Photo cleaning time: `taskset -c 0 python -m bench.photos` (one core).

A 12-megapixel (4000×3000) JPEG is assembled from twelve of the photos bundled in scikit-image
(the NASA astronaut portrait among them, so one face is there to find), with mild sensor noise so
the encoders see realistic entropy. It is cleaned three times after a warm-up (which loads the
cascades); the median wall and CPU times are printed, and the detection step alone.
"""

from __future__ import annotations

import importlib.resources
import io
import statistics
import time

import numpy as np
from PIL import Image

from countersight.ingest import photos

BUNDLED = (
    "astronaut.png",
    "coffee.png",
    "chelsea.png",
    "motorcycle_left.png",
    "rocket.jpg",
    "hubble_deep_field.jpg",
    "grass.png",
    "gravel.png",
    "brick.png",
    "retina.jpg",
    "ihc.png",
    "color.png",
)


def twelve_megapixel_jpeg() -> bytes:
    folder = importlib.resources.files("skimage") / "data"
    canvas = Image.new("RGB", (4000, 3000))
    for i, name in enumerate(BUNDLED):
        tile = Image.open(folder / name).convert("RGB").resize((1000, 1000))
        canvas.paste(tile, ((i % 4) * 1000, (i // 4) * 1000))
    noise = np.random.default_rng(0).normal(0, 3, (3000, 4000, 3))
    noisy = np.clip(np.asarray(canvas) + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(noisy).save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def main() -> None:
    upload = twelve_megapixel_jpeg()
    print(f"upload: 4000×3000 JPEG, {len(upload) / 2**20:.1f} MiB")
    photos.clean_photo(upload, "warm-up.jpg")
    wall, cpu = [], []
    for _ in range(3):
        started, cpu_started = time.perf_counter(), time.process_time()
        clean = photos.clean_photo(upload, "twelve.jpg")
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    print(
        f"clean_photo: median {statistics.median(wall):.2f} s wall, "
        f"{statistics.median(cpu):.2f} s CPU; faces {clean.faces_blurred}, "
        f"plates {clean.plates_blurred}, output {len(clean.data) / 2**20:.1f} MiB"
    )
    pixels = np.asarray(Image.open(io.BytesIO(upload)))
    cpu_started = time.process_time()
    photos._detect(pixels)
    print(
        f"of which detection (Haar cascades on a {photos.DETECT_MAX_SIDE}-px copy): "
        f"{time.process_time() - cpu_started:.2f} s CPU"
    )


if __name__ == "__main__":
    main()
