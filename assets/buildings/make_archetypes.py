#!/usr/bin/env python3
"""Writes assets/buildings/archetypes.csv and twin/buildings/archetype_table.cpp from the values below.
Run from the repository root: python3 assets/buildings/make_archetypes.py. The test
tests/twin/buildings/archetype_table_test.cpp checks the two agree row by row.
Values and their provenance are explained in assets/buildings/README.md."""

ZONES = ["severe_cold", "cold", "hot_summer_cold_winter", "hot_summer_warm_winter", "mild"]
VINTAGES = ["before_1986", "1986_1999", "2000_2009", "2010_2018", "from_2019"]
# Envelope U (wall, roof, window, floor) W/m2K by zone and vintage; residential (R) and public (P).
# Source label per (zone, vintage) for the envelope columns.
ENV = {
 "severe_cold": {
  "R": [(1.28,0.90,3.5,0.50),(0.82,0.60,3.0,0.45),(0.55,0.45,2.5,0.40),(0.45,0.30,2.2,0.35),(0.30,0.20,1.6,0.30)],
  "P": [(1.28,0.90,3.5,0.50),(0.90,0.70,3.2,0.45),(0.50,0.45,2.6,0.40),(0.38,0.28,2.2,0.35),(0.35,0.25,2.0,0.30)],
  "src": ["survey:490mm brick (approx.)","JGJ 26-86/JGJ 26-95","JGJ 26-95 / GB 50189-2005","JGJ 26-2010 / GB 50189-2015","JGJ 26-2018 / GB 55015-2021"],
  "yr": [1986,1995,2005,2010,2018]},
 "cold": {
  "R": [(1.70,1.26,6.4,0.50),(1.16,0.80,4.0,0.50),(0.60,0.60,2.8,0.50),(0.60,0.45,2.5,0.50),(0.40,0.30,1.8,0.50)],
  "P": [(1.50,1.00,6.0,0.50),(1.28,0.90,4.7,0.50),(0.60,0.55,3.0,0.50),(0.50,0.45,2.5,0.50),(0.45,0.40,2.2,0.50)],
  "src": ["survey:370mm brick walk-up (approx.)","JGJ 26-86/JGJ 26-95","JGJ 26-95 / GB 50189-2005","JGJ 26-2010 / GB 50189-2015","JGJ 26-2018 / GB 55015-2021"],
  "yr": [1986,1995,2005,2010,2018]},
 "hot_summer_cold_winter": {
  "R": [(2.00,1.80,6.0,1.00),(1.90,1.50,5.7,1.00),(1.50,1.00,3.5,1.00),(1.00,0.80,2.8,1.00),(0.80,0.40,2.2,1.00)],
  "P": [(2.00,1.80,6.0,1.00),(1.80,1.40,5.7,1.00),(1.00,0.70,3.0,1.00),(0.80,0.50,2.6,1.00),(0.80,0.40,2.4,1.00)],
  "src": ["survey:240mm brick (approx.)","survey (approx.)","JGJ 134-2001 / GB 50189-2005","JGJ 134-2010 / GB 50189-2015","GB 55015-2021"],
  "yr": [1986,1995,2001,2010,2021]},
 "hot_summer_warm_winter": {
  "R": [(2.20,1.80,6.0,1.00),(2.00,1.50,5.7,1.00),(2.00,1.00,4.7,1.00),(1.50,0.90,4.0,1.00),(1.50,0.40,3.0,1.00)],
  "P": [(2.20,1.80,6.0,1.00),(2.00,1.50,5.7,1.00),(1.50,0.90,3.5,1.00),(1.50,0.50,3.0,1.00),(1.50,0.40,3.0,1.00)],
  "src": ["survey:240mm brick (approx.)","survey (approx.)","JGJ 75-2003 / GB 50189-2005","JGJ 75-2012 / GB 50189-2015","GB 55015-2021"],
  "yr": [1986,1995,2003,2012,2021]},
 "mild": {
  "R": [(2.00,1.80,6.0,1.00),(2.00,1.50,5.7,1.00),(1.80,1.00,4.7,1.00),(1.80,1.00,4.0,1.00),(1.50,0.80,3.0,1.00)],
  "P": [(2.00,1.80,6.0,1.00),(2.00,1.50,5.7,1.00),(1.50,0.90,3.5,1.00),(1.50,0.80,3.0,1.00),(1.50,0.80,3.0,1.00)],
  "src": ["survey:240mm brick (approx.)","survey (approx.)","GB 50189-2005 (approx. for dwellings)","GB 50189-2015 / JGJ 475-2019","GB 55015-2021"],
  "yr": [1986,1995,2005,2015,2021]},
}
# Window g (SHGC) by zone: cold climates clear double low-E; hot climates coated (JGJ 75 / GB 50189 SHGC limits).
G = {"severe_cold":0.55,"cold":0.50,"hot_summer_cold_winter":0.45,"hot_summer_warm_winter":0.35,"mild":0.45}
ACH = [1.0, 0.8, 0.6, 0.5, 0.5]  # infiltration, 1/h (JGJ 26-2010 §4.3 calc. value 0.5 for new dwellings)
# category: (envelope kind, wwr, occupancy W/m2, lighting W/m2, equipment W/m2, heat set C, cool set C,
#            extra fresh-air ACH, dhw kWh/m2a (useful), cooking kWh/m2a (delivered), schedule, gains source)
CAT = [
 ("residential_high_rise","R",0.30,2.5,5.0,4.0,18.0,26.0,0.0,15.0,10.0,"residential","GB 50736-2012 §3.0.1; GB 50034-2013 Tab 6.3.1; DHW GB 50015-2019 (40 L/p·d)"),
 ("residential_walk_up",  "R",0.25,2.5,5.0,4.0,18.0,26.0,0.0,15.0,10.0,"residential","GB 50736-2012 §3.0.1; GB 50034-2013 Tab 6.3.1; DHW GB 50015-2019 (40 L/p·d)"),
 ("residential_village",  "R",0.20,2.0,4.0,3.0,16.0,27.0,0.0,10.0,15.0,"residential","rural survey (approx.): part-time, room-by-room heating"),
 ("office",   "P",0.40,6.6, 9.0,15.0,20.0,26.0,0.4, 2.0, 3.0,"office",    "GB 50189-2015 App. B (10 m2/p, 9 W/m2, 15 W/m2)"),
 ("retail",   "P",0.35,8.3,10.0,13.0,18.0,26.0,0.6, 1.0,10.0,"retail",    "GB 50189-2015 App. B (8 m2/p, 10 W/m2, 13 W/m2)"),
 ("hotel",    "P",0.35,2.6, 7.0,15.0,22.0,25.0,0.3,40.0,25.0,"hotel",     "GB 50189-2015 App. B (25 m2/p, 7 W/m2, 15 W/m2)"),
 ("school",   "P",0.35,11.0,9.0, 5.0,18.0,26.0,0.6, 5.0, 8.0,"school",    "GB 50189-2015 App. B (6 m2/p, 9 W/m2, 5 W/m2)"),
 ("hospital", "P",0.35,8.3, 9.0,20.0,22.0,26.0,0.6,30.0,10.0,"hospital",  "GB 50189-2015 App. B (8 m2/p, 9 W/m2, 20 W/m2)"),
 ("industrial","P",0.20,3.0,8.0, 5.0,16.0,28.0,0.3, 2.0, 2.0,"industrial","GB 50034-2013 Tab 5.4.1 (approx.; process energy excluded)"),
 ("warehouse","P",0.05,0.5, 5.0, 1.0,10.0,99.0,0.1, 0.0, 0.0,"warehouse", "GB 50034-2013 (approx.; frost protection only, no cooling)"),
]
HEAT_SET_OFF = {"mild": True}  # Kunming: no heating design requirement; still keep set-point (part-time)

