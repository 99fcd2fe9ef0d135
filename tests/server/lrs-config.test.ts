import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/server/config';

/** The LRS settings are checked at start, each mistake with a message saying what to set. */

const LRS = { PITCHLESS_LRS_ENDPOINT: 'https://lrs.example.com/xapi', PITCHLESS_LRS_USERNAME: 'key', PITCHLESS_LRS_PASSWORD: 'secret', PUBLIC_ORIGIN: 'https://pitchless.example.com' };

const refusal = (env: Record<string, string>): string => {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
};

describe('LRS configuration', () => {
  it('is off without PITCHLESS_LRS_ENDPOINT', () => {
    expect(readConfig({}).lrs).toBeNull();
  });

  it('takes the endpoint (as a base ending in "/"), the credentials and PUBLIC_ORIGIN as the accounts\' home page', () => {
    expect(readConfig(LRS).lrs).toEqual({ endpoint: 'https://lrs.example.com/xapi/', username: 'key', password: 'secret', homePage: 'https://pitchless.example.com' });
  });

  it('refuses what would not work, naming the variable', () => {
    expect(refusal({ ...LRS, PITCHLESS_LRS_ENDPOINT: 'lrs.example.com' })).toMatch(/PITCHLESS_LRS_ENDPOINT must be the LRS's xAPI address/);
    expect(refusal({ ...LRS, PITCHLESS_LRS_ENDPOINT: 'ftp://lrs.example.com/xapi' })).toMatch(/http\(s\) address/);
    expect(refusal({ ...LRS, PITCHLESS_LRS_ENDPOINT: 'https://key:secret@lrs.example.com/xapi' })).toMatch(/without query, fragment or credentials/);
    expect(refusal({ ...LRS, PITCHLESS_LRS_PASSWORD: '' })).toMatch(/PITCHLESS_LRS_USERNAME and PITCHLESS_LRS_PASSWORD must be set too/);
    expect(refusal({ ...LRS, PITCHLESS_LRS_USERNAME: 'a:b' })).toMatch(/cannot contain ":"/);
    expect(refusal({ ...LRS, PUBLIC_ORIGIN: '' })).toMatch(/set PUBLIC_ORIGIN too/);
    expect(refusal({ PITCHLESS_LRS_USERNAME: 'key', PITCHLESS_LRS_PASSWORD: 'secret' })).toMatch(/PITCHLESS_LRS_ENDPOINT is not/);
  });
});
