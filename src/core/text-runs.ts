/**
 * A compiled story with fewer items for ink to step through, for a walk that only reads what
 * the text adds up to (core/wordless.ts): each run of text in its containers joined into one
 * item, and each string section of one fixed text made the text alone. ink takes one step per item,
 * and for each text it shows it looks back over everything the passage has shown so far: a
 * line of five items costs five steps and five look-backs, one item costs one.
 *
 * Compiled ink addresses items by their index in a container (a divert to `.^.^.7`, to
 * `knot.0.6`), so every path is moved along with the items, and a run is split where a path
 * points into it. A path this cannot follow leaves the whole story as it was (null). A shuffle's
 * container keeps its path, from which ink draws.
 */

type Node = unknown;
type Json = Node[];

/** The keys whose value is a path into the story (diverts, choice targets, read counts, divert targets as values). */
const PATH_KEYS = ['->', 'f()', '->t->', '^->', '*', 'CNT?'] as const;

const isObject = (node: Node): node is Record<string, Node> => !!node && typeof node === 'object' && !Array.isArray(node);
// A container's last item is its named content and flags (or null); the items before it are its content.
const itemCount = (container: Json): number => container.length - 1;

/** What becomes of an item: it stays, it joins the text before it, or it goes. */
export type ItemFate = 'keep' | 'join' | 'drop';

/**
 * `root` is the story's root container; `joinable(container, index)` says whether that item is
 * text that may be joined to its neighbours (what it shows is the same one item or several).
 */
export function joinTextRuns(root: Json, joinable: (container: Json, index: number) => boolean): Json | null {
  return rewriteItems(root, (container, targets) =>
    Array.from({ length: itemCount(container) }, (_, index) => (index > 0 && joinable(container, index) && joinable(container, index - 1) && !targets.has(index) ? 'join' : 'keep')),
  );
}

/**
 * Each string section of one fixed text (`"str", "^text", "/str"`) as the text alone. A section
 * is made in evaluation mode, where a text on its own goes onto the evaluation stack as it is;
 * the section takes ink three steps, and at its end ink looks back over the output for where it
 * began and builds the same string again. A choice's text is made this way at every decision
 * point. A text with a line break stays in its section: ink would split the line there.
 */
export function withFixedStringsAsValues(root: Json): Json | null {
  const fixed = (item: Node): boolean => typeof item === 'string' && item.startsWith('^') && !item.includes('\n');
  return rewriteItems(root, (container, targets) => {
    const fates: ItemFate[] = Array.from({ length: itemCount(container) }, () => 'keep');
    for (let index = 0; index + 2 < itemCount(container); index++) {
      const section = container[index] === 'str' && fixed(container[index + 1]) && container[index + 2] === '/str';
      if (section && ![index, index + 1, index + 2].some((at) => targets.has(at))) {
        fates[index] = 'drop';
        fates[index + 2] = 'drop';
        index += 2;
      }
    }
    return fates;
  });
}

/**
 * The story with each container's items rewritten as `plan` says, every path moved along with
 * them, or null when a path cannot be followed. `plan` sees the indices paths point to in the
 * container: an item a path points to must stay where it starts.
 */
