// The operations console. Everything shown comes from /api/*; text is set with textContent only,
// so an event payload can never become markup.
"use strict";

const FEED_ROWS = 300;
const OVERVIEW_EVERY_MS = 3000;

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

async function refreshOverview() {
  try {
    const response = await fetch("/api/overview");
    if (signedOut(response)) return;
    if (response.ok) showOverview(await response.json());
  } finally {
    setTimeout(refreshOverview, OVERVIEW_EVERY_MS);
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
  refreshOverview();
}

document.addEventListener("DOMContentLoaded", start);
