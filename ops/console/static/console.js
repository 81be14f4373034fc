// The operations console. Everything shown comes from /api/*; text is set with textContent only,
// so an event payload can never become markup.
"use strict";

const FEED_ROWS = 300;
const OVERVIEW_EVERY_MS = 3000;
const TRENDS_EVERY_MS = 30000;
const SVG = "http://www.w3.org/2000/svg";
const SWATCHES = 6;

const $ = (id) => document.getElementById(id);

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text === null || text === undefined ? "" : String(text);
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function signedOut(response) {
  if (response.status === 401) {
    window.location.assign("/login");
    return true;
  }
  return false;
}

// ----------------------------------------------------------------------------- live feed

let source = null;

function feedQuery() {
  const form = new FormData($("filters"));
  const query = new URLSearchParams();
  for (const pattern of String(form.get("type") || "").split(",")) {
    if (pattern.trim()) query.append("type", pattern.trim());
  }
  for (const name of ["partnership", "service", "topic", "last"]) {
    const value = String(form.get(name) || "").trim();
    if (value) query.append(name, value);
  }
  return query.toString();
}

function setStatus(text) {
  const status = $("feed-status");
  status.textContent = text;
  status.dataset.state = text;
}

function showRecord(record) {
  const row = document.createElement("tr");
  row.dataset.type = record.type || "";
  row.dataset.subject = record.subject || record.key || "";
  if (record.dead_letter) row.className = "dead-letter";
  cell(row, (record.time || "").replace("T", " ").slice(0, 23));
  cell(row, `${record.topic}[${record.partition}]@${record.offset}`);
  cell(row, record.dead_letter ? `${record.type} (dead letter: ${record.dead_letter.reason})` : record.type);
  const subject = cell(row, record.subject || record.key, "link");
  subject.title = "show its timeline";
  subject.addEventListener("click", () => showTimeline(subject.textContent));
  cell(row, record.source);
  cell(row, record.correlationid);
  const feed = $("feed");
  feed.insertBefore(row, feed.firstChild);
  while (feed.childElementCount > FEED_ROWS) feed.removeChild(feed.lastChild);
}

function connect() {
  if (source) source.close();
  $("feed").replaceChildren();
  setStatus("connecting");
  source = new EventSource(`/api/stream?${feedQuery()}`);
  source.addEventListener("ready", () => setStatus("live"));
  source.addEventListener("record", (message) => showRecord(JSON.parse(message.data)));
  source.onerror = async () => {
    setStatus("reconnecting");
    // EventSource hides the status code; ask whether the session has ended.
    signedOut(await fetch("/api/me"));
  };
}

// ----------------------------------------------------------------------------- figures

function fill(tbody, rows) {
  tbody.replaceChildren(...rows);
}

function percent(rate) {
  return rate === null || rate === undefined ? "no attempts" : `${(rate * 100).toFixed(1)} %`;
}

function ms(value) {
  return value === null || value === undefined ? "–" : `${Math.round(value)} ms`;
}

function showOverview(data) {
  const alerts = (data.alerts && data.alerts.groups) || {};
  $("lag-error").textContent = data.lag.error || "";
  fill($("lag"), (data.lag.groups || []).map((group) => {
    const row = document.createElement("tr");
    row.dataset.group = group.group;
    cell(row, group.group);
    cell(row, group.lag, "number");
    const alert = group.group in alerts ? (alerts[group.group] ? "ALERT" : "ok") : "–";
    cell(row, alert, alert === "ALERT" ? "alert" : "");
    return row;
  }));
  $("dlq-error").textContent = data.dlq.error || "";
  fill($("dlq"), (data.dlq.topics || []).map((topic) => {
    const row = document.createElement("tr");
    row.dataset.topic = topic.topic;
    cell(row, topic.topic);
    cell(row, topic.depth, "number");
    return row;
  }));
  const hooks = data.webhooks;
  $("webhooks-error").textContent = hooks.error || "";
  if (!hooks.error) {
    $("webhook-success").textContent = percent(hooks.success_rate);
    $("webhook-attempts").textContent = Object.entries(hooks.attempts)
      .map(([outcome, count]) => `${outcome} ${count}`).join(", ");
    $("webhook-latency").textContent = `${ms(hooks.latency_p50_ms)} / ${ms(hooks.latency_p99_ms)}`;
    $("webhook-deliveries").textContent = `${hooks.open_deliveries} / ${hooks.dead_deliveries}`;
  }
  const supervised = data.processes || {};
  $("processes-error").textContent = supervised.error || "";
  fill($("processes"), (supervised.processes || []).map((process) => {
    const row = document.createElement("tr");
    row.dataset.process = process.name;
    cell(row, process.name);
    const state = process.crash_looping ? "CRASH-LOOPING" : process.state;
    cell(row, state, process.crash_looping ? "alert" : "");
    cell(row, process.restarts, "number");
    row.title = process.last_exit ? `last exit: ${process.last_exit}` : "";
    return row;
  }));
  $("updated").textContent = new Date().toLocaleTimeString();
}

