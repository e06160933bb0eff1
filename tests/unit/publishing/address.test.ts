import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER_SITE, basePath, publicAddress } from '../../../src/lib/publishing/address';

describe('the public address (THI_DUA_SITE)', () => {
  it('is the placeholder, at the root, when not set', () => {
    expect(publicAddress(undefined)).toEqual({ site: PLACEHOLDER_SITE, base: '/', placeholder: true });
    expect(publicAddress('  ')).toMatchObject({ placeholder: true });
  });

  it('keeps a sub-path, always ending with a slash', () => {
    expect(publicAddress('https://org.example/thi-dua')).toEqual({ site: 'https://org.example/thi-dua/', base: '/thi-dua/', placeholder: false });
    expect(publicAddress('https://org.example/a/b/')).toMatchObject({ base: '/a/b/' });
    expect(publicAddress('https://thidua.example.gov.vn')).toEqual({ site: 'https://thidua.example.gov.vn/', base: '/', placeholder: false });
  });

  it('refuses what is not a public address, saying so in Vietnamese', () => {
    expect(() => publicAddress('thidua.example.gov.vn')).toThrow(/không phải địa chỉ đầy đủ/);
    expect(() => publicAddress('ftp://org.example/')).toThrow(/cần địa chỉ http\(s\)/);
    expect(() => publicAddress('https://org.example/thi-dua/?a=1')).toThrow(/không có "\?" hay "#"/);
    expect(basePath('khong phai dia chi')).toBe('/');
  });
});

describe('site paths under the configured address', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('are at the root by default', async () => {
    vi.stubEnv('THI_DUA_SITE', '');
    vi.resetModules();
    const { paths } = await import('../../../src/lib/urls');
    expect([paths.home, paths.directive('chi-thi-34-ct-tw'), paths.feed]).toEqual(['/', '/chi-thi/chi-thi-34-ct-tw/', '/nguon-tin.xml']);
  });

  it('all start with the sub-path of THI_DUA_SITE', async () => {
    vi.stubEnv('THI_DUA_SITE', 'https://org.example/thi-dua/');
    vi.resetModules();
    const { paths, published } = await import('../../../src/lib/urls');
    const all = Object.values(paths).map((path) => (typeof path === 'function' ? (path as (...args: never[]) => string)(...([2023, 'x'] as never[])) : path));
    expect(all.filter((path) => !path.startsWith('/thi-dua/'))).toEqual([]);
    expect(paths.campaign('2023/phat-dong')).toBe('/thi-dua/phong-trao/2023/phat-dong/');
    expect(published('/xem-truoc/a.png')).toBe('/thi-dua/xem-truoc/a.png');
  });
});
