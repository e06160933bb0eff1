import type { SearchFilter, SearchRecord } from './records';

/** The filters of the search page, in the order shown, with their Vietnamese labels. */
export const FILTERS: { key: SearchFilter; label: string }[] = [
  { key: 'nam', label: 'Năm' },
  { key: 'loai', label: 'Loại' },
  { key: 'co-quan', label: 'Cơ quan ban hành' },
  { key: 'khoi', label: 'Khối thi đua' },
  { key: 'chi-thi', label: 'Văn bản được dẫn chiếu' },
  { key: 'danh-hieu', label: 'Danh hiệu' },
  { key: 'don-vi', label: 'Đơn vị' },
];

/** Every value of every filter present in the records, sorted for a select (years newest first). */
export function searchFacets(records: SearchRecord[]): { key: SearchFilter; label: string; values: string[] }[] {
  const collator = new Intl.Collator('vi', { numeric: true });
  return FILTERS.map(({ key, label }) => {
    const values = [...new Set(records.flatMap((record) => record.filters[key] ?? []))];
    values.sort((a, b) => (key === 'nam' ? collator.compare(b, a) : collator.compare(a, b)));
    return { key, label, values };
  }).filter((facet) => facet.values.length > 0);
}
