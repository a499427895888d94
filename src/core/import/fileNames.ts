// Seed file names: `YYYY-MM-DD-<outlet>-<slug>.txt`, lower-case ASCII, at most 80 characters, unique in a folder.

/** Longest file name, extension included. */
export const MAX_FILE_NAME = 80;

/** Lower-case ASCII words joined by `-`: accents transliterated (NFKD), everything else a separator. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `2020-06-24-chicago-sun-times-trump-judges-nominee.txt`, cut at a word boundary to fit 80 characters. */
export function seedFileName(date: string | null, outlet: string | undefined, title: string | undefined): string {
  const prefix = [date ?? 'undated', slugify(outlet ?? '')].filter(Boolean).join('-');
  const room = MAX_FILE_NAME - '.txt'.length - prefix.length - 1;
  const slug = cutAtWord(slugify(title ?? ''), room) || 'article';
  const base = cutAtWord(`${prefix}-${slug}`, MAX_FILE_NAME - '.txt'.length);
  return `${base}.txt`;
}

/** `name` itself, or `name-2.txt`, `name-3.txt`… the first not in `existing` (compared case-insensitively). */
export function uniqueFileName(name: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${cutAtWord(stem, MAX_FILE_NAME - extension.length - suffix.length)}${suffix}${extension}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, Math.max(0, max));
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}
