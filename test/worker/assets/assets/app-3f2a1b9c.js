// A hashed script of the fixture app (test/worker/index.test.ts checks its caching is left alone).
export const fixture = true;
