/**
 * Renamed files' old addresses in the `.htaccess` the build writes (src/lib/publishing/apache.ts):
 * one permanent redirect each, relative to the site's folder, also under a sub-path. Apache's own
 * answers are tested in tests/site/moved-addresses.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { apacheHtaccess } from '../../../src/lib/publishing/apache';

const rules = (text: string) => text.split('\n').filter((line) => line.includes('[R=301,L]') && !line.includes('index\\.html$ %1'));

describe('old addresses in .htaccess', () => {
  it('writes none when no file was renamed', () => {
    expect(rules(apacheHtaccess('/'))).toEqual([]);
    expect(apacheHtaccess('/')).not.toContain('Renamed files');
  });

  it('redirects each old address, with or without its slash or index.html, to the new page', () => {
    const text = apacheHtaccess('/', undefined, [
      { from: '/phong-trao/2023/so-tu-phap/phat-dong-2023/', to: '/phong-trao/2023/so-tu-phap/phat-dong-thi-dua-2023/' },
      { from: '/don-vi/thanh-tra-tinh/', to: '/don-vi/thanh-tra/' },
    ]);
    expect(rules(text)).toEqual([
      '  RewriteRule ^phong-trao/2023/so-tu-phap/phat-dong-2023(?:/|/index\\.html)?$ /phong-trao/2023/so-tu-phap/phat-dong-thi-dua-2023/ [R=301,L]',
      '  RewriteRule ^don-vi/thanh-tra-tinh(?:/|/index\\.html)?$ /don-vi/thanh-tra/ [R=301,L]',
    ]);
    // Before the rule that drops "index.html", so an old address asked with it goes to the new page at once.
    expect(text.indexOf('thanh-tra-tinh')).toBeLessThan(text.indexOf('%{THE_REQUEST}'));
  });

  it('matches old paths relative to the folder of a site published under a sub-path', () => {
    const text = apacheHtaccess('/thi-dua/', undefined, [{ from: '/thi-dua/khoi-thi-dua/khoi-cu/2023/', to: '/thi-dua/khoi-thi-dua/khoi-moi/2023/' }]);
    expect(rules(text)).toEqual(['  RewriteRule ^khoi-thi-dua/khoi-cu/2023(?:/|/index\\.html)?$ /thi-dua/khoi-thi-dua/khoi-moi/2023/ [R=301,L]']);
  });
});
