// Keeps deploy/nginx.conf's header lines the same as src/build/securityHeaders.ts: everything
// between its BEGIN and END markers is written from there (`npm run deploy:config`).
import { securityHeaders } from './securityHeaders';

const begin = '  # BEGIN security headers';
const end = '  # END security headers';

/** The file with its generated part written afresh. */
export function withSecurityHeaders(conf: string): string {
  const start = conf.indexOf(begin);
  const stop = conf.indexOf(end);
  if (start < 0 || stop < start) throw new Error('deploy/nginx.conf has lost its security header markers');
  const lines = [
    `${begin}: written from src/build/securityHeaders.ts by \`npm run deploy:config\`; do not edit here.`,
    // nginx forgets a server's add_header lines in any location that has one of its own, so every
    // header, Cache-Control too, is added here and nowhere else.
    ...securityHeaders.map(([name, value]) => `  add_header ${name} "${value}" always;`),
    '  add_header Cache-Control $cache_control always;',
    '',
  ];
  return conf.slice(0, start) + lines.join('\n') + conf.slice(stop);
}
