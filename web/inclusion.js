// Carbon inclusion (碳普惠) in the page: the link and QR code that reopen a resident's choices, and the
// personal card (PNG). The choices and their figures are the app's (wasm/app_inclusion.cpp, the same
// twin/inclusion functions as `carbontwin inclusion`); the actions JSON is the file of docs/inclusion.md.
// Link: <page>#inclusion=<base64url of the deflate-raw actions JSON> (web/scenarios.js's codec).
// JS API added to window.CarbonTwin:
//   inclusion()                    → the result as `carbontwin inclusion --json` writes it, plus actions_json,
//                                    participation_pct, open, link, eval_ms, qr_rect, card_rect (or null)
//   setInclusionActions(actions)   → '' when applied (an object or the file's text), else "<JSON path>: <what>"
//   setInclusionParticipation(pct) → true when 0–100
//   setInclusionPanel(open)
//   inclusionLink()                → Promise of the link that reopens the current choices
//   openInclusionLink(url)         → Promise {ok, error?}
//   inclusionCardPng()             → Promise of the personal card as a PNG Blob
//   downloadInclusionCard()        → Promise: downloads it as carbon-inclusion-card.png
(function () {
  'use strict';
  const api = window.CarbonTwin;
  const kLinkKey = 'inclusion';
  const call = api._call;

  let linkTimer = null;
  let lastActions = null;
  // The app calls this (Module.ctInclusionChanged) whenever the choices' figures were recomputed: the
  // link and its QR code follow, a little later while a slider is being dragged.
  api._onInclusionChanged = (actionsJson) => {
    if (actionsJson === lastActions) return;
    lastActions = actionsJson;
    clearTimeout(linkTimer);
    linkTimer = setTimeout(async () => {
      try {
        const link = await api._links.linkFor(actionsJson, kLinkKey);
        const answer = call('ctSetInclusionLink', 'the page is not ready', link);
        if (answer) console.warn(`CarbonTwin: inclusion QR code: ${answer}`);
      } catch (e) {
        console.warn(`CarbonTwin: inclusion link: ${e}`);
      }
    }, 150);
  };

  // The personal card: a 1080 × 1350 PNG (a phone-friendly portrait) with the total, the points, each
  // action, the community wedge, the QR code of the choices and the synthetic-data notice.
  async function cardPng() {
    const r = api.inclusion();
    if (!r) throw new Error('the page is not ready');
    const zh = (api.getLanguage ? api.getLanguage() : 'zh-CN') !== 'en';
    const W = 1080, H = 1350;
    const canvas = document.createElement('canvas');
    canvas.width = W; canvas.height = H;
    const g = canvas.getContext('2d');
    const grad = g.createLinearGradient(0, 0, 0, H);
    grad.addColorStop(0, '#0d3b3f'); grad.addColorStop(1, '#16634f');
    g.fillStyle = grad; g.fillRect(0, 0, W, H);
    const font = (px, weight = 400) => `${weight} ${px}px "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif`;
    g.fillStyle = '#ffffff';
    g.font = font(56, 600);
    g.fillText(zh ? '我的碳普惠卡片' : 'My carbon-inclusion card', 70, 130);
    g.font = font(30);
    g.fillStyle = '#bfe8d8';
    g.fillText(zh ? `按 ${r.year} 年的排放因子计算 · CarbonTwin` : `priced at ${r.year} factors · CarbonTwin`, 70, 185);
    g.fillStyle = '#ffffff';
    g.font = font(96, 700);
    const kg = r.total_kg_co2_per_yr;
    g.fillText(`${kg < 100 ? kg.toFixed(1) : Math.round(kg).toLocaleString('en-US')} kg`, 70, 330);
    g.font = font(36);
    g.fillText(zh ? '每年少排二氧化碳' : 'CO₂ saved a year', 70, 385);
    g.fillStyle = '#ffd86b';
    g.font = font(48, 600);
    g.fillText(zh ? `碳积分 ${Math.round(r.points).toLocaleString('en-US')} 分` : `${Math.round(r.points).toLocaleString('en-US')} points`, 70, 470);
    g.fillStyle = '#ffffff';
    g.font = font(34);
    let y = 560;
    for (const a of (r.actions || []).slice(0, 7)) {
      const v = a.kg_co2_per_yr;
      const base = a.key.split('[')[0];
      g.fillText(`• ${api._tr(`incl.action.${base}`) || base}`, 70, y);
      const t = `${v < 100 ? v.toFixed(1) : Math.round(v)} kg`;
      g.fillText(t, 640 - g.measureText(t).width, y);
      y += 52;
    }
    const w = r.community_wedge;
    if (w) {
      g.fillStyle = '#bfe8d8';
      g.font = font(30);
      const pct = Math.round(w.participation_share * 100);
      const line = zh
        ? `如果 ${pct}% 的居民这样做：全市 2020–2060 年累计少排 ${(-w.cumulative_t_change / 1e4).toFixed(1)} 万吨`
        : `If ${pct}% of residents do this: ${(-w.cumulative_t_change / 1e3).toFixed(0)} kt less CO₂ 2020–2060`;
      wrapText(g, line, 70, Math.max(y + 30, 1010), W - 140, 42);
    }
    // The QR code of the choices, modules whole pixels on a white quiet zone.
    const rows = String(call('ctInclusionQrModules', '') || '').trim().split('\n').filter((l) => l.length);
    if (rows.length) {
      const n = rows.length, px = Math.floor(300 / (n + 8)), side = px * (n + 8);
      const x0 = W - side - 70, y0 = 70 + 160;
      g.fillStyle = '#ffffff'; g.fillRect(x0, y0, side, side);
      g.fillStyle = '#000000';
      rows.forEach((row, i) => { for (let j = 0; j < row.length; ++j) if (row[j] === '1') g.fillRect(x0 + (j + 4) * px, y0 + (i + 4) * px, px, px); });
      g.fillStyle = '#bfe8d8'; g.font = font(24);
      g.fillText(zh ? '扫码重新打开这些选择' : 'scan to reopen these choices', x0, y0 + side + 34);
    }
    g.fillStyle = '#9cc9ba';
    g.font = font(24);
    const notice = zh ? '示范城区为程序生成的合成数据；因子与来源见“怎么算的”。积分规则：每克二氧化碳 1 分（武汉“碳账户”口径，见 docs/inclusion.md）。'
      : 'Synthetic demonstration district; factors and sources under “how computed”. 1 point per gram CO₂ (Wuhan carbon account practice, docs/inclusion.md).';
    wrapText(g, notice, 70, H - 120, W - 140, 34);
    return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the card could not be drawn'))), 'image/png'));
  }
  function wrapText(g, text, x, y, width, lineHeight) {
    let line = '';
    for (const ch of text) {
      if (g.measureText(line + ch).width > width && line) { g.fillText(line, x, y); y += lineHeight; line = ''; }
      line += ch;
    }
    if (line) g.fillText(line, x, y);
  }
  async function downloadCard() {
    const blob = await cardPng();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'carbon-inclusion-card.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }
  api._onInclusionCard = () => { downloadCard().catch((e) => console.warn(`CarbonTwin: inclusion card: ${e}`)); };

  Object.assign(api, {
    inclusion: () => { const t = call('ctInclusion', ''); return t ? JSON.parse(t) : null; },
    setInclusionActions(actions) {
      const text = typeof actions === 'string' ? actions : JSON.stringify(actions);
      return call('ctSetInclusionActionsJson', 'the page is not ready', text);
    },
    setInclusionParticipation: (pct) => Number.isFinite(pct) && call('ctSetInclusionParticipation', false, pct),
    setInclusionPanel: (open) => typeof open === 'boolean' && call('ctSetInclusionPanel', false, open),
    async inclusionLink() {
      const r = api.inclusion();
      return r ? api._links.linkFor(r.actions_json, kLinkKey) : null;
    },
    async openInclusionLink(url) {
      let text;
      try {
        text = await api._links.jsonTextOfLink(url, kLinkKey);
      } catch (e) {
        return { ok: false, error: String(e && e.message ? e.message : e) };
      }
      if (text === null) return { ok: false, error: 'the link holds no carbon-inclusion choices' };
      const error = api.setInclusionActions(text);
      return error ? { ok: false, error } : { ok: true };
    },
    inclusionCardPng: cardPng,
    downloadInclusionCard: downloadCard,
  });

  // A link with #inclusion=… opens the panel on its choices once the page is ready.
  if (String(location.hash).includes(`${kLinkKey}=`) || String(location.hash).includes(`${kLinkKey}-json=`)) {
    api.ready.then(async () => {
      const r = await api.openInclusionLink(location.href);
      if (!r.ok) console.warn(`CarbonTwin: the link's carbon-inclusion choices were not opened: ${r.error}`);
    });
  }
})();
