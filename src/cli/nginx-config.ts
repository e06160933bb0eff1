/**
 * npm run nginx:config: writes deploy/nginx/thi-dua.conf, the nginx configuration of a site at the
 * root of its host, from src/lib/publishing (the source of dist/_headers too).
 * npm run nginx:config -- https://org.example/thi-dua/ prints the one for a site under that sub-path.
 */
import { writeFileSync } from 'node:fs';
import { publicAddress } from '../lib/publishing/address';
import { nginxSiteConfig } from '../lib/publishing/nginx';
import { SHIPPED_NGINX_CONFIG } from './local-nginx';

const address = process.argv[2];
if (address) {
  process.stdout.write(nginxSiteConfig(publicAddress(address).base));
} else {
  writeFileSync(SHIPPED_NGINX_CONFIG, nginxSiteConfig('/'));
  console.log(`Đã viết ${SHIPPED_NGINX_CONFIG}.`);
}
