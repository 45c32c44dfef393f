// eventwire web page: timeline, map, event table, evidence, article and actor views over /api.
// Safety rule: all data is untrusted (article text comes from the web). The DOM is built with
// createElement + textContent only; nothing from the API ever goes through innerHTML.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

// PLOVER v0.8 types, coloured by quad class: blues/greens cooperate, oranges/reds conflict.
const TYPE_COLOURS = {
  AGREE: "#1f5fa8", CONSULT: "#3a86c8", SUPPORT: "#6baed6", CONCEDE: "#9ecae1",
  COOPERATE: "#238b45", AID: "#41ab5d", RETREAT: "#a1d99b",
  REQUEST: "#d4a000", ACCUSE: "#f28e2b", REJECT: "#e8731a", THREATEN: "#b85c00",
  PROTEST: "#9467bd", SANCTION: "#c51b7d", MOBILIZE: "#8c564b", COERCE: "#d62728", ASSAULT: "#7f0000",
};
const QUAD_CLASSES = {
  "verbal cooperation": ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"],
  "material cooperation": ["COOPERATE", "AID", "RETREAT"],
  "verbal conflict": ["REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"],  // the order /api/stats gives
  "material conflict": ["PROTEST", "MOBILIZE", "COERCE", "ASSAULT"],
};
const TYPE_ORDER = Object.values(QUAD_CLASSES).flat();
const FILTER_KEYS = ["actor", "type", "since", "until", "country", "text", "story"];
const PAGE_SIZE = 50;
const DAY = 86400000;

// ---------- DOM helpers (text only) ----------