rows = []
for z in ZONES:
    for ci, c in enumerate(CAT):
        name, kind, wwr, occ, light, equip, hs, cs, fresh, dhw, cook, sched, gsrc = c
        for vi, v in enumerate(VINTAGES):
            uw, ur, uwin, uf = ENV[z][kind][vi]
            # Pre-2010 lighting power: T8/T12 fluorescent, GB 50034-2004 values ~ +2 W/m2 (approx.)
            lt = light + (2.0 if vi < 3 and kind == "P" else 0.0)
            src = ENV[z]["src"][vi] + "; " + gsrc
            rows.append((z, name, v, uw, ur, uwin, uf, wwr, G[z], ACH[vi] + fresh, occ, lt, equip, hs, cs,
                         dhw, cook, sched, src, ENV[z]["yr"][vi]))

hdr = ("climate_zone,category,vintage,u_wall_w_m2k,u_roof_w_m2k,u_window_w_m2k,u_floor_w_m2k,"
       "window_to_wall,window_g,air_change_per_h,occupancy_w_m2,lighting_w_m2,equipment_w_m2,"
       "heating_setpoint_c,cooling_setpoint_c,hot_water_kwh_m2a,cooking_kwh_m2a,schedule,source,source_year")
def f(x): return repr(float(x))
with open("assets/buildings/archetypes.csv", "w") as out:
    out.write(hdr + "\n")
    for r in rows:
        out.write(",".join([r[0], r[1], r[2]] + [f(x) for x in r[3:17]] + [r[17], '"' + r[18] + '"', str(r[19])]) + "\n")

ENUM_Z = {"severe_cold":"SevereCold","cold":"Cold","hot_summer_cold_winter":"HotSummerColdWinter",
          "hot_summer_warm_winter":"HotSummerWarmWinter","mild":"Mild"}
def camel(s): return "".join(p.capitalize() for p in s.split("_"))
ENUM_V = {"before_1986":"Before1986","1986_1999":"From1986To1999","2000_2009":"From2000To2009",
          "2010_2018":"From2010To2018","from_2019":"From2019"}
with open("twin/buildings/archetype_table.cpp", "w") as out:
    out.write("// GENERATED by assets/buildings/make_archetypes.py from the same values as\n"
              "// assets/buildings/archetypes.csv (tests/twin/buildings/archetype_table_test.cpp compares them).\n"
              "// Do not edit by hand: change the script and re-run it.\n"
              "#include \"twin/buildings/archetype.hpp\"\n\nnamespace twin::buildings {\nnamespace {\n\n"
              "using Z = climate::ClimateZone;\nusing C = ArchetypeCategory;\nusing V = ArchetypeVintage;\nusing S = ScheduleKind;\n\n"
              "constexpr Archetype kArchetypes[] = {\n")
    for r in rows:
        nums = ", ".join(f(x) for x in r[3:17])
        out.write(f"    {{Z::{ENUM_Z[r[0]]}, C::{camel(r[1])}, V::{ENUM_V[r[2]]}, {nums},\n"
                  f"     S::{camel(r[17])}, \"{r[18]}\", {r[19]}}},\n")
    out.write("};\n\n}  // namespace\n\nstd::span<const Archetype> archetype_rows() { return kArchetypes; }\n\n"
              "}  // namespace twin::buildings\n")
print(len(rows), "rows")
