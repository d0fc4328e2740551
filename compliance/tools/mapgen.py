"""Builds ``compliance/data/nations-map.json``, the outlines the HTML nations report draws.

Source: Natural Earth 1:50m Admin 0 country boundaries (public domain), as redistributed in
the TopoJSON file ``countries-50m.json`` of the ``world-atlas`` package, version 2.0.2
(ISC licence). Run ``python -m compliance.tools.mapgen PATH/countries-50m.json`` to
rebuild it; the output is deterministic. Outlines are projected (equirectangular, longitude
scaled by cos 50°), clipped to a frame around North America and Europe, rounded to whole
units and thinned; country ids are ISO 3166-1 numeric codes mapped to alpha-2 here.
"""

from __future__ import annotations

import json
import math
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

NUMERIC = {
    "008": "AL", "040": "AT", "056": "BE", "100": "BG", "124": "CA", "191": "HR",
    "196": "CY", "203": "CZ", "208": "DK", "233": "EE", "246": "FI", "250": "FR",
    "276": "DE", "300": "GR", "348": "HU", "352": "IS", "372": "IE", "380": "IT",
    "428": "LV", "440": "LT", "442": "LU", "470": "MT", "499": "ME", "528": "NL",
    "807": "MK", "578": "NO", "616": "PL", "620": "PT", "642": "RO", "703": "SK",
    "705": "SI", "724": "ES", "752": "SE", "792": "TR", "826": "GB", "840": "US",
}  # fmt: skip
WEST, EAST, SOUTH, NORTH = -128.0, 45.0, 24.0, 72.0
SCALE = 6.0  # units per degree of latitude
KX = math.cos(math.radians(50.0))
WIDTH = round((EAST - WEST) * KX * SCALE)
HEIGHT = round((NORTH - SOUTH) * SCALE)
OUT = Path(__file__).resolve().parent.parent / "data" / "nations-map.json"


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def _project(lon: float, lat: float) -> tuple[int, int]:
    return round((lon - WEST) * KX * SCALE), round((NORTH - lat) * SCALE)


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        if any(lon < -90 for lon, _ in ring) and any(lon > 90 for lon, _ in ring):
            # A ring that crosses the antimeridian (Russia's Chukotka): unwrap it eastwards.
            ring = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
        if not any(WEST <= lon <= EAST and SOUTH <= lat <= NORTH for lon, lat in ring):
            continue
        projected: list[tuple[int, int]] = []
        for lon, lat in ring:
            point = _project(lon, lat)
            if not projected or point != projected[-1]:
                projected.append(point)
        if len(projected) < 3:
            continue
        x0, y0 = projected[0]
        steps = [f"M{x0} {y0}"]
        steps += [f"l{x - px} {y - py}" for (px, py), (x, y) in pairwise(projected)]
        parts.append("".join(steps) + "z")
    return "".join(parts)


def build(source: Path) -> dict[str, Any]:
    topology = json.loads(source.read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    countries: dict[str, str] = {}
    background: list[str] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        rings = [_ring(ring, arcs) for polygon in polygons for ring in polygon]
        path = _path(rings)
        if not path:
            continue
        code = NUMERIC.get(str(geometry.get("id")))
        if code:
            countries[code] = path
        else:
            background.append(path)
    return {
        "source": "Natural Earth 1:50m Admin 0 country boundaries (public domain), via the "
        "world-atlas 2.0.2 TopoJSON (ISC); projected and thinned by compliance.tools.mapgen",
        "width": WIDTH,
        "height": HEIGHT,
        "countries": dict(sorted(countries.items())),
        "background": "".join(sorted(background)),
    }


def main() -> None:
    data = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(data['countries'])} nations, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
