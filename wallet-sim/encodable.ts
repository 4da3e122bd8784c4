// A value decoded by the strict mdoc reader, made encodable again: tag-24 items keep their
// content bytes exactly (the encoder writes tag head, bstr head and content as they were), so
// digests and signatures over them still hold after a wallet re-assembles a Document from parts.
import { Tagged } from '../core/cbor/decode';
import type { Encodable } from '../core/cbor/encode';
import { EmbeddedCbor } from '../core/mdoc/cbor';

export function toEncodable(v: unknown): Encodable {
  if (v instanceof EmbeddedCbor) return new Tagged(24, v.value as Uint8Array);
  if (v instanceof Tagged) return new Tagged(v.tag, toEncodable(v.value) as never);
  if (Array.isArray(v)) return v.map(toEncodable);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, toEncodable(x)]));
  return v as Encodable;
}
