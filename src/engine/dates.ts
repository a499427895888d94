// Date mentions (placeholder until the date resolver lands).
import type { DocContext } from './context';
import type { DateMention } from './types';

export function findDates(_ctx: DocContext, _referenceDate: string | undefined): DateMention[] {
  return [];
}
