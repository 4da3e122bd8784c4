// The strict base64 decoder in Chromium: the same table walk as in Node (core/bytes.ts), against the
// reference decoder, with Chromium's own string and typed-array machinery underneath.
import { expect, it } from 'vitest';
import { strictBase64AgreesWithReference } from '../helpers/base64-differential';
import { referenceBase64 } from '../helpers/base64-reference';

it('the strict base64 decoder agrees with the reference decoder in Chromium', () => {
  expect([...(referenceBase64('-_8') ?? [])]).toEqual([0xfb, 0xff]);
  strictBase64AgreesWithReference();
});
