/**
 * npm run serve:nginx [-- <port>]: serves the last build (dist/, or THI_DUA_OUT) through Debian's
 * nginx with the shipped configuration, as a server would publish it, at http://127.0.0.1:<port>/
 * (8080 by default; under the sub-path of THI_DUA_SITE when it has one). Ctrl+C stops it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { publicAddress } from '../lib/publishing/address';
import { startNginx } from './local-nginx';

const port = Number(process.argv[2] ?? 8080);
const site = process.env.THI_DUA_OUT ?? 'dist';
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Cổng không hợp lệ: "${process.argv[2]}". Dùng: npm run serve:nginx -- 8080`);
  process.exit(1);
}
if (!existsSync(`${site}/index.html`)) {
  console.error(`Chưa có bản dựng trong ${site}/: chạy npm run build trước.`);
  process.exit(1);
}
const ensure = spawnSync('bash', ['src/cli/ensure-nginx.sh'], { stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

const { base } = publicAddress(process.env.THI_DUA_SITE);
const nginx = await startNginx({ site, base, port, workDir: `.tmp/nginx-serve-${port}`, stdio: 'inherit' });
console.log(`nginx phục vụ ${site}/ với cấu hình deploy/nginx/thi-dua.conf tại ${nginx.url}${base} (Ctrl+C để dừng).`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void nginx.stop().then(() => process.exit(0)));
nginx.process.once('exit', (code) => process.exit(code ?? 0));
