"""Convert world-atlas (npm, ISC; Natural Earth 110m, public domain) TopoJSON into SVG path data.

Why: the web page draws its map from a bundled outline with no tile server and no JS mapping library.
Equirectangular projection: x = longitude, y = -latitude, so the page uses viewBox "-180 -90 360 180"
and places an event at (lon, -lat).

Usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
       python convert_world_atlas.py package/countries-110m.json world-110m.json
"""
from __future__ import annotations

import json
import sys


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Delta-decoded, de-quantised arcs as lists of (lon, lat)."""
    scale = topo.get("transform", {}).get("scale", [1, 1])
    translate = topo.get("transform", {}).get("translate", [0, 0])
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make a ring that crosses the antimeridian continuous (longitudes may leave [-180, 180])."""
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        if out:
            while lon - out[-1][0] > 180:
                lon -= 360
            while lon - out[-1][0] < -180:
                lon += 360
        out.append((lon, lat))
    return out


def ring_path(points) -> str:
    """SVG path data of a ring; a ring reaching past ±180° is drawn again shifted by 360° to fill the other edge."""
    ring = unwrap(points)
    copies = [0.0]
    if max(lon for lon, _ in ring) > 180:
        copies.append(-360.0)
    if min(lon for lon, _ in ring) < -180:
        copies.append(360.0)
    return "".join("M" + "L".join(f"{lon + shift:.2f} {-lat:.2f}" for lon, lat in ring) + "Z" for shift in copies)


def convert(topo: dict) -> dict:
    arcs = decode_arcs(topo)
    shapes = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        elif geometry["type"] != "MultiPolygon":
            continue
        path = "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        shapes.append({"id": geometry.get("id"), "name": geometry.get("properties", {}).get("name"), "d": path})
    return {
        "source": "world-atlas 2.0.2 countries-110m (Natural Earth 1:110m, public domain); TopoJSON (c) Michael Bostock, ISC",
        "projection": "equirectangular: x = lon, y = -lat",
        "countries": shapes,
    }


if __name__ == "__main__":
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as handle:
        result = convert(json.load(handle))
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(result, handle, separators=(",", ":"))