function rewriteItems(root: Json, plan: (container: Json, targets: ReadonlySet<number>) => readonly ItemFate[]): Json | null {
  const parents = new Map<Json, Json>();
  const containers: Json[] = [];
  const collect = (container: Json): void => {
    containers.push(container);
    const children = [...container.slice(0, -1), ...Object.values(isObject(container.at(-1)) ? (container.at(-1) as Record<string, Node>) : {})];
    for (const child of children) {
      if (Array.isArray(child)) {
        parents.set(child, container);
        collect(child);
      }
    }
  };
  collect(root);

  // The path as written again with each index `seen` gives back, or false when it cannot be followed.
  const follow = (path: string, from: Json, seen: (container: Json, index: number) => number | undefined): string | false => {
    const relative = path.startsWith('.');
    const parts = relative ? path.split('.').slice(1) : path.split('.');
    // A relative path starts at the container holding the object it is written in.
    if (relative && parts.shift() !== '^') return false;
    let at: Json = relative ? from : root;
    const out: string[] = relative ? ['', '^'] : [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      const last = i === parts.length - 1;
      if (part === '^') {
        const parent = parents.get(at);
        if (!parent) return false;
        at = parent;
        out.push(part);
      } else if (/^\d+$/.test(part)) {
        const index = Number(part);
        if (index >= itemCount(at)) return false;
        const moved = seen(at, index);
        out.push(String(moved ?? index));
        const item = at[index];
        if (Array.isArray(item)) at = item;
        else if (!last) return false;
      } else {
        const named = at.at(-1);
        const child = (isObject(named) ? named[part] : undefined) ?? at.slice(0, -1).find((item) => Array.isArray(item) && isObject(item.at(-1)) && (item.at(-1) as Record<string, Node>)['#n'] === part);
        if (!Array.isArray(child)) return false;
        at = child;
        out.push(part);
      }
    }
    return out.join('.');
  };
  const pathsIn = (item: Node): string[] => (isObject(item) && item.var !== true ? PATH_KEYS.flatMap((key) => (typeof item[key] === 'string' ? [key] : [])) : []);

  // Every item a path points to stays where it starts: a run of text is split there.
  const targets = new Map<Json, Set<number>>();
  for (const container of containers) {
    for (const item of container.slice(0, -1)) {
      for (const key of pathsIn(item)) {
        const path = (item as Record<string, string>)[key] as string;
        if (key === '^->' && path.startsWith('.')) return null;
        const followed = follow(path, container, (at, index) => {
          const known = targets.get(at) ?? new Set<number>();
          known.add(index);
          targets.set(at, known);
          return undefined;
        });
        if (followed === false) return null;
      }
    }
  }

  // A shuffle (`{~a|b}`) draws from its container's path, with indices in it: a container
  // holding one stays where it is, so every item before it on the way down stays too.
  const pinned = new Map<Json, number>();
  for (const container of containers) {
    if (!container.slice(0, -1).includes('seq')) continue;
    for (let child = container, parent = parents.get(child); parent; child = parent, parent = parents.get(parent)) {
      const index = parent.indexOf(child);
      if (index >= 0 && index < itemCount(parent)) pinned.set(parent, Math.max(index, pinned.get(parent) ?? -1));
    }
  }

  // What becomes of each item of each container, and where it moves to.
  const fates = new Map<Json, readonly ItemFate[]>();
  const moves = new Map<Json, number[]>();
  for (const container of containers) {
    const pin = pinned.get(container) ?? -1;
    const fate = plan(container, targets.get(container) ?? new Set()).map((planned, index) => (index <= pin ? 'keep' : planned));
    const to: number[] = [];
    let next = -1;
    for (let index = 0; index < itemCount(container); index++) {
      if (fate[index] === 'keep') next++;
      // A dropped item is never a target, so where it would be is only for the items after it.
      to.push(fate[index] === 'drop' ? next + 1 : next);
    }
    fates.set(container, fate);
    moves.set(container, to);
  }

  const rebuild = (container: Json): Json => {
    const fate = fates.get(container) as readonly ItemFate[];
    const out: Node[] = [];
    for (let index = 0; index < itemCount(container); index++) {
      const item = container[index];
      if (fate[index] === 'drop') continue;
      if (fate[index] === 'join') out[out.length - 1] = `${out[out.length - 1] as string}${textOf(item)}`;
      else if (fate[index + 1] === 'join') out.push(`^${textOf(item)}`);
      else out.push(Array.isArray(item) ? rebuild(item) : withPathsMoved(item, container));
    }
    const named = container.at(-1);
    out.push(isObject(named) ? Object.fromEntries(Object.entries(named).map(([key, value]) => [key, Array.isArray(value) ? rebuild(value) : value])) : named);
    return out;
  };
  const withPathsMoved = (item: Node, container: Json): Node => {
    const keys = pathsIn(item);
    if (!keys.length) return item;
    const moved = { ...(item as Record<string, Node>) };
    for (const key of keys) moved[key] = follow(moved[key] as string, container, (at, index) => moves.get(at)?.[index]);
    return moved;
  };
  return rebuild(root);
}

/** What a joinable item shows: a text's words, or nothing for a no-op. */
function textOf(item: Node): string {
  return typeof item === 'string' && item.startsWith('^') ? item.slice(1) : '';
}
