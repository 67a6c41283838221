// `npm run deploy:config`: rewrites the generated part of deploy/nginx.conf (see nginxConf.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'deploy', 'nginx.conf');
const { module } = await runnerImport('/src/build/nginxConf.ts', { root, logLevel: 'error', configFile: false });
writeFileSync(file, module.withSecurityHeaders(readFileSync(file, 'utf8')));
console.info('Wrote deploy/nginx.conf');
