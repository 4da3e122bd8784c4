// The strict base64 decoder checks the rules of PROFILE §2 first, then walks a two-character table
// into pooled bytes. This property compares it with an independent decoder that checks every rule
// as it decodes (base64-reference.ts), on texts made of valid, invalid and padding characters;
// also the path for text a caller has already seen to be base64url characters only.
import fc from 'fast-check';
import { expect } from 'vitest';
import { decodeBase64Strict } from '../../core/bytes';
import { referenceBase64 } from './base64-reference';

export function strictBase64AgreesWithReference(numRuns = 20_000): void {
  const chars = [...'ABQgwz09+/-_=', ' ', '.', '\n', 'あ'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 14 }), (cs) => {
      const text = cs.join('');
      expect(decodeBase64Strict(text)).toEqual(referenceBase64(text));
      if (/^[A-Za-z0-9_-]*$/.test(text))
        expect(decodeBase64Strict(text, true)).toEqual(referenceBase64(text));
    }),
    { numRuns },
  );
  // And long genuine texts, as credentials are.
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 300, maxLength: 1700 }), (bytes) => {
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      const std = btoa(text);
      for (const t of [std, std.replace(/=+$/, ''), std.replaceAll('+', '-').replaceAll('/', '_')]) {
        expect(decodeBase64Strict(t)).toEqual(bytes);
        expect(referenceBase64(t)).toEqual(bytes);
      }
      const url = std.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_');
      expect(decodeBase64Strict(url, true)).toEqual(bytes);
    }),
    { numRuns: 200 },
  );
}
