// Embedded copies of assets/transport/trip_rates.csv and mode_choice_parameters.csv (see
// demand_tables.hpp). Edit both together; the table test fails when they differ.
#include "twin/transport/demand_tables.hpp"

namespace twin::transport {
namespace {

// clang-format off
const DemandTableRow kTripRateRows[] = {
    {"production_per_resident", "hbw", 0.9, "trips/resident/day", 2014, "approximate, from 北京市第五次城市交通综合调查 (Beijing Transport Institute, survey of 2014): about 2.75 trips per resident per day including walking; China's urban averages are about 2.2–2.6. A mid-size city is taken at 2.5 trips/day, split HBW 36 %, HBO 50 %, NHB 14 %"},
    {"production_per_resident", "hbo", 1.25, "trips/resident/day", 2014, "approximate, from 北京市第五次城市交通综合调查 (Beijing Transport Institute, survey of 2014): about 2.75 trips per resident per day including walking; China's urban averages are about 2.2–2.6. A mid-size city is taken at 2.5 trips/day, split HBW 36 %, HBO 50 %, NHB 14 %"},
    {"production_per_resident", "nhb", 0.2, "trips/resident/day", 2014, "approximate, from 北京市第五次城市交通综合调查 (Beijing Transport Institute, survey of 2014): about 2.75 trips per resident per day including walking; China's urban averages are about 2.2–2.6. A mid-size city is taken at 2.5 trips/day, split HBW 36 %, HBO 50 %, NHB 14 %"},
    {"production_per_job", "hbw", 0.0, "trips/job/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"production_per_job", "hbo", 0.0, "trips/job/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"production_per_job", "nhb", 0.3, "trips/job/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"attraction_per_resident", "hbw", 0.0, "trips/resident/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"attraction_per_resident", "hbo", 0.6, "trips/resident/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"attraction_per_resident", "nhb", 0.2, "trips/resident/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"attraction_per_job", "hbw", 1.0, "trips/job/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"attraction_per_job", "hbo", 1.2, "trips/job/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"attraction_per_job", "nhb", 0.3, "trips/job/day", 2012, "structure after NCHRP Report 716, Travel Demand Forecasting: Parameters and Techniques (TRB, 2012), attraction models by employment and households; values approximate relative weights (attractions are balanced to productions, so only their ratios matter)"},
    {"target_mean_trip_km", "hbw", 5.0, "km", 2021, "approximate, from CAUPD & Baidu Maps, 中国主要城市通勤监测报告 (2021): average one-way commute about 8–9 km in large Chinese cities (Beijing about 11 km); taken at 5 km for a 15 km × 15 km district whose trips stay inside it (with no distance decay at all its jobs would give a mean of only about 6 km)"},
    {"target_mean_trip_km", "hbo", 3.0, "km", 2014, "approximate: non-commute trips are about half as long as commutes in Chinese resident travel surveys (e.g. Beijing 2014 survey); modeller's choice for a 15 km district"},
    {"target_mean_trip_km", "nhb", 3.5, "km", 2014, "approximate: non-commute trips are about half as long as commutes in Chinese resident travel surveys (e.g. Beijing 2014 survey); modeller's choice for a 15 km district"},
    {"peak_hour_share", "hbw", 0.2, "fraction of daily trips", 2014, "approximate: the morning peak hour carries about 10 % of daily trips in Chinese resident travel surveys (peak-hour shares 9–12 %); split by purpose so that the total is about 10 %"},
    {"peak_hour_share", "hbo", 0.05, "fraction of daily trips", 2014, "approximate: the morning peak hour carries about 10 % of daily trips in Chinese resident travel surveys (peak-hour shares 9–12 %); split by purpose so that the total is about 10 %"},
    {"peak_hour_share", "nhb", 0.05, "fraction of daily trips", 2014, "approximate: the morning peak hour carries about 10 % of daily trips in Chinese resident travel surveys (peak-hour shares 9–12 %); split by purpose so that the total is about 10 %"},
    {"peak_from_home_share", "hbw", 0.9, "fraction", 2020, "modeller's assumption: share of the morning peak hour's trips of the purpose that leave home (typical AM directional split)"},
    {"peak_from_home_share", "hbo", 0.6, "fraction", 2020, "modeller's assumption: share of the morning peak hour's trips of the purpose that leave home (typical AM directional split)"},
    {"peak_from_home_share", "nhb", 0.5, "fraction", 2020, "modeller's assumption: share of the morning peak hour's trips of the purpose that leave home (typical AM directional split)"},
};

const DemandTableRow kModeChoiceRows[] = {
    {"asc", "walk", 0.0, "utility", 2020, "reference alternative (fixed)"},
    {"asc", "bike", -1.8984, "utility", 2020, "calibrated by calibrate_mode_constants() (ASC += ln(target share / model share), walk fixed at 0, converged in 6 rounds to 1e-4) on the default city with its road network's free-flow car skims (twin/transport/car_skims.hpp); re-calibrate when the city, the network or the other parameters change"},
    {"asc", "bus", -1.7135, "utility", 2020, "calibrated by calibrate_mode_constants() (ASC += ln(target share / model share), walk fixed at 0, converged in 6 rounds to 1e-4) on the default city with its road network's free-flow car skims (twin/transport/car_skims.hpp); re-calibrate when the city, the network or the other parameters change"},
    {"asc", "metro", -0.1260, "utility", 2020, "calibrated by calibrate_mode_constants() (ASC += ln(target share / model share), walk fixed at 0, converged in 6 rounds to 1e-4) on the default city with its road network's free-flow car skims (twin/transport/car_skims.hpp); re-calibrate when the city, the network or the other parameters change"},
    {"asc", "car", -1.1130, "utility", 2020, "calibrated by calibrate_mode_constants() (ASC += ln(target share / model share), walk fixed at 0, converged in 6 rounds to 1e-4) on the default city with its road network's free-flow car skims (twin/transport/car_skims.hpp); re-calibrate when the city, the network or the other parameters change"},
    {"asc", "taxi", -1.7886, "utility", 2020, "calibrated by calibrate_mode_constants() (ASC += ln(target share / model share), walk fixed at 0, converged in 6 rounds to 1e-4) on the default city with its road network's free-flow car skims (twin/transport/car_skims.hpp); re-calibrate when the city, the network or the other parameters change"},
    {"target_share", "walk", 0.28, "fraction of person trips", 2020, "approximate design target for a Chinese mid-size city with metro, inside the ranges of city transport annual reports (walk 25–30 %, bike 10–15 %, bus 10–15 %, metro 5–10 %, car 25–30 %, taxi 3–5 %); not one city's published split"},
    {"target_share", "bike", 0.14, "fraction of person trips", 2020, "approximate design target for a Chinese mid-size city with metro, inside the ranges of city transport annual reports (walk 25–30 %, bike 10–15 %, bus 10–15 %, metro 5–10 %, car 25–30 %, taxi 3–5 %); not one city's published split"},
    {"target_share", "bus", 0.14, "fraction of person trips", 2020, "approximate design target for a Chinese mid-size city with metro, inside the ranges of city transport annual reports (walk 25–30 %, bike 10–15 %, bus 10–15 %, metro 5–10 %, car 25–30 %, taxi 3–5 %); not one city's published split"},
    {"target_share", "metro", 0.09, "fraction of person trips", 2020, "approximate design target for a Chinese mid-size city with metro, inside the ranges of city transport annual reports (walk 25–30 %, bike 10–15 %, bus 10–15 %, metro 5–10 %, car 25–30 %, taxi 3–5 %); not one city's published split"},
    {"target_share", "car", 0.3, "fraction of person trips", 2020, "approximate design target for a Chinese mid-size city with metro, inside the ranges of city transport annual reports (walk 25–30 %, bike 10–15 %, bus 10–15 %, metro 5–10 %, car 25–30 %, taxi 3–5 %); not one city's published split"},
    {"target_share", "taxi", 0.05, "fraction of person trips", 2020, "approximate design target for a Chinese mid-size city with metro, inside the ranges of city transport annual reports (walk 25–30 %, bike 10–15 %, bus 10–15 %, metro 5–10 %, car 25–30 %, taxi 3–5 %); not one city's published split"},
    {"beta_in_vehicle_time", "all", -0.03, "1/min", 2020, "approximate: in-vehicle time coefficients of −0.02 to −0.05 per minute are typical of mode-choice logit models estimated on Chinese city travel surveys"},
    {"beta_out_of_vehicle_time", "all", -0.06, "1/min", 2004, "approximate: walking and waiting time weighted about twice in-vehicle time (Wardman 2004, Public transport values of time, Transport Policy 11(4) 363–377; Chinese studies find similar ratios)"},
    {"beta_main_mode_time", "walk", -0.05, "1/min", 2020, "approximate: main-mode walking and cycling time weighted 1.3–1.7× in-vehicle time; modeller's choice inside that range"},
    {"beta_main_mode_time", "bike", -0.04, "1/min", 2020, "approximate: main-mode walking and cycling time weighted 1.3–1.7× in-vehicle time; modeller's choice inside that range"},
    {"beta_cost", "all", -0.09, "1/yuan", 2020, "approximate: gives a value of in-vehicle time of 20 yuan/h (0.03/0.09 × 60), close to 2020 urban per-capita disposable income per working hour (NBS: 43 834 yuan/yr over about 2 000 h); Chinese commute value-of-time estimates range about 10–40 yuan/h"},
    {"transfer_penalty_min", "metro", 5.0, "min", 2004, "approximate: interchange penalty of about 5 in-vehicle minutes (Wardman 2004 reviews penalties of 5–10 min)"},
    {"speed_kmh", "walk", 4.5, "km/h", 2020, "approximate: pedestrian speed 1.0–1.3 m/s used in Chinese street design guides"},
    {"speed_kmh", "bike", 12.0, "km/h", 2020, "approximate: 10–15 km/h for bicycles and e-bikes in Chinese cities"},
    {"speed_kmh", "metro", 35.0, "km/h", 2020, "approximate: schedule speeds of Chinese urban metro lines 30–40 km/h (China Association of Metros annual statistics)"},
    {"max_trip_km", "walk", 5.0, "km", 2020, "modeller's assumption: longest trip for which the mode is offered"},
    {"max_trip_km", "bike", 15.0, "km", 2020, "modeller's assumption: longest trip for which the mode is offered"},
    {"time_factor_on_car_time", "bus", 1.6, "ratio", 2020, "approximate: Chinese urban bus schedule speeds about 15 km/h against 25 km/h peak car speeds"},
    {"access_walk_km_each_end", "bus", 0.3, "km", 2018, "approximate, after GB/T 51328-2018 城市综合交通体系规划标准: bus stops serve a walking radius of about 300 m"},
    {"headway_min", "bus", 8.0, "min", 2020, "approximate: peak bus headways of 5–10 min on Chinese urban routes"},
    {"wait_cap_min", "bus", 10.0, "min", 2020, "modeller's assumption: passengers time arrivals on long headways"},
    {"fare_yuan", "bus", 1.5, "yuan/trip", 2020, "approximate: flat bus fares of 1–2 yuan in Chinese cities (2 yuan air-conditioned), lowered by card and transfer discounts"},
    {"access_max_km", "metro", 1.5, "km", 2020, "approximate: station catchment 800 m on foot, up to about 1.5 km with cycling or a longer walk (Chinese TOD studies)"},
    {"walk_detour_factor", "all", 1.3, "ratio", 2020, "approximate: walking route to a station about 1.3× the straight line"},
    {"transfer_walk_min", "metro", 3.0, "min", 2020, "approximate: platform-to-platform walk at Chinese interchange stations 2–5 min"},
    {"fare_base_yuan", "metro", 3.0, "yuan", 2014, "Beijing metro distance-based fare from 28 Dec 2014 (北京市发展改革委 fare notice): 3 yuan up to 6 km, 4 yuan 6–12 km, 5 yuan 12–22 km, 6 yuan 22–32 km, +1 yuan per further 20 km"},
    {"fare_band1_km", "metro", 6.0, "km", 2014, "Beijing metro distance-based fare from 28 Dec 2014 (北京市发展改革委 fare notice): 3 yuan up to 6 km, 4 yuan 6–12 km, 5 yuan 12–22 km, 6 yuan 22–32 km, +1 yuan per further 20 km"},
    {"fare_band2_km", "metro", 12.0, "km", 2014, "Beijing metro distance-based fare from 28 Dec 2014 (北京市发展改革委 fare notice): 3 yuan up to 6 km, 4 yuan 6–12 km, 5 yuan 12–22 km, 6 yuan 22–32 km, +1 yuan per further 20 km"},
    {"fare_band3_km", "metro", 22.0, "km", 2014, "Beijing metro distance-based fare from 28 Dec 2014 (北京市发展改革委 fare notice): 3 yuan up to 6 km, 4 yuan 6–12 km, 5 yuan 12–22 km, 6 yuan 22–32 km, +1 yuan per further 20 km"},
    {"fare_band4_km", "metro", 32.0, "km", 2014, "Beijing metro distance-based fare from 28 Dec 2014 (北京市发展改革委 fare notice): 3 yuan up to 6 km, 4 yuan 6–12 km, 5 yuan 12–22 km, 6 yuan 22–32 km, +1 yuan per further 20 km"},
    {"fare_extra_band_km", "metro", 20.0, "km", 2014, "Beijing metro distance-based fare from 28 Dec 2014 (北京市发展改革委 fare notice): 3 yuan up to 6 km, 4 yuan 6–12 km, 5 yuan 12–22 km, 6 yuan 22–32 km, +1 yuan per further 20 km"},
    {"fare_step_yuan", "metro", 1.0, "yuan", 2014, "Beijing metro distance-based fare from 28 Dec 2014 (北京市发展改革委 fare notice): 3 yuan up to 6 km, 4 yuan 6–12 km, 5 yuan 12–22 km, 6 yuan 22–32 km, +1 yuan per further 20 km"},
    {"flag_fare_yuan", "taxi", 13.0, "yuan", 2013, "Beijing taxi fare from June 2013 (北京市发展改革委 notice): 13 yuan for the first 3 km, 2.3 yuan/km beyond, +50 % per km beyond 15 km; waiting charge and fuel surcharge ignored"},
    {"flag_km", "taxi", 3.0, "km", 2013, "Beijing taxi fare from June 2013 (北京市发展改革委 notice): 13 yuan for the first 3 km, 2.3 yuan/km beyond, +50 % per km beyond 15 km; waiting charge and fuel surcharge ignored"},
    {"per_km_yuan", "taxi", 2.3, "yuan/km", 2013, "Beijing taxi fare from June 2013 (北京市发展改革委 notice): 13 yuan for the first 3 km, 2.3 yuan/km beyond, +50 % per km beyond 15 km; waiting charge and fuel surcharge ignored"},
    {"long_trip_km", "taxi", 15.0, "km", 2013, "Beijing taxi fare from June 2013 (北京市发展改革委 notice): 13 yuan for the first 3 km, 2.3 yuan/km beyond, +50 % per km beyond 15 km; waiting charge and fuel surcharge ignored"},
    {"long_trip_surcharge", "taxi", 0.5, "fraction", 2013, "Beijing taxi fare from June 2013 (北京市发展改革委 notice): 13 yuan for the first 3 km, 2.3 yuan/km beyond, +50 % per km beyond 15 km; waiting charge and fuel surcharge ignored"},
    {"wait_min", "taxi", 5.0, "min", 2020, "approximate: waiting time for a taxi or ride-hailing pick-up in Chinese cities 3–8 min"},
    {"running_cost_yuan_per_km", "car", 0.6, "yuan/km", 2020, "approximate: about 8 L/100 km × about 7 yuan/L petrol (92# retail price 2019–2020 about 6.5–7.5 yuan/L); fuel only, as drivers perceive it"},
    {"parking_base_yuan", "car", 3.0, "yuan/trip", 2020, "modeller's assumption: average parking charge per car trip, including free parking at home and at many workplaces"},
    {"access_egress_walk_min", "car", 4.0, "min", 2020, "modeller's assumption: walking to and from the parked car, both ends together"},
    {"intrazonal_speed_kmh", "car", 20.0, "km/h", 2020, "modeller's assumption: speed on the local streets of an intrazonal trip"},
    {"occupancy", "car", 1.4, "persons/vehicle", 2014, "approximate: 1.3–1.5 persons per car in Chinese resident travel surveys (e.g. Beijing 2014 survey)"},
    {"occupancy", "taxi", 1.3, "passengers/occupied trip", 2020, "approximate: 1.2–1.5 passengers per occupied taxi or ride-hailing trip"},
    {"empty_km_share", "taxi", 0.3, "fraction of taxi vehicle-km", 2020, "approximate: taxi empty-running rate (空驶率) of 30–40 % of vehicle-km reported for Chinese cities; ride-hailing lower"},
    {"pcu", "car", 1.0, "pcu/vehicle", 1995, "GB 50220-95 / CJJ 37 passenger-car unit of a car"},
    {"pcu", "taxi", 1.0, "pcu/vehicle", 1995, "GB 50220-95 / CJJ 37 passenger-car unit of a car"},
    {"average_load_pax", "bus", 12.0, "passenger-km/bus-km", 2019, "approximate, from MOT 2019 交通运输行业发展统计公报: about 692×10^8 urban bus passengers over about 354×10^8 bus-km (≈ 2 boardings per bus-km) × about 6 km average ride ≈ 12 passengers per bus"},
    {"service_hours", "metro", 18.0, "h/day", 2020, "approximate: Chinese metros run about 5:30–23:30 (18 h), with two peak periods of about 2.5 h"},
    {"peak_service_hours", "metro", 5.0, "h/day", 2020, "approximate: Chinese metros run about 5:30–23:30 (18 h), with two peak periods of about 2.5 h"},
    {"offpeak_headway_factor", "metro", 2.0, "ratio", 2020, "approximate: off-peak headways about twice the peak headway on Chinese metro lines"},
};
// clang-format on

}  // namespace

std::span<const DemandTableRow> trip_rate_rows() { return kTripRateRows; }
std::span<const DemandTableRow> mode_choice_parameter_rows() { return kModeChoiceRows; }

}  // namespace twin::transport
