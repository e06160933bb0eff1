import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_REFUSED, PLACEHOLDER_WARNING } from '../lib/publishing/address';
import type { PublicAddress } from '../lib/publishing/address';

/**
 * Says once, as a build starts, that it uses the placeholder address when THI_DUA_SITE is not
 * set; a production build (THI_DUA_REQUIRE_SITE=1, as the publishing workflow runs it) refuses to.
 */
export function siteAddressIntegration(address: PublicAddress, required: boolean): AstroIntegration {
  return {
    name: 'thi-dua:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!address.placeholder) return;
        if (required) throw new Error(PLACEHOLDER_REFUSED);
        logger.warn(PLACEHOLDER_WARNING);
      },
    },
  };
}