function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function s(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "text") node.textContent = String(value);
    else if (key === "style") node.style.cssText = String(value);  // CSSOM: allowed by the page's CSP
    else node.setAttribute(key, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function route(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const qs = query.toString();
  return "#/" + path + (qs ? "?" + qs : "");
}

function actorLink(name, label) {
  if (!name) return h("span", { class: "muted" }, label || "—");
  return h("a", { href: route("actor/" + encodeURIComponent(name)), class: "actor" }, label || name);
}

function typeChip(type) {
  return h("span", { class: "chip", style: `background:${TYPE_COLOURS[type] || "#777"}` }, type);
}

function status(message, isError) {
  const node = document.getElementById("status");
  node.textContent = message || "";
  node.className = isError ? "error" : "";
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const url = "/api/" + path + (query.toString() ? "?" + query.toString() : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const detail = body && body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : response.statusText;
    const error = new Error(`${response.status}: ${detail}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

function actorName(actor) {
  return actor ? (actor.name || actor.actor_id || actor.country) : null;
}

// ---------- dates ----------

// An event date (YYYY, YYYY-MM or YYYY-MM-DD) as the [start, end) interval it covers, in ms since epoch.
function dateSpan(value) {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const y = +m[1], mo = m[2] ? +m[2] - 1 : null, d = m[3] ? +m[3] : null;
  if (d !== null) return [Date.UTC(y, mo, d), Date.UTC(y, mo, d + 1)];
  if (mo !== null) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function ticks(start, end) {
  const span = end - start;
  const out = [];
  const first = new Date(start);
  if (span <= 45 * DAY) {
    const step = span <= 12 * DAY ? 1 : span <= 25 * DAY ? 2 : 7;
    let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    for (; t <= end; t += step * DAY) if (t >= start) out.push([t, isoDay(t).slice(5)]);
  } else if (span <= 800 * DAY) {
    let y = first.getUTCFullYear(), mo = first.getUTCMonth();
    const step = span <= 400 * DAY ? 1 : 3;
    for (let t = Date.UTC(y, mo, 1); t <= end; mo += step, t = Date.UTC(y, mo, 1)) if (t >= start) out.push([t, isoDay(t).slice(0, 7)]);
  } else {
    for (let y = first.getUTCFullYear(); Date.UTC(y, 0, 1) <= end; y++) if (Date.UTC(y, 0, 1) >= start) out.push([Date.UTC(y, 0, 1), String(y)]);
  }
  return out;
}

// ---------- timeline (self-written SVG: lanes by type, colour by type, size by sources) ----------

function timeline(events, options) {
  const dated = events.map((e) => ({ e, span: dateSpan(e.date) })).filter((x) => x.span);
  const wrap = h("div", { class: "timeline", "data-testid": "timeline" });
  if (!dated.length) {
    wrap.append(h("p", { class: "muted" }, "No dated events to draw."));
    return wrap;
  }
  const types = TYPE_ORDER.filter((t) => dated.some((x) => x.e.type === t))
    .concat([...new Set(dated.map((x) => x.e.type))].filter((t) => !TYPE_ORDER.includes(t)));
  const width = 960, left = 96, right = 16, top = 10, lane = 30, axis = 26;
  const height = top + lane * types.length + axis;
  let lo = Math.min(...dated.map((x) => x.span[0])), hi = Math.max(...dated.map((x) => x.span[1]));
  const pad = Math.max((hi - lo) * 0.04, DAY);
  const full = [lo - pad, hi + pad];
  let view = full.slice();

  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline-svg", role: "img",
    "aria-label": "Timeline of events: one lane per event type, circle size by number of sources" });
  const controls = h("div", { class: "controls" },
    h("button", { type: "button", onclick: () => zoom(0.5, 0.5) }, "Zoom in"),
    h("button", { type: "button", onclick: () => zoom(2, 0.5) }, "Zoom out"),
    h("button", { type: "button", onclick: () => { view = full.slice(); draw(); } }, "Reset"),
    h("span", { class: "muted hint" }, "wheel to zoom, drag to pan; bars show month/year-precise dates"));

  function x(t) { return left + (t - view[0]) / (view[1] - view[0]) * (width - left - right); }

  let pending = false;
  function drawSoon() {  // wheel and drag fire faster than a large timeline redraws: one redraw a frame
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; draw(); });
  }

  function zoom(factor, at, soon) {
    const span = view[1] - view[0];
    const centre = view[0] + span * at;
    const next = Math.max(span * factor, 2 * DAY);
    view = [centre - next * at, centre + next * (1 - at)];
    if (soon) drawSoon(); else draw();
  }

  // Lanes and dots are built once; a zoom or pan only moves them and redraws the axis.
  const clipId = "tl-clip-" + (++timelineCount);
  svg.append(s("defs", {}, s("clipPath", { id: clipId }, s("rect", { x: left, y: 0, width: width - left - right, height }))));
  types.forEach((type, i) => {
    const y = top + lane * i + lane / 2;
    svg.append(s("line", { x1: left, x2: width - right, y1: y, y2: y, class: "lane" }));
    svg.append(s("text", { x: left - 8, y: y + 4, class: "lane-label", "text-anchor": "end", fill: TYPE_COLOURS[type] || "#555" }, type));
  });
  const axisY = top + lane * types.length;
  svg.append(s("line", { x1: left, x2: width - right, y1: axisY, y2: axisY, class: "axis" }));
  const axisGroup = s("g", { class: "ticks" });
  const dots = s("g", { "clip-path": `url(#${clipId})` });
  const placed = dated.map(({ e, span }, k) => {
    const y = top + lane * types.indexOf(e.type) + lane / 2 + ((k * 7) % 5 - 2) * 2;
    const r = 4 + 3 * Math.sqrt(Math.max(e.sources || 1, 1) - 1) + (e.sources > 1 ? 1 : 0);
    const colour = TYPE_COLOURS[e.type] || "#777";
    const g = s("g", { class: "dot", tabindex: 0, "data-event": e.id,
      onclick: () => options.onSelect(e), onkeydown: (ev) => { if (ev.key === "Enter") options.onSelect(e); } });
    const bar = span[1] - span[0] > DAY
      ? s("line", { y1: y, y2: y, stroke: colour, "stroke-width": 4, "stroke-opacity": 0.35, "stroke-linecap": "round" }) : null;
    const circle = s("circle", { cy: y, r, fill: colour, "fill-opacity": e.modality && e.modality !== "asserted" ? 0.35 : 0.85, stroke: colour });
    append(g, [bar, circle, s("title", {}, `${e.date} ${e.type}${e.mode ? " (" + e.mode + ")" : ""}: ${actorName(e.source) || "?"} → ${actorName(e.target) || "?"}; ${e.sources} source(s); ${e.modality || ""}`)]);
    dots.append(g);
    return { span, bar, circle };
  });
  svg.append(axisGroup, dots);

  function draw() {
    clear(axisGroup);
    for (const [t, label] of ticks(view[0], view[1])) {
      axisGroup.append(s("line", { x1: x(t), x2: x(t), y1: top, y2: axisY + 4, class: "tick" }));
      axisGroup.append(s("text", { x: x(t), y: axisY + 18, class: "tick-label", "text-anchor": "middle" }, label));
    }
    for (const { span, bar, circle } of placed) {
      if (bar) {
        bar.setAttribute("x1", x(span[0]));
        bar.setAttribute("x2", x(span[1]));
        circle.setAttribute("cx", (x(span[0]) + x(span[1])) / 2);
      } else circle.setAttribute("cx", x(span[0] + DAY / 2));
    }
  }

  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const box = svg.getBoundingClientRect();
    const at = Math.min(Math.max((ev.clientX - box.left) / box.width * width - left, 0) / (width - left - right), 1);
    zoom(ev.deltaY < 0 ? 0.8 : 1.25, at, true);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => { if (!ev.target.closest(".dot")) drag = { x: ev.clientX, view: view.slice() }; });
  window.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    const shift = (ev.clientX - drag.x) / box.width * width / (width - left - right) * (drag.view[1] - drag.view[0]);
    view = [drag.view[0] - shift, drag.view[1] - shift];
    drawSoon();
  });
  draw();
  const undated = events.length - dated.length;
  append(wrap, [controls, svg, legend(types, options.onType),
    undated ? h("p", { class: "muted small" }, `${undated} event(s) without a date are in the table but not on the timeline.`) : null]);
  return wrap;
}

function legend(types, onType) {
  const box = h("div", { class: "legend" });
  for (const [quad, members] of Object.entries(QUAD_CLASSES)) {
    const present = members.filter((t) => types.includes(t));
    if (!present.length) continue;
    box.append(h("span", { class: "quad" }, quad + ":"));
    for (const t of present) {
      box.append(h("button", { type: "button", class: "legend-item", title: `show only ${t}`, onclick: () => onType && onType(t) },
        h("span", { class: "swatch", style: `background:${TYPE_COLOURS[t]}` }), t));
    }
  }
  return box;
}

// ---------- map (bundled Natural Earth 110m outline, equirectangular) ----------

let worldPromise = null;
let timelineCount = 0;
function world() {
  if (!worldPromise) worldPromise = fetch("/static/vendor/world-110m.json").then((r) => r.json());
  return worldPromise;
}

function eventMap(events, onSelect) {
  const wrap = h("div", { class: "map", "data-testid": "map" });
  const placed = events.filter((e) => e.location && e.location.lat !== null && e.location.lon !== null && e.location.lat !== undefined);
  const svg = s("svg", { class: "map-svg", role: "img", "aria-label": "Map of event locations" });
  const note = h("p", { class: "muted small" },
    `${placed.length} of ${events.length} events have a location. Outline: Natural Earth 1:110m via world-atlas.`);
  let bbox = [-180, -90, 360, 180];
  if (placed.length) {
    const lons = placed.map((e) => e.location.lon), lats = placed.map((e) => -e.location.lat);
    let x0 = Math.min(...lons), x1 = Math.max(...lons), y0 = Math.min(...lats), y1 = Math.max(...lats);
    let w = Math.max(x1 - x0 + 30, 60), hgt = Math.max(y1 - y0 + 16, 30);
    w = Math.max(w, hgt * 2.4);  // keep roughly the frame's shape so the outline is not squeezed
    hgt = Math.max(hgt, w / 3.2);
    bbox = [(x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - hgt / 2, w, hgt];
  }
  // Circles keep about the same size on screen whatever part of the world is shown.
  const setBox = (b) => {
    svg.setAttribute("viewBox", b.join(" "));
    for (const c of svg.querySelectorAll(".place circle")) {
      const box = svg.getBoundingClientRect();
      const perUnit = box.width ? Math.min(box.width / b[2], box.height / b[3]) : 1100 / b[2];
      const r = c.dataset.weight * 4 / perUnit;
      c.setAttribute("r", r);
      c.setAttribute("stroke-width", r / 8);
    }
  };
  wrap.append(h("div", { class: "controls" },
    h("button", { type: "button", onclick: () => setBox(bbox) }, "Fit events"),
    h("button", { type: "button", onclick: () => setBox([-180, -90, 360, 180]) }, "Whole world")), svg, note);
  world().then((data) => {
    // Rings crossing the antimeridian are drawn twice (shifted by 360°): clip to the one world.
    const land = s("g", { class: "land", "clip-path": "url(#world-clip)" },
      s("rect", { x: -180, y: -90, width: 360, height: 180, class: "ocean" }));
    for (const c of data.countries) land.append(s("path", { d: c.d }, s("title", {}, c.name || "")));
    svg.prepend(s("defs", {}, s("clipPath", { id: "world-clip" }, s("rect", { x: -180, y: -90, width: 360, height: 180 }))), land);
  }).catch(() => note.append(" (outline could not be loaded)"));
  const groups = new Map();
  for (const e of placed) {
    const key = `${e.location.lat.toFixed(2)},${e.location.lon.toFixed(2)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  const dots = s("g", { class: "places" });
  for (const list of groups.values()) {
    const loc = list[0].location;
    const weight = Math.min(1 + 1.2 * Math.log2(1 + list.reduce((n, e) => n + (e.sources || 1), 0)), 8);
    const top = list.slice().sort((a, b) => (b.sources || 0) - (a.sources || 0))[0];
    const g = s("g", { class: "place", tabindex: 0, onclick: () => onSelect(top) },
      s("circle", { cx: loc.lon, cy: -loc.lat, "data-weight": weight, fill: TYPE_COLOURS[top.type] || "#d62728", "fill-opacity": 0.75, stroke: "#222" }),
      s("title", {}, `${loc.name || "?"}: ${list.length} event(s): ${[...new Set(list.map((e) => e.type))].join(", ")}`));
    dots.append(g);
  }
  svg.append(dots);
  setBox(bbox);
  requestAnimationFrame(() => setBox(bbox));  // again once laid out, to size circles in real pixels
  return wrap;
}

// ---------- event table ----------

function eventTable(events, onSelect) {
  const table = h("table", { class: "events", "data-testid": "event-table" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Source", "Target", "Where", "Sources", "Evidence"].map((c) => h("th", {}, c)))));
  const body = h("tbody");
  for (const e of events) {
    const row = h("tr", { class: "event-row", tabindex: 0, "data-event": e.id,
      onclick: (ev) => { if (!ev.target.closest("a")) onSelect(e); },
      onkeydown: (ev) => { if (ev.key === "Enter") onSelect(e); } },
      h("td", { class: "nowrap" }, e.date || "—", e.date_precision && e.date_precision !== "day" ? h("span", { class: "muted small" }, ` (${e.date_precision})`) : null),
      h("td", {}, typeChip(e.type), e.mode ? h("span", { class: "muted small" }, " " + e.mode) : null,
        e.modality && e.modality !== "asserted" ? h("span", { class: "modality" }, e.modality) : null),
      h("td", {}, actorLink(actorName(e.source))),
      h("td", {}, actorLink(actorName(e.target))),
      h("td", {}, e.location ? e.location.name || e.location.country : ""),
      h("td", { class: "num" }, e.sources),
      h("td", { class: "summary" }, e.summary || ""));
    body.append(row);
  }
  table.append(body);
  return table;
}

// ---------- views ----------

function currentFilters(params) {
  const f = {};
  for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k);
  return f;
}

function filterForm(filters, onApply) {
  const input = (name, label, attrs) => h("label", {}, label, h("input", Object.assign({ name, value: filters[name] || "" }, attrs || {})));
  const select = h("select", { name: "type" }, h("option", { value: "" }, "any type"));
  for (const [quad, types] of Object.entries(QUAD_CLASSES)) {
    const group = h("optgroup", { label: quad });
    for (const t of types) group.append(h("option", { value: t, selected: filters.type === t ? "selected" : null }, t));
    select.append(group);
  }
  const form = h("form", { class: "filters", id: "filters", role: "search" },
    input("actor", "Actor", { placeholder: "name or alias", type: "search" }),
    h("label", {}, "Type", select),
    input("since", "From", { placeholder: "YYYY-MM-DD", size: 10 }),
    input("until", "To", { placeholder: "YYYY-MM-DD", size: 10 }),
    input("country", "Country", { placeholder: "ISO3", size: 4 }),
    input("text", "Text", { placeholder: "words in evidence", type: "search" }),
    h("button", { type: "submit" }, "Filter"),
    h("button", { type: "button", onclick: () => onApply({}) }, "Clear"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const k of FILTER_KEYS) if ((data.get(k) || "").trim()) next[k] = data.get(k).trim();
    onApply(next);
  });
  return form;
}

function downloadLinks(filters) {
  const link = (path, fmt, label) => {
    const q = new URLSearchParams(filters);
    q.set("format", fmt);
    return h("a", { href: `/api/${path}?${q.toString()}`, download: "" }, label);
  };
  return h("div", { class: "downloads" }, "Download this view: ",
    link("events", "csv", "events CSV"), " · ", link("events", "jsonl", "events JSONL"), " · ",
    link("mentions", "csv", "mentions CSV"), " · ", link("mentions", "jsonl", "mentions JSONL"));
}

async function eventsView(view, params) {
  const filters = currentFilters(params);
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const go = (f, off) => { location.hash = route("", Object.assign({}, f, off ? { offset: off } : {})); };
  const select = (e) => { location.hash = route("event/" + encodeURIComponent(e.id)); };
  view.append(filterForm(filters, (f) => go(f, 0)));
  status("Loading events…");
  const [all, page] = await Promise.all([
    api("events", Object.assign({ limit: 5000 }, filters)),
    api("events", Object.assign({ limit: PAGE_SIZE, offset }, filters)),
  ]);
  status("");
  const described = Object.entries(filters).map(([k, v]) => `${k} = ${v}`).join(", ");
  view.append(h("h2", {}, `${all.total} event${all.total === 1 ? "" : "s"}`, described ? h("span", { class: "muted" }, ` where ${described}`) : null));
  if (filters.actor) view.append(h("p", {}, "Actor page: ", actorLink(filters.actor)));
  const onType = (t) => go(Object.assign({}, filters, { type: t }), 0);
  const capped = all.total > all.items.length
    ? h("p", { class: "muted small" }, `The timeline and map show the first ${all.items.length} of ${all.total} events by date: narrow the filters to see the rest.`)
    : null;
  view.append(h("section", { class: "panel" }, h("h3", {}, "Timeline"), capped, timeline(all.items, { onSelect: select, onType })));
  const table = h("section", { class: "panel" }, h("h3", {}, "Events"), downloadLinks(filters), eventTable(page.items, select));
  if (page.total > PAGE_SIZE) {
    table.append(h("div", { class: "pager" },
      h("button", { type: "button", disabled: offset === 0 ? "disabled" : null, onclick: () => go(filters, Math.max(0, offset - PAGE_SIZE)) }, "‹ Previous"),
      h("span", {}, ` ${offset + 1}–${Math.min(offset + PAGE_SIZE, page.total)} of ${page.total} `),
      h("button", { type: "button", disabled: offset + PAGE_SIZE >= page.total ? "disabled" : null, onclick: () => go(filters, offset + PAGE_SIZE) }, "Next ›")));
  }
  view.append(table);
  view.append(h("section", { class: "panel" }, h("h3", {}, "Where"), eventMap(all.items, select)));
}

// A sentence with its highlight spans (relative offsets from the API) as text nodes and <mark>s.
function highlightedSentence(sentence, spans) {
  const p = h("p", { class: "sentence" });
  let at = 0;
  for (const span of spans.slice().sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > sentence.length) continue;
    p.append(sentence.slice(at, span.start));
    p.append(h("mark", { class: `hl hl-${span.kind}`, title: span.kind }, sentence.slice(span.start, span.end)));
    at = span.end;
  }
  p.append(sentence.slice(at));
  return p;
}

function highlightKey() {
  return h("p", { class: "key small" }, "Highlighted: ",
    ["trigger", "source", "target", "date", "place"].map((k) => [h("mark", { class: `hl hl-${k}` }, k), " "]));
}

async function eventView(view, id) {
  const e = await api("events/" + encodeURIComponent(id));
  view.append(h("p", {}, h("a", { href: "#/", onclick: (ev) => { if (history.length > 1) { ev.preventDefault(); history.back(); } } }, "‹ back to events")));
  view.append(h("h2", { class: "event-title" }, typeChip(e.type), " ",
    actorLink(actorName(e.source), actorName(e.source) || "unknown source"), " → ",
    actorLink(actorName(e.target), actorName(e.target) || "unknown target")));
  const facts = [
    ["Date", `${e.date || "unknown"}${e.date_precision ? " (" + e.date_precision + ")" : ""}`],
    ["Mode / CAMEO", `${e.mode || "—"} / ${e.cameo || "—"}`],
    ["Quad class", e.quad_class || "—"],
    ["Modality", e.modality || "—"],
    ["Location", e.location ? `${e.location.name || ""} ${e.location.country ? "(" + e.location.country + ")" : ""}` : "—"],
    ["Quantity", e.quantity ? `${e.quantity.value} ${e.quantity.unit || ""}` : "—"],
    ["Reported", `${e.sources} article(s), ${e.n_mentions} mention(s), ${e.first_reported || "?"} – ${e.last_reported || "?"}`],
    ["Confidence", e.confidence === null || e.confidence === undefined ? "—" : Number(e.confidence).toFixed(2)],
  ];
  view.append(h("dl", { class: "facts" }, facts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])));
  view.append(h("h3", {}, "Evidence"), highlightKey());
  const list = h("ol", { class: "mentions", "data-testid": "mentions" });
  for (const m of e.mentions) {
    list.append(h("li", { class: "mention" },
      highlightedSentence(m.sentence, m.highlights || []),
      h("p", { class: "meta small" },
        h("a", { href: route("article/" + encodeURIComponent(m.doc), { start: m.sent_start, end: m.sent_end, ts: m.trigger_start, te: m.trigger_end }), class: "article-link" },
          m.article_title || m.doc),
        ` · ${m.published || "undated"} · ${m.modality}`,
        m.source_text ? ` · source “${m.source_text}”` : "", m.target_text ? ` · target “${m.target_text}”` : "",
        m.date_text ? ` · date “${m.date_text}” → ${m.date || "?"}` : "",
        m.attributed_to ? ` · according to ${m.attributed_to}` : "")));
  }
  view.append(list);
}

async function articleView(view, id, params) {
  const a = await api("articles/" + encodeURIComponent(id));
  const start = parseInt(params.get("start"), 10), end = parseInt(params.get("end"), 10);
  const ts = parseInt(params.get("ts"), 10), te = parseInt(params.get("te"), 10);
  view.append(h("h2", { class: "article-title" }, a.title || a.id));
  const meta = h("p", { class: "muted small" }, `id ${a.id} · published ${a.published || "unknown"} (${a.published_how || "?"}) · ${a.source || ""} `);
  if (a.url && /^https?:\/\//i.test(a.url)) meta.append(h("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original"));
  view.append(meta);
  // Sentences with events are underlined; the sentence we came for is marked, its trigger in bold.
  const text = a.text;
  const ranges = [];
  const seen = new Set();
  for (const m of a.mentions) {
    const key = `${m.sent_start}:${m.sent_end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ranges.push({ start: m.sent_start, end: m.sent_end, event: m.event_id, type: m.type });
  }
  if (Number.isFinite(start) && Number.isFinite(end) && !seen.has(`${start}:${end}`)) ranges.push({ start, end });
  ranges.sort((x, y) => x.start - y.start);
  const body = h("div", { class: "article-text", "data-testid": "article-text" });
  let at = 0;
  let focus = null;
  for (const r of ranges) {
    if (r.start < at || r.end > text.length) continue;
    body.append(text.slice(at, r.start));
    const isFocus = r.start === start && r.end === end;
    const node = h(isFocus ? "mark" : "span", { class: isFocus ? "focus" : "mentioned", title: r.type ? `${r.type} event` : null });
    if (isFocus && Number.isFinite(ts) && ts >= r.start && te <= r.end && ts < te) {
      node.append(text.slice(r.start, ts), h("strong", { class: "hl hl-trigger" }, text.slice(ts, te)), text.slice(te, r.end));
    } else node.append(text.slice(r.start, r.end));
    if (!isFocus && r.event) node.addEventListener("click", () => { location.hash = route("event/" + encodeURIComponent(r.event)); });
    if (isFocus) focus = node;
    body.append(node);
    at = r.end;
  }
  body.append(text.slice(at));
  view.append(body);
  if (focus) focus.scrollIntoView({ block: "center" });
}

function networkGraph(actor) {
  const edges = actor.network.slice(0, 24);
  const size = 420, c = size / 2, radius = 150;
  const svg = s("svg", { viewBox: `0 0 ${size} ${size}`, class: "network", "data-testid": "network", role: "img",
    "aria-label": "Who this actor acts on and who acts on it" });
  svg.append(s("defs", {},
    s("marker", { id: "arrow-out", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, s("path", { d: "M0,0L10,5L0,10z", fill: "#c0392b" })),
    s("marker", { id: "arrow-in", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, s("path", { d: "M0,0L10,5L0,10z", fill: "#2471a3" }))));
  const others = [...new Set(edges.map((e) => e.actor))];
  const pos = new Map(others.map((name, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(others.length, 1);
    return [name, [c + radius * Math.cos(angle), c + radius * Math.sin(angle)]];
  }));
  // The actor's own label goes under the edges so arrowheads ending at its node stay visible.
  svg.append(s("text", { x: c, y: c + 42, class: "node-label self", "text-anchor": "middle" }, actor.name));
  for (const e of edges) {
    const [x, y] = pos.get(e.actor);
    const out = e.direction === "acts_on";
    const dx = x - c, dy = y - c, len = Math.hypot(dx, dy) || 1, ux = dx / len, uy = dy / len;
    const bend = out ? 6 : -6;  // keep the two directions apart
    const [x1, y1, x2, y2] = out ? [c + ux * 26, c + uy * 26, x - ux * 18, y - uy * 18] : [x - ux * 18, y - uy * 18, c + ux * 27, c + uy * 27];
    const mx = (x1 + x2) / 2 - uy * bend, my = (y1 + y2) / 2 + ux * bend;
    svg.append(s("path", { d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, class: out ? "edge out" : "edge in",
      "stroke-width": 1 + Math.min(e.count, 8), "marker-end": `url(#${out ? "arrow-out" : "arrow-in"})` },
      s("title", {}, `${out ? actor.name + " → " + e.actor : e.actor + " → " + actor.name}: ${e.count} event(s) ${Object.keys(e.types).join(", ")}`)));
  }
  svg.append(s("circle", { cx: c, cy: c, r: 24, class: "node self" }));
  for (const [name, [x, y]] of pos) {
    const a = s("a", { href: route("actor/" + encodeURIComponent(name)) },
      s("circle", { cx: x, cy: y, r: 14, class: "node" }),
      s("text", { x, y: y + (y >= c ? 30 : -20), class: "node-label", "text-anchor": "middle" }, name));
    svg.append(a);
  }
  if (!edges.length) svg.append(s("text", { x: c, y: 30, "text-anchor": "middle", class: "muted" }, "no counterpart actors recorded"));
  return h("div", { class: "network-wrap" }, svg,
    h("p", { class: "small" }, h("span", { class: "edge-key out" }, "→ acts on"), "  ", h("span", { class: "edge-key in" }, "← acted on by")));
}

async function actorView(view, name) {
  const a = await api("actors/" + encodeURIComponent(name));
  view.append(h("h2", { class: "actor-title" }, a.name || name,
    h("span", { class: "muted" }, ` ${[a.id, a.country, a.sector].filter(Boolean).join(" · ")}`)));
  view.append(h("p", {}, h("a", { href: route("", { actor: name }) }, "Filter events to this actor"), " · ",
    h("a", { href: `/api/timeline/${encodeURIComponent(name)}?format=csv`, download: "" }, "timeline CSV")));
  const aliases = h("ul", { class: "aliases" }, a.aliases.map((x) => h("li", {}, x)));
  const roles = a.roles.length
    ? h("ul", { class: "roles" }, a.roles.map((r) => h("li", {}, typeof r === "object" ? `${r.code || "?"}${r.since ? " since " + r.since : ""}${r.until ? " until " + r.until : ""}` : String(r))))
    : h("p", { class: "muted" }, "no dictionary roles");
  view.append(h("div", { class: "columns" },
    h("section", { class: "panel" }, h("h3", {}, "Aliases"), aliases, h("h3", {}, "Roles"), roles,
      h("h3", {}, "Events by month"), monthBars(a.events_by_month)),
    h("section", { class: "panel" }, h("h3", {}, "Network"), networkGraph(a))));
  const select = (e) => { location.hash = route("event/" + encodeURIComponent(e.id)); };
  view.append(h("section", { class: "panel" }, h("h3", {}, "Events over time"), timeline(a.events, { onSelect: select, onType: (t) => { location.hash = route("", { actor: name, type: t }); } })));
  view.append(h("section", { class: "panel" }, h("h3", {}, "Events"), eventTable(a.events, select)));
}

function monthBars(months) {
  if (!months.length) return h("p", { class: "muted" }, "no dated events");
  const max = Math.max(...months.map((m) => m.count));
  return h("div", { class: "bars" }, months.map((m) => h("div", { class: "bar-row" },
    h("span", { class: "bar-label" }, m.month),
    h("span", { class: "bar", style: `width:${Math.round(100 * m.count / max)}%` }),
    h("span", { class: "small" }, String(m.count)))));
}

async function actorsView(view, params) {
  const text = params.get("q") || "";
  const form = h("form", { class: "filters" }, h("label", {}, "Actor", h("input", { name: "q", value: text, type: "search" })), h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("actors", { q: new FormData(form).get("q") }); });
  view.append(form);
  const page = await api("actors", { text, limit: 200 });
  view.append(h("h2", {}, `${page.total} actor(s)`));
  view.append(h("table", { class: "events" }, h("thead", {}, h("tr", {}, ["Name", "Id", "Country", "Sector", "Aliases", "Events"].map((c) => h("th", {}, c)))),
    h("tbody", {}, page.items.map((a) => h("tr", {}, h("td", {}, actorLink(a.id || a.name, a.name)), h("td", {}, a.id), h("td", {}, a.country || ""),
      h("td", {}, a.sector || ""), h("td", { class: "small" }, (a.aliases || []).join(", ")), h("td", { class: "num" }, a.n_events))))));
}

async function articlesView(view, params) {
  const text = params.get("q") || "";
  const form = h("form", { class: "filters" }, h("label", {}, "Search", h("input", { name: "q", value: text, type: "search" })), h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("articles", { q: new FormData(form).get("q") }); });
  view.append(form, uploadForm());
  const page = await api("articles", { text, limit: 500 });
  view.append(h("h2", {}, `${page.total} article(s)`));
  view.append(h("table", { class: "events", "data-testid": "article-table" },
    h("thead", {}, h("tr", {}, ["Published", "Title", "Id", "Mentions", "Length"].map((c) => h("th", {}, c)))),
    h("tbody", {}, page.items.map((a) => h("tr", {}, h("td", { class: "nowrap" }, a.published || "—"),
      h("td", {}, h("a", { href: route("article/" + encodeURIComponent(a.id)) }, a.title || a.id)),
      h("td", { class: "small" }, a.id), h("td", { class: "num" }, a.n_mentions), h("td", { class: "num" }, a.length))))));
}

function uploadForm() {
  const input = h("input", { type: "file", name: "files", multiple: "multiple", accept: ".txt,.html,.htm,.jsonl" });
  const progress = h("span", { class: "small", role: "status" });
  const form = h("form", { class: "upload" }, h("label", {}, "Add articles ", input), h("button", { type: "submit" }, "Upload and ingest"), " ", progress);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!input.files.length) return;
    const data = new FormData();
    for (const f of input.files) data.append("files", f);
    progress.textContent = "uploading…";
    const response = await fetch("/api/ingest", { method: "POST", body: data });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) { progress.textContent = `${response.status}: ${body.detail || response.statusText}`; return; }
    const poll = async () => {
      const job = await api("ingest/" + body.id);
      progress.textContent = `${job.status}: ${job.done}/${job.total} file(s)${job.error ? " — " + job.error : ""}`;
      if (job.status === "queued" || job.status === "running") setTimeout(poll, 1000);
    };
    poll();
  });
  return form;
}

