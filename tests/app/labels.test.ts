import { describe, expect, it } from 'vitest';
import type { ConceptId } from '../../src/core/concepts';
import { conceptCodes, conceptNames } from '../../src/app/views/labels';

const ids = (...n: number[]) => n.map((i) => `C${i}` as ConceptId);

describe('a card names the concepts it assesses', () => {
  it('as codes, runs of neighbours joined, in order, whatever order they came in', () => {
    expect(conceptCodes(ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13))).toBe('C1–C13');
    expect(conceptCodes(ids(9, 1, 2, 3, 4, 7, 13, 10, 11, 12))).toBe('C1–C4, C7, C9–C13');
    expect(conceptCodes(ids(3, 4, 8))).toBe('C3, C4, C8');
    expect(conceptCodes(ids(5))).toBe('C5');
    expect(conceptCodes([])).toBe('');
  });

  it('and, for a screen reader, each with its name in the reader’s language (names have commas, so items end with a semicolon)', () => {
    const en = conceptNames(ids(1, 2), 'en').split('; ');
    expect(en).toHaveLength(2);
    expect(en[0]).toMatch(/^C1 [A-Z][a-z]+/);
    expect(en[1]).toMatch(/^C2 [A-Z][a-z]+/);
    const zh = conceptNames(ids(1, 2, 3), 'zh-CN').split('；');
    expect(zh).toHaveLength(3);
    expect(zh.every((item, i) => item.startsWith(`C${i + 1} `) && !/[A-Za-z]{2}/.test(item.slice(3)))).toBe(true);
  });
});
