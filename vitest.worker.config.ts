// Worker tests in workerd (@cloudflare/vitest-plugin). A test anchor key pair is made here, in
// Node: the public JWK is the Worker's ANCHOR_JWK binding, the private key (test only) signs
// trust lists inside the tests.
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

async function testAnchor() {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', pair.privateKey)).toString('base64');
  return {
    ANCHOR_JWK: JSON.stringify({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }),
    TEST_ANCHOR_PKCS8: pkcs8,
  };
}

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './test/worker/wrangler.test.jsonc' },
      miniflare: { bindings: await testAnchor() },
    }),
  ],
  test: { include: ['test/worker/**/*.test.ts'], testTimeout: 30_000 },
}));
