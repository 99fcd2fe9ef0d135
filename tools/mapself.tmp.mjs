// self time by original source location (function granularity: file + enclosing name)
import fs from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const p = JSON.parse(fs.readFileSync(process.argv[2]));
const maps = new Map();
const mapFor = (url) => { const f = url.split('/').pop(); if (!f.endsWith('.js')) return null; if (!maps.has(f)) { try { maps.set(f, new TraceMap(fs.readFileSync('/work/main/dist/assets/' + f + '.map', 'utf8'))); } catch { maps.set(f, null); } } return maps.get(f); };
const by = new Map(p.nodes.map(n => [n.id, n]));
const self = new Map(); const byFile = new Map();
for (let i = 0; i < p.samples.length; i++) { const n = by.get(p.samples[i]); const cf = n.callFrame; const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
  let key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`; let file = cf.url.split('/').pop() || cf.functionName;
  const m = cf.url && mapFor(cf.url);
  if (m) { const o = originalPositionFor(m, { line: cf.lineNumber + 1, column: cf.columnNumber }); if (o.source) { file = o.source.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/src\//, 'src/'); key = `${o.name ?? cf.functionName ?? '?'} ${file}:${o.line}`; file = file.replace(/(nm\/(@[^/]+\/)?[^/]+).*/, '$1'); } }
  self.set(key, (self.get(key) ?? 0) + dt); byFile.set(file, (byFile.get(file) ?? 0) + dt); }
console.log('--- by file'); for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(7), k);
console.log('--- by function'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(7), k);