// Fetch `url` now and every `ms` after, handing each good answer to `show`.
async function poll(url, ms, show) {
  try {
    const response = await fetch(url);
    if (signedOut(response)) return;
    if (response.ok) show(await response.json());
  } finally {
    setTimeout(() => poll(url, ms, show), ms);
  }
}

// ----------------------------------------------------------------------------- trends

function svgElement(name, attributes) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function shortNumber(value) {
  if (value >= 1000) return `${(value / 1000).toFixed(1)}k`;
  return value >= 10 || value === 0 ? value.toFixed(0) : value.toFixed(2);
}

// One small chart: each series a polyline over the window (a dot when it has one point), the
// vertical scale from 0 to the largest value. Drawn with DOM calls, so the strict CSP holds.
function drawChart(figure, chart, windowStart, windowEnd) {
  const width = 300;
  const height = 100;
  const values = chart.series.flatMap((series) => series.points.map((point) => point[1]));
  const top = Math.max(...values, 0) || 1;
  const x = (time) => ((time - windowStart) / (windowEnd - windowStart)) * width;
  const y = (value) => height - (value / top) * (height - 4) - 2;

  const caption = document.createElement("figcaption");
  const title = document.createElement("span");
  title.textContent = `${chart.title} (${chart.unit})`;
  const scale = document.createElement("span");
  scale.textContent = `max ${shortNumber(top)}`;
  caption.append(title, scale);

  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none", role: "img" });
  svg.setAttribute("aria-label", chart.title);
  svg.append(svgElement("line", { class: "axis", x1: 0, y1: height - 1, x2: width, y2: height - 1 }));
  const legend = document.createElement("ul");
  legend.className = "legend";
  chart.series.forEach((series, index) => {
    const swatch = `swatch-${index % SWATCHES}`;
    const points = series.points.map(([time, value]) => `${x(time).toFixed(1)},${y(value).toFixed(1)}`);
    if (points.length === 1) {
      const [cx, cy] = points[0].split(",");
      svg.append(svgElement("circle", { class: swatch, cx, cy, r: 2.5, "data-series": series.name }));
    } else if (points.length > 1) {
      svg.append(svgElement("polyline", { class: swatch, points: points.join(" "), "data-series": series.name }));
    }
    const item = document.createElement("li");
    item.className = swatch;
    const last = series.points.length ? series.points[series.points.length - 1][1] : null;
    item.textContent = last === null ? `${series.name}: no data` : `${series.name}: ${shortNumber(last)}`;
    item.dataset.series = series.name;
    legend.append(item);
  });
  const parts = [caption, svg, legend];
  if (chart.error) {
    const error = document.createElement("p");
    error.className = "error";
    error.textContent = chart.error;
    parts.push(error);
  } else if (!chart.series.length) {
    const empty = document.createElement("p");
    empty.className = "note";
    empty.textContent = "nothing in the last hour";
    parts.push(empty);
  }
  figure.dataset.series = String(chart.series.length);
  figure.replaceChildren(...parts);
}

function showTrends(data) {
  $("trends-source").textContent = data.source;
  $("trends-source").dataset.source = data.source;
  $("trends-note").textContent = data.note || "";
  for (const chart of data.charts) {
    const figure = $(`trend-${chart.id}`);
    if (figure) drawChart(figure, chart, data.now - data.window_seconds, data.now);
  }
}

// ----------------------------------------------------------------------------- timeline

async function showTimeline(partnershipId) {
  $("timeline-form").elements.partnership.value = partnershipId;
  $("timeline-error").textContent = "";
  $("timeline").replaceChildren();
  const response = await fetch(`/api/timeline/${encodeURIComponent(partnershipId)}`);
  if (signedOut(response)) return;
  const body = await response.json();
  if (!response.ok) {
    $("timeline-error").textContent = body.detail || body.title;
    return;
  }
  $("timeline-error").textContent = body.warnings.join("; ");
  fill($("timeline"), body.entries.map((entry) => {
    const row = document.createElement("tr");
    row.dataset.origin = entry.origin;
    row.dataset.kind = entry.kind;
    cell(row, entry.time.replace("T", " ").slice(0, 23));
    cell(row, entry.origin);
    cell(row, entry.kind);
    cell(row, entry.summary);
    return row;
  }));
}

// ----------------------------------------------------------------------------- start

async function start() {
  const me = await fetch("/api/me");
  if (signedOut(me)) return;
  const who = await me.json();
  $("who").textContent = `${who.client_id} (${who.roles.join(", ")})`;
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    connect();
  });
  $("timeline-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showTimeline(String(new FormData(event.target).get("partnership")).trim());
  });
  connect();
  poll("/api/overview", OVERVIEW_EVERY_MS, showOverview);
  poll("/api/trends", TRENDS_EVERY_MS, showTrends);
}

document.addEventListener("DOMContentLoaded", start);
