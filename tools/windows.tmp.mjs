import fs from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const p = JSON.parse(fs.readFileSync(process.argv[2]));
const maps = new Map();
const mapFor = (url) => { const f = url.split('/').pop(); if (!f.endsWith('.js')) return null; if (!maps.has(f)) { try { maps.set(f, new TraceMap(fs.readFileSync('/work/main/dist/assets/' + f + '.map', 'utf8'))); } catch { maps.set(f, null); } } return maps.get(f); };
const by = new Map(p.nodes.map(n => [n.id, n])); const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = new Map();
const keyOf = (n) => { if (name.has(n.id)) return name.get(n.id); const cf = n.callFrame; let key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`; const m = cf.url && mapFor(cf.url); if (m) { const o = originalPositionFor(m, { line: cf.lineNumber + 1, column: cf.columnNumber }); if (o.source) key = `${o.name ?? cf.functionName} ${o.source.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/src\//, 'src/')}:${o.line}`; } name.set(n.id, key); return key; };
// windows: busy stretches separated by >= 100ms of idle
let t = 0; const wins = []; let cur = null; let lastBusy = -1e9;
for (let i = 0; i < p.samples.length; i++) { t += p.timeDeltas[i]; const n = by.get(p.samples[i]); const idle = n.callFrame.functionName === '(idle)';
  if (idle) continue; if (t - lastBusy > 100000 || !cur) { cur = { start: t, samples: [] }; wins.push(cur); } lastBusy = t; cur.samples.push([p.samples[i], (p.timeDeltas[i + 1] ?? 0) / 1000]); }
const pick = process.argv[3] ? process.argv[3].split(',').map(Number) : [0, 1, wins.length - 2, wins.length - 1];
console.log('windows', wins.length, wins.map(w => w.samples.reduce((a, s) => a + s[1], 0).toFixed(0)).join(' '));
for (const wi of pick) { const w = wins[wi]; if (!w) continue; const incl = new Map(); let tot = 0;
  for (const [id0, dt] of w.samples) { tot += dt; let id = id0; const seen = new Set(); while (id !== undefined) { const k = keyOf(by.get(id)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } id = parent.get(id); } }
  console.log(`== window ${wi} busy ${tot.toFixed(1)} ms`); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 28)) if (!/\(root\)|nm\/lit/.test(k)) console.log(v.toFixed(1).padStart(7), k); }
