import { t } from '../i18n/t';
import type { CardSite } from '../lib/preview/card';

/** What every preview card says about the site: its name, description and public host. */
export function previewSite(siteUrl: string | undefined): CardSite {
  return { name: t('site.name'), description: t('site.description'), host: new URL(siteUrl ?? 'http://localhost/').host };
}
