/**
 * The functions with the most self time in a V8 CPU profile (`node --cpu-prof`), for the bench
 * to print next to a missed goal. Self time of a node is its samples × the mean sampling interval.
 */

export interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
}

export interface SelfTime {
  /** `name (file:line)`, with the file shortened to what follows node_modules/ or the project. */
  readonly where: string;
  readonly ms: number;
  /** Share of all samples, idle included. */
  readonly share: number;
}

const shortUrl = (url: string): string => {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const project = /\/(src|tools|tests)\/.*$/.exec(url);
  return project ? project[0].slice(1) : url.replace(/^file:\/\//, '');
};

type Frame = CpuProfileNode['callFrame'];

const functionOf = (frame: Frame): string => {
  const name = frame.functionName || '(anonymous)';
  return frame.url ? `${name} (${shortUrl(frame.url)}:${frame.lineNumber + 1})` : name;
};

/**
 * Where a function lives: its npm package, the project folder (src/core, src/server, …), WebAssembly,
 * or, for native and V8 frames (GC, idle, fs calls), its own name.
 */
export function placeOf(frame: Frame): string {
  const { url } = frame;
  if (!url) return frame.functionName || '(native)';
  if (url.startsWith('wasm://')) return '(WebAssembly)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  const project = /\/(src\/[^/]+|tools|tests)\//.exec(url);
  if (project?.[1]) return project[1];
  return url.startsWith('node:') ? 'node (built-in modules)' : shortUrl(url);
}

/** Self time summed by a key of each sampled frame, most first. */
function selfTimeBy(profile: CpuProfile, keyOf: (frame: Frame) => string, n: number): SelfTime[] {
  const total = profile.samples.length;
  if (total === 0) return [];
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / total;
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) continue;
    const key = keyOf(frame);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([where, samples]) => ({ where, ms: samples * msPerSample, share: samples / total }));
}

export const topSelfTime = (profile: CpuProfile, n = 12): SelfTime[] => selfTimeBy(profile, functionOf, n);
/** The same by package or folder: which part of the server the time goes to. */
export const selfTimeByPlace = (profile: CpuProfile, n = 12): SelfTime[] => selfTimeBy(profile, placeOf, n);
