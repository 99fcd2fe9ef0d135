import fs from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const p = JSON.parse(fs.readFileSync(process.argv[2]));
const maps = new Map();
const mapFor = (url) => { const f = url.split('/').pop(); if (!f.endsWith('.js')) return null; if (!maps.has(f)) { try { maps.set(f, new TraceMap(fs.readFileSync('/work/main/dist/assets/' + f + '.map', 'utf8'))); } catch { maps.set(f, null); } } return maps.get(f); };
const by = new Map(p.nodes.map(n => [n.id, n])); const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = new Map();
const keyOf = (n) => { if (name.has(n.id)) return name.get(n.id); const cf = n.callFrame; let key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`; const m = cf.url && mapFor(cf.url); if (m) { const o = originalPositionFor(m, { line: cf.lineNumber + 1, column: cf.columnNumber }); if (o.source) key = `${o.name ?? cf.functionName} ${o.source.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/src\//, 'src/')}:${o.line}`; } name.set(n.id, key); return key; };
const incl = new Map();
for (let i = 0; i < p.samples.length; i++) { const dt = (p.timeDeltas[i + 1] ?? 0) / 1000; let id = p.samples[i]; const seen = new Set(); if (by.get(id).callFrame.functionName === '(idle)') continue;
  while (id !== undefined) { const k = keyOf(by.get(id)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } id = parent.get(id); } }
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 60))) if (!/nm\/|\(root\)/.test(k)) console.log(v.toFixed(1).padStart(7), k);
