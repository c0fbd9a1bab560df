// Reads a Chromium trace (measure-browser.mjs, `--trace`) and says what the longest main-thread
// tasks were made of: the timeline events inside each (parse HTML, evaluate which script, style,
// layout...) and, from the sampling profiler, the functions and scripts with the most self time.
// So whoever makes the page lighter knows which island or chunk to defer or split.
import fs from 'node:fs';

/**
 * The page's renderer main thread: the CrRendererMain thread that parsed an http(s) document
 * (headless Chromium has other renderers too, e.g. its own WebUI), the busiest if several.
 */
function mainThread(events) {
  const mains = new Set();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
  const pages = new Set();
  for (const e of events) if (e.name === 'ParseHTML' && /^https?:/.test(e.args?.beginData?.url ?? e.args?.data?.url ?? '')) pages.add(`${e.pid}:${e.tid}`);
  const busy = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'RunTask' && e.ph === 'X' && mains.has(key) && pages.has(key)) busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  return [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** CPU profile samples (timestamp in trace microseconds, call frame) from ProfileChunk events. */
function samples(events, pid) {
  const nodes = new Map();
  const out = [];
  const byId = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') byId.set(e.id, { time: e.args.data.startTime });
    if (e.name !== 'ProfileChunk') continue;
    const state = byId.get(e.id) ?? { time: e.ts };
    byId.set(e.id, state);
    const profile = e.args.data.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) nodes.set(node.id, node);
    const deltas = e.args.data.timeDeltas ?? [];
    (profile.samples ?? []).forEach((nodeId, i) => {
      state.time += deltas[i] ?? 0;
      out.push({ ts: state.time, node: nodes.get(nodeId) });
    });
  }
  return out;
}

const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, '') : '(native)');

/** The `count` longest tasks of the page's main thread, each broken down. */
export function analyseTrace(file, count = 3) {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const key = mainThread(events);
  if (!key) return [];
  const [pid, tid] = key.split(':').map(Number);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur).slice(0, count);
  const allSamples = samples(events, pid);
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    // Top-level pieces of the task by kind, with the script they ran where the event says.
    const pieces = new Map();
    for (const e of inside) {
      if (!['ParseHTML', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'MajorGC', 'MinorGC', 'v8.evaluateModule', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'HTMLDocumentParser::FetchQueuedPreloads'].includes(e.name)) continue;
      const data = e.args?.data ?? e.args?.beginData ?? {};
      const label = `${e.name}${data.url ? ` ${shortUrl(data.url)}` : ''}${data.functionName ? ` ${data.functionName}` : ''}`;
      pieces.set(label, (pieces.get(label) ?? 0) + e.dur / 1000);
    }
    const within = allSamples.filter((s) => s.ts >= task.ts && s.ts <= end && s.node);
    const selfByFunction = new Map();
    const selfByScript = new Map();
    for (let i = 0; i < within.length; i++) {
      const dt = ((within[i + 1]?.ts ?? end) - within[i].ts) / 1000;
      const frame = within[i].node.callFrame;
      const fn = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + dt);
      const script = frame.url ? shortUrl(frame.url) : frame.functionName || '(native)';
      selfByScript.set(script, (selfByScript.get(script) ?? 0) + dt);
    }
    const top = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, ms: Math.round(ms) }));
    return { ms: Math.round(task.dur / 1000), pieces: top(pieces, 8), scripts: top(selfByScript, 6), functions: top(selfByFunction, 10) };
  });
}

export function printAnalysis(label, tasks) {
  console.log(`\nLongest main-thread tasks, ${label}:`);
  for (const [i, task] of tasks.entries()) {
    console.log(`  #${i + 1} ${task.ms} ms`);
    console.log(`    events:    ${task.pieces.map((p) => `${p.name} ${p.ms} ms`).join('; ') || '-'}`);
    console.log(`    scripts:   ${task.scripts.map((p) => `${p.name} ${p.ms} ms`).join('; ') || '-'}`);
    console.log(`    functions: ${task.functions.map((p) => `${p.name} ${p.ms} ms`).join('; ') || '-'}`);
  }
}
