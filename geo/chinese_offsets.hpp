// GCJ-02 and BD-09: the obfuscated lon/lat of Chinese web maps (GCJ-02: Amap/Gaode, Tencent, Google
// China, Apple Maps in China; BD-09: Baidu Maps on top of GCJ-02). They are not in PROJ (no EPSG code,
// no published definition), so they are implemented here from the formula every public implementation
// shares. Sources (read for the algorithm and their test vectors; no code copied):
//   - googollee/eviltransform (MIT): go/transform_test.go, javascript/test.js, c/test.c — WGS84 →
//     GCJ-02 pairs for Shanghai, Shenzhen, Beijing; javascript/transform.js — the offset polynomial,
//     Krasovsky constants and the "out of China" box used here.
//   - wandergis/coordtransform (MIT): index.js and README.md — GCJ-02 ↔ BD-09 (Baidu's conversion with
//     x_pi = π·3000/180) and the README's result vectors for (116.404, 39.915).
// All angles in degrees, longitude first. Coordinates outside the box of inside_china_offset_area are
// returned unchanged (the published implementations apply no offset there).
#pragma once

namespace geo {

struct LonLat {
  double lon_deg = 0.0;
  double lat_deg = 0.0;
};

// The box outside which no offset is applied: longitude 72.004…137.8347 °E, latitude 0.8293…55.8271 °N,
// bounds included — eviltransform's outOfChina (javascript/transform.js). wandergis/coordtransform uses a
// smaller box (73.66…135.05 °E, 3.86…53.55 °N, bounds excluded); the two disagree only in a thin strip at
// China's edges (e.g. north of 53.55 °N in Mohe), where the choice is documented in geo/README-crs.md.
bool inside_china_offset_area(double lon_deg, double lat_deg);

LonLat wgs84_to_gcj02(LonLat wgs84);
// Inverse of wgs84_to_gcj02 by fixed-point iteration (the offset's derivative is ~1e-5, so each step
// gains ~5 digits): converged to < 1e-12 degree, far below the 1e-7 degree asked for.
LonLat gcj02_to_wgs84(LonLat gcj02);
// Baidu's conversion (the constant 0.0065/0.006 shift and the polar perturbation with x_pi). Applied
// everywhere, as in wandergis/coordtransform (eviltransform's variant also tests the box and uses π
// instead of x_pi in the perturbation; Baidu's own figures follow x_pi).
LonLat gcj02_to_bd09(LonLat gcj02);
// Exact inverse of gcj02_to_bd09 (the published closed form, refined by iteration: the closed form alone
// is off by up to ~4e-7 degree, ~5 cm, against gcj02_to_bd09).
LonLat bd09_to_gcj02(LonLat bd09);
LonLat wgs84_to_bd09(LonLat wgs84);
LonLat bd09_to_wgs84(LonLat bd09);

}  // namespace geo
