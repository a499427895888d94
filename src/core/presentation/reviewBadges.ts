// How a reader's decision shows on a tree row: a badge in the description and an icon. Pure.

/** " · ✓ confirmed", " · corrected (engine: Y)", for quote and claim descriptions. */
export function reviewBadge(review: { status: string; machine?: string; verdict?: string } | undefined): string {
  if (!review) return '';
  const verdict = review.verdict ? ` · ${review.verdict}` : '';
  switch (review.status) {
    case 'confirmed':
      return ` · ✓ confirmed${verdict}`;
    case 'added':
      return ` · + added${verdict}`;
    default:
      return ` · ✎ corrected${review.machine !== undefined ? ` (engine: ${review.machine || 'none'})` : ''}${verdict}`;
  }
}

export const REVIEW_ICONS: Record<string, string> = { confirmed: 'pass', corrected: 'edit', added: 'add' };
