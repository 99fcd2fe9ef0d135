import type { VariableValue } from './transcript';

/** The story variables shown to a trainee as meters (in coach mode); other variables stay hidden. */
export const METERS = ['trust', 'patience'] as const;
export type Meter = (typeof METERS)[number];

/** The meters this story keeps, with their current values. */
export function meterReadings(variables: Readonly<Record<string, VariableValue>>): { readonly name: Meter; readonly value: number }[] {
  return METERS.flatMap((name) => {
    const value = variables[name];
    return typeof value === 'number' ? [{ name, value }] : [];
  });
}
