// The strict base64 decoder hands checked text to the runtime's native decoder (Buffer in Node,
// Uint8Array.setFromBase64 into pooled bytes in browsers). This property compares that path with
// the pure JS decoder, which checks every rule itself, on texts made of valid, invalid and padding
// characters; also the path for text a caller has already seen to be base64url characters only.
import fc from 'fast-check';
import { expect } from 'vitest';
import { decodeBase64Js, decodeBase64Strict } from '../../core/bytes';

export function nativeBase64AgreesWithJs(numRuns = 20_000): void {
  const chars = [...'ABQgwz09+/-_=', ' ', '.', '\n', 'あ'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 14 }), (cs) => {
      const text = cs.join('');
      expect(decodeBase64Strict(text)).toEqual(decodeBase64Js(text));
      if (/^[A-Za-z0-9_-]*$/.test(text)) expect(decodeBase64Strict(text, true)).toEqual(decodeBase64Js(text));
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
        expect(decodeBase64Js(t)).toEqual(bytes);
      }
      const url = std.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_');
      expect(decodeBase64Strict(url, true)).toEqual(bytes);
    }),
    { numRuns: 200 },
  );
}
