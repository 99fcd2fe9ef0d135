import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CommentCreateSchema, MemberCreateSchema } from '../../src/core/api';
import { withoutBidiControls } from '../../src/core/text';

describe('bidi controls are neutralised', () => {
  it('removes embedding, override and isolate controls, keeping right-to-left letters', () => {
    expect(withoutBidiControls('Ana \u202Egnp.exe\u202C Ruiz')).toBe('Ana gnp.exe Ruiz');
    expect(withoutBidiControls('\u2067مرحبا\u2069 Bo')).toBe('مرحبا Bo');
  });

  it('from names and comments as the API receives them', () => {
    expect(v.parse(MemberCreateSchema, { name: '\u202EAna', email: 'a@b.co' }).name).toBe('Ana');
    expect(v.parse(CommentCreateSchema, { step: 0, body: 'well \u202Ddone' }).body).toBe('well done');
    expect(v.safeParse(MemberCreateSchema, { name: '\u202E', email: 'a@b.co' }).success).toBe(false);
  });
});
