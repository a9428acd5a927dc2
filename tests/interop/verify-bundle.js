#!/usr/bin/env node
// verify-bundle.js - independent check of a saiguard bundle with the official
// Sigstore JS verifier (@sigstore/verify), offline, with the signer's public
// key as the only trust material (no TUF root, no transparency log).
// usage: node verify-bundle.js BUNDLE.json PUBLIC.pem  -> exit 0 verified, 1 rejected
'use strict';
const fs = require('fs');
const crypto = require('crypto');
const { bundleFromJSON } = require('@sigstore/bundle');
const { Verifier, toSignedEntity, toTrustMaterial } = require('@sigstore/verify');

const [bundlePath, keyPath] = process.argv.slice(2);
if (!bundlePath || !keyPath) {
  console.error('usage: verify-bundle.js BUNDLE.json PUBLIC.pem');
  process.exit(2);
}
const publicKey = crypto.createPublicKey(fs.readFileSync(keyPath));
const root = { certificateAuthorities: [], timestampAuthorities: [], tlogs: [], ctlogs: [] };
// Any hint resolves to the given key: the key itself is what we trust.
const trust = toTrustMaterial(root, () => ({ publicKey, validFor: () => true }));
const verifier = new Verifier(trust, { tlogThreshold: 0, timestampThreshold: 0, ctlogThreshold: 0 });
try {
  const bundle = bundleFromJSON(JSON.parse(fs.readFileSync(bundlePath, 'utf8')));
  verifier.verify(toSignedEntity(bundle));
  console.log('verified by @sigstore/verify');
} catch (e) {
  console.log(`rejected by @sigstore/verify: ${e.code || e.name}: ${e.message}`);
  process.exit(1);
}
