// If-None-Match, read by the Worker itself (PROFILE §7: GET answers it with 304). Handing the
// raw header to R2 made any malformed value (`abc`, `W/`, `"abc`, `"a" "b"`, even an empty one)
// throw out of the storage read, i.e. a 500 logged as an internal error. Here a value that is not
// RFC 9110's syntax is ignored, as if the header were absent (RFC 9110 §13.1.2 lets a server
// ignore a condition it cannot evaluate), and only the stored object's own ETag decides.

/** `*`, or the opaque tags listed (quotes kept, `W/` dropped: weak comparison ignores it). */
export type IfNoneMatch = { any: true } | { any: false; tags: string[] };

/**
 * entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE; etagc = %x21 / %x23-7E / obs-text (RFC 9110 §8.8.3).
 * A tag in a list is followed by OWS and then a comma or the end.
 */
const ENTITY_TAG = /^(?:W\/)?("[\x21\x23-\x7e\x80-\xff]*")/;
const OWS = /^[ \t]*/;

/**
 * Parses `"*" / #entity-tag` (RFC 9110 §13.1.2), accepting the empty list elements that §5.6.1.2
 * says a recipient MUST accept. Returns null for a value that does not parse: the caller then
 * answers as if there were no header.
 */
export function parseIfNoneMatch(value: string): IfNoneMatch | null {
  const trimmed = value.replace(/^[ \t]+|[ \t]+$/g, '');
  if (trimmed === '*') return { any: true };
  const tags: string[] = [];
  let rest = trimmed;
  while (rest.length > 0) {
    if (rest.startsWith(',')) {
      rest = rest.slice(1).replace(OWS, '');
      continue;
    }
    const tag = ENTITY_TAG.exec(rest);
    if (!tag?.[1]) return null;
    tags.push(tag[1]);
    rest = rest.slice(tag[0].length).replace(OWS, '');
    // After a tag only a separator or the end may follow (`"a" "b"` is two tags without one).
    if (rest.length > 0 && !rest.startsWith(',')) return null;
  }
  return { any: false, tags };
}

/**
 * True when the condition is false, i.e. the answer is 304 (RFC 9110 §13.1.2): `*` and the
 * object exists, or a listed tag equals its ETag by weak comparison (§8.8.3.2: opaque tags
 * equal, either or both may be weak). `storedEtag` is the quoted ETag the GET answer carries.
 */
export function notModified(condition: IfNoneMatch | null, storedEtag: string): boolean {
  if (!condition) return false;
  if (condition.any) return true;
  const stored = storedEtag.startsWith('W/') ? storedEtag.slice(2) : storedEtag;
  return condition.tags.includes(stored);
}