async function storiesView(view) {
  const stories = (await api("stories")).items;
  view.append(h("h2", {}, `${stories.length} stor${stories.length === 1 ? "y" : "ies"}`));
  if (!stories.length) {
    view.append(h("p", { class: "muted" }, "No stories in this store yet: stories group related events once they are built."));
    return;
  }
  view.append(h("table", { class: "events", "data-testid": "story-table" },
    h("thead", {}, h("tr", {}, ["From", "To", "Story", "Actors", "Events", "Articles"].map((c) => h("th", {}, c)))),
    h("tbody", {}, stories.map((st) => h("tr", {},
      h("td", { class: "nowrap" }, st.first_date || "—"), h("td", { class: "nowrap" }, st.last_date || "—"),
      h("td", {}, h("a", { href: route("", { story: st.id }) }, st.title || st.id)),
      h("td", { class: "small" }, (st.actors || []).map((a, i) => [i ? ", " : "", actorLink(a)])),
      h("td", { class: "num" }, st.n_events), h("td", { class: "num" }, st.n_articles))))));
}

async function statsView(view) {
  const st = await api("stats");
  view.append(h("h2", {}, "What the store holds"));
  view.append(h("dl", { class: "facts" }, Object.entries(st.counts).map(([k, v]) => [h("dt", {}, k), h("dd", {}, String(v))]),
    h("dt", {}, "dates"), h("dd", {}, `${st.date_range.first || "?"} – ${st.date_range.last || "?"}`)));
  const max = Math.max(1, ...st.events_by_type.map((r) => r.n));
  view.append(h("h3", {}, "Events by type"), h("div", { class: "bars" }, st.events_by_type.map((r) => h("div", { class: "bar-row" },
    h("a", { class: "bar-label", href: route("", { type: r.type }) }, r.type),
    h("span", { class: "bar", style: `width:${Math.round(100 * r.n / max)}%;background:${TYPE_COLOURS[r.type] || "#777"}` }),
    h("span", { class: "small" }, String(r.n))))));
  view.append(h("h3", {}, "How publication dates were found"),
    h("ul", {}, st.articles_by_published_how.map((r) => h("li", {}, `${r.how}: ${r.n}`))));
}

async function render() {
  const view = clear(document.getElementById("view"));
  document.body.dataset.ready = "";
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/");
  const arg = parts.length > 1 ? decodeURIComponent(parts.slice(1).join("/")) : "";
  try {
    if (parts[0] === "event" && arg) await eventView(view, arg);
    else if (parts[0] === "article" && arg) await articleView(view, arg, params);
    else if (parts[0] === "actor" && arg) await actorView(view, arg);
    else if (parts[0] === "actors") await actorsView(view, params);
    else if (parts[0] === "articles") await articlesView(view, params);
    else if (parts[0] === "stats") await statsView(view);
    else if (parts[0] === "stories") await storiesView(view);
    else await eventsView(view, params);
    document.body.dataset.ready = hash || "/";
    status("");
  } catch (err) {
    status(err.message, true);
    view.append(h("p", { class: "error" }, err.status === 503 ? err.message : `Could not load this view: ${err.message}`));
    document.body.dataset.ready = "error";
  }
}

window.addEventListener("hashchange", render);
window.addEventListener("DOMContentLoaded", render);
