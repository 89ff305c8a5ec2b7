// The monitoring experiment in the page (issue 11 item 6; wasm/app_monitor.cpp, render/mesh/monitor_experiment.hpp):
// the twin's own emissions as truth (+ an optional hidden source), the default stations' synthetic readings and
// the inversion, run in short steps within a frame budget. JS API added to window.CarbonTwin:
//   startMonitorExperiment({x_m, y_m, t_per_yr, height_m} | null) → '' or why not (opens the monitoring layers);
//   monitorExperiment() → {state: 'idle'|'running'|'done'|'error', progress 0-1, error, hidden, frames,
//     steps, compute_ms, max_step_ms, max_frame_ms, stage_ms, stage_max_step_ms, …} and once done the keys of `carbontwin monitor invert --json`
//     (observations_used, observations_read, lowcost_sensors, dofs, sectors, residual_map, unexplained_source,
//     key_emitters, reconciliation) plus truth_total_t, prior_total_t, cell_m, days, grid;
//   whenMonitorExperimentDone() → the same once it is done or failed.
// Placing the hidden source: while monitor().experiment.placing (the panel's button, or setMonitor({placing:
// true})), a tap on the map (a press and release within 6 px) places a 100,000 t/yr source there. Map taps
// do not reach the page's ImGui layer (wasm/pointer_input.cpp sends them to the building picker), so the
// tap is caught here and sent as setMonitor({hidden: {x_m, y_m}, placing: false}).
(function () {
  'use strict';
  const api = window.CarbonTwin;

  const kTapSlopPx = 6;
  const kTapHiddenTPerYr = 100000;  // as wasm/app_monitor.cpp's kTapHiddenTPerYr
  let press = null;
  window.addEventListener('pointerdown', (ev) => {
    press = ev.target && ev.target.id === 'canvas' ? { x: ev.clientX, y: ev.clientY } : null;
  }, true);
  window.addEventListener('pointerup', (ev) => {
    if (!press || Math.hypot(ev.clientX - press.x, ev.clientY - press.y) > kTapSlopPx) return;
    press = null;
    const e = api.monitorExperiment && api.monitorExperiment();
    if (!e || !e.placing) return;
    const at = api.screenToWorld(ev.clientX, ev.clientY);
    if (!at || !Number.isFinite(at.x_m) || !Number.isFinite(at.y_m)) return;
    const answer = api.setMonitor({ hidden: { x_m: at.x_m, y_m: at.y_m, t_per_yr: kTapHiddenTPerYr }, placing: false });
    if (answer !== '') console.warn(`CarbonTwin: hidden source not placed: ${answer}`);
  }, true);

  Object.assign(api, {
    startMonitorExperiment(hidden) {
      if (hidden !== null && hidden !== undefined && (typeof hidden !== 'object' || Array.isArray(hidden))) {
        return 'hidden must be {x_m, y_m, t_per_yr[, height_m]} or null';
      }
      return api.setMonitor({ hidden: hidden || null, run: true });
    },
    monitorExperiment() {
      const m = api.monitor();
      return m ? m.experiment : null;
    },
    async whenMonitorExperimentDone() {
      for (;;) {
        const e = api.monitorExperiment();
        if (!e || e.state === 'done' || e.state === 'error' || e.state === 'idle') return e;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  });
})();
