import type { TargetAnnotationData } from '../../schemas/campaign';
import type { CampaignTarget } from './document';
import { t } from '../../i18n/t';

/** How a target is measured, in words: "đạt 100%", "ít nhất 1", or "Định tính". */
export function describeMeasure(annotation: TargetAnnotationData | undefined): string | null {
  if (!annotation) return null;
  if (annotation.qualitative || annotation.comparator === undefined || annotation.value === undefined) return t('targets.qualitative');
  const value = annotation.value.toLocaleString('vi-VN');
  const unit = annotation.unit === 'percent' ? t('unit.percent') : '';
  return `${t(`comparator.${annotation.comparator}`)} ${value}${unit}`;
}

/** The achieved value as printed: "96,8%", "2"; "" while not assessed. */
export function resultFigure(target: Pick<CampaignTarget, 'annotation' | 'result'>): string {
  const { value } = target.result;
  return value === null ? '' : `${value.toLocaleString('vi-VN')}${target.annotation?.unit === 'percent' ? t('unit.percent') : ''}`;
}

/** The result in words with its value: "Vượt (96,8%)", "Chưa đánh giá". */
export function describeResult(target: Pick<CampaignTarget, 'annotation' | 'result'>): string {
  const figure = resultFigure(target);
  return `${t(`targets.status.${target.result.status}`)}${figure && ` (${figure})`}`;
}
