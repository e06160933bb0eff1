import type { TargetAnnotationData } from '../../schemas/campaign';
import { t } from '../../i18n/t';

/** How a target is measured, in words: "đạt 100%", "ít nhất 1", or "Định tính". */
export function describeMeasure(annotation: TargetAnnotationData | undefined): string | null {
  if (!annotation) return null;
  if (annotation.qualitative || annotation.comparator === undefined || annotation.value === undefined) return t('targets.qualitative');
  const value = annotation.value.toLocaleString('vi-VN');
  const unit = annotation.unit === 'percent' ? t('unit.percent') : '';
  return `${t(`comparator.${annotation.comparator}`)} ${value}${unit}`;
}
