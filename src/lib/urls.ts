/** Site paths, diacritic-free and with a trailing slash, in one place so links never disagree. */
export const paths = {
  home: '/',
  campaigns: '/phong-trao/',
  year: (year: number) => `/phong-trao/${year}/`,
  campaign: (year: number, slug: string) => `/phong-trao/${year}/${slug}/`,
  directives: '/chi-thi/',
  directive: (key: string) => `/chi-thi/${key}/`,
  targets: '/muc-tieu/',
  honours: '/bang-vang/',
  honourYear: (year: number) => `/bang-vang/${year}/`,
  unit: (id: string) => `/don-vi/${id}/`,
  data: '/du-lieu/',
  dataFile: (name: string, format: 'csv' | 'json') => `/du-lieu/${name}.${format}`,
} as const;
