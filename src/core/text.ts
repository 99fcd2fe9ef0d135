/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) make text display
 * in another order than it is written: a name that reads as someone else's, a reversed word in a
 * line. Shown text never carries them; the browser's own `dir="auto"` still lays out Arabic or
 * Hebrew correctly without them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
