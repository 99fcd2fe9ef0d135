import { describe, expect, it } from 'vitest';
import { loadChunk } from '../../src/app/chunks';

describe('loadChunk', () => {
  it('tries again when a download fails, and gives the part once it arrives', async () => {
    let tries = 0;
    const part = await loadChunk(async () => {
      tries++;
      if (tries < 3) throw new TypeError('Failed to fetch dynamically imported module');
      return 'stage';
    }, 3, 0);
    expect(part).toBe('stage');
    expect(tries).toBe(3);
  });

  it('gives up after its retries with the last error', async () => {
    let tries = 0;
    await expect(loadChunk(async () => {
      tries++;
      throw new TypeError('offline');
    }, 2, 0)).rejects.toThrow('offline');
    expect(tries).toBe(3);
  });
});
