// A camera's field of view as DORI bands (IEC 62676-4): one ring sector per band, from the
// band nearer in to the band's own reach, so each colour shows where that band applies.

export const BAND_ORDER = ["identification", "recognition", "observation", "detection"];
export const BAND_COLOURS = {
  identification: "#9b1c1c",
  recognition: "#d0532f",
  observation: "#eb9a5d",
  detection: "#f6d3ae",
};

const EARTH_RADIUS = 6371008.8;

/** The point `metres` from [lat, lon] along `bearing` (degrees clockwise from north). */
function offset(lat, lon, bearing, metres) {
  const b = (bearing * Math.PI) / 180;
  const dLat = (metres * Math.cos(b)) / EARTH_RADIUS;
  const dLon = (metres * Math.sin(b)) / (EARTH_RADIUS * Math.cos((lat * Math.PI) / 180));
  return [lat + (dLat * 180) / Math.PI, lon + (dLon * 180) / Math.PI];
}

function arc(lat, lon, from, to, metres) {
  const steps = Math.max(4, Math.ceil((to - from) / 4));
  const points = [];
  for (let i = 0; i <= steps; i++) points.push(offset(lat, lon, from + ((to - from) * i) / steps, metres));
  return points;
}

/** Leaflet latlngs for one band's ring sector (or ring, when all round). */
export function bandShape(lat, lon, direction, angle, allRound, inner, outer) {
  if (allRound || angle >= 360) {
    const ring = arc(lat, lon, 0, 360, outer);
    return inner > 0 ? [ring, arc(lat, lon, 0, 360, inner).reverse()] : [ring];
  }
  const from = direction - angle / 2;
  const to = direction + angle / 2;
  const outside = arc(lat, lon, from, to, outer);
  const inside = inner > 0 ? arc(lat, lon, from, to, inner).reverse() : [[lat, lon]];
  return [outside.concat(inside)];
}

/** Polygons (Leaflet layers) for a camera feature's bands, or [] when it has no direction. */
export function wedgesFor(L, feature) {
  const p = feature.properties || {};
  const sector = p.sector || {};
  const directions = sector.directions && sector.directions.length ? sector.directions : p.directions || [];
  const allRound = Boolean(sector.all_round);
  const angle = Number(sector.angle ?? p.angle ?? 0);
  if (!p.bands || !p.bands.length || (!allRound && (!directions.length || !(angle > 0)))) return [];
  const [lon, lat] = feature.geometry.coordinates;
  const bands = [...p.bands].sort((a, b) => a.metres - b.metres); // nearest first
  const layers = [];
  const aims = allRound ? [0] : directions;
  for (const direction of aims) {
    let inner = 0;
    for (const { band, metres } of bands) {
      if (!(metres > inner)) continue;
      const colour = BAND_COLOURS[band] || "#d0532f";
      // A camera that turns (PTZ, dome) could look anywhere but sees a sliver at a time: its
      // rings are drawn faint and dashed, so they read as reach, not as constant coverage.
      const shape = L.polygon(bandShape(lat, lon, direction, angle, allRound, inner, metres), {
        className: `wedge band-${band}${allRound ? " all-round" : ""}`,
        color: colour,
        weight: allRound ? 1 : 0.6,
        opacity: 0.9,
        dashArray: allRound ? "4 4" : null,
        fillColor: colour,
        fillOpacity: allRound ? 0.07 : band === "detection" ? 0.35 : 0.5,
        interactive: false,
      });
      layers.push(shape);
      inner = metres;
    }
  }
  return layers;
}
