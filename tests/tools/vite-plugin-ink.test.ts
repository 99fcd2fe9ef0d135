import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { StoryManifestSchema } from '../../src/core/story-manifest';
import { portraitFile } from '../../tools/portrait-files';
import { buildErrors, buildStories } from '../../tools/stories-build';
import { inkStories } from '../../tools/vite-plugin-ink';
import { fixturePath } from '../stories/fixture';

type Hook = (this: unknown, id: string) => unknown;

function plugin(dir: string, command: 'build' | 'serve' = 'build') {
  const outDir = mkdtempSync(join(tmpdir(), 'pitchless-stories-'));
  const portraitDir = mkdtempSync(join(tmpdir(), 'pitchless-portraits-'));
  const p = inkStories({ dir, outDir, portraitDir });
  (p.configResolved as (c: { root: string; command: string }) => void)({ root: resolve(__dirname, '../..'), command });
  const context = { addWatchFile: () => {}, warn: () => {} };
  const load = (id: string): unknown => (p.load as Hook).call(context, id);
  const catalogue = (): unknown => load((p.resolveId as Hook).call({}, 'virtual:stories') as string);
  return { load, catalogue, outDir, portraitDir };
}

describe('story build', () => {
  it('names each compiled story by a hash of its content', () => {
    const build = buildStories([fixturePath('tiny-deal')]);
    const [entry] = build.manifest.stories;
    expect(entry).toMatchObject({ id: 'tiny-deal', version: 1 });
    expect(entry?.file).toMatch(/^tiny-deal\.[0-9a-f]{16}\.json$/);
    const json = build.files.get(entry?.file ?? '') ?? '';
    expect((JSON.parse(json) as { inkVersion: number }).inkVersion).toBeGreaterThan(0);
    expect(buildStories([fixturePath('tiny-deal')]).manifest.stories[0]?.file).toBe(entry?.file);
  });

  it('reports a broken story with its file name and line, and builds nothing for it', () => {
    const build = buildStories([fixturePath('missing-divert')]);
    expect(build.manifest.stories).toEqual([]);
    expect(buildErrors(build).join('\n')).toContain("missing-divert.ink:13: Divert target not found: '-> nowhere_to_go'");
  });
});

describe('ink Vite plugin', () => {
  it('fails the catalogue when any story is broken, naming it', () => {
    const { catalogue, outDir } = plugin('tests/stories/fixtures');
    expect(() => catalogue()).toThrow(/(dead-end\.ink:1|missing-divert\.ink:13|divert-loop\.ink:18): /);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('under npm start keeps the sound stories playable and hands the problems to every tab', () => {
    const { catalogue, outDir } = plugin('tests/stories/fixtures', 'serve');
    const code = catalogue() as string;
    const problems = JSON.parse(/export const storyProblems = (.*);\n$/.exec(code)?.[1] ?? 'null') as { message: string; loc: { line: number } } | null;
    expect(problems?.message).toMatch(/missing-divert\.ink:13: Divert target not found/);
    expect(problems?.loc.line).toBeGreaterThan(0);
    const manifest = v.parse(StoryManifestSchema, JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
    expect(manifest.stories.map((s) => s.id)).toContain('tiny-deal');
    expect(manifest.stories.map((s) => s.id)).not.toContain('missing-divert');
    expect(code).toContain('"id":"tiny-deal"');
  });

  it('writes the manifest and story files, and loads each story from its own file', () => {
    const { catalogue, outDir } = plugin('stories');
    const code = catalogue() as string;
    const manifest = v.parse(StoryManifestSchema, JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
    expect(manifest.stories.length).toBeGreaterThan(10);
    for (const { file } of manifest.stories) {
      expect(readdirSync(outDir)).toContain(file);
      expect(code).toContain(`${file}?raw`);
    }
  });

  it("names each buyer's portrait file, drawn at build time, by buyer id, never inlined", () => {
    const { catalogue, outDir, portraitDir } = plugin('stories');
    const code = catalogue() as string;
    const manifest = v.parse(StoryManifestSchema, JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
    const written = readdirSync(portraitDir);
    for (const { header } of manifest.stories) {
      for (const buyer of header.buyers) {
        const { file, svg } = portraitFile(buyer);
        expect(written).toContain(file);
        expect(readFileSync(join(portraitDir, file), 'utf8')).toBe(svg);
        expect(code).toMatch(new RegExp(`import (portrait\\d+) from "[^"]*/${file.replace(/\./g, '\\.')}\\?url&no-inline";`));
      }
    }
    const first = manifest.stories[0]?.header.buyers[0];
    expect(code).toContain(`"${first?.id}": portrait0`);
  });

  it('ignores other modules', () => {
    const { load } = plugin('tests/stories/fixtures');
    expect(load('/src/app/main.ts')).toBeNull();
  });
});
