// The nginx configuration a county deploys with: its header lines are the ones the build uses, and
// it has the single listen and root lines that the README (and tests/deploy/nginx.sh) point to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSecurityHeaders } from '../src/build/nginxConf';
import { securityHeaders } from '../src/build/securityHeaders';

const conf = readFileSync('deploy/nginx.conf', 'utf8');

describe('deploy/nginx.conf', () => {
  it('carries the security headers of src/build/securityHeaders.ts (else run npm run deploy:config)', () => {
    expect(conf).toBe(withSecurityHeaders(conf));
    for (const [name, value] of securityHeaders) expect(conf).toContain(`add_header ${name} "${value}" always;`);
  });

  it('adds headers only at the server level, where nginx keeps them for every location', () => {
    const locations = [...conf.matchAll(/location [^{]+\{([^}]*)\}/g)].map((match) => match[1]);
    expect(locations.length).toBeGreaterThan(0);
    for (const body of locations) expect(body).not.toContain('add_header');
  });

  it('has one listen line on 8080 and one root line', () => {
    expect(conf.match(/^\s*listen\b.*$/gm)).toEqual(['  listen 8080;']);
    expect(conf.match(/^\s*root\b.*$/gm)).toEqual(['  root /usr/share/nginx/html;']);
  });
});
