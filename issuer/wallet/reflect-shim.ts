// @peculiar/x509 loads tsyringe, which refuses to start without a Reflect metadata polyfill
// (reflect-metadata is not installed). The two functions it calls, doing nothing: x509 never
// relies on emitted decorator metadata. Imported before @peculiar/x509 in pki.ts.
const reflect = Reflect as unknown as Record<string, unknown>;
reflect.getMetadata ??= () => undefined;
reflect.defineMetadata ??= () => undefined;
reflect.hasMetadata ??= () => false;
reflect.getOwnMetadata ??= () => undefined;
reflect.metadata ??= () => () => undefined;

export {};
