// Seed file names for imported articles: `YYYY-MM-DD-<outlet>-<slug>.txt`, lower-case ASCII, at most 80 characters.

/** Longest name, `.txt` and any clash suffix included. */
export const MAX_NAME_LENGTH = 80;
const MAX_OUTLET_LENGTH = 30;
/** Clash suffixes tried before giving up (a folder with this many same-named articles is a mistake). */
const MAX_CLASHES = 1000;

/** Lower-case ASCII words joined by '-': accents dropped, everything else a separator. */
export function slugify(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœ]/gi, (c) => ({ ß: 'ss', æ: 'ae', œ: 'oe' })[c.toLowerCase()] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cuts a slug to `max` characters at a word boundary when there is one. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const boundary = head.lastIndexOf('-');
  return (boundary > max / 2 ? head.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The base name (no suffix, no `.txt`) with room left for `suffixLength` characters. */
export function seedBaseName(
  date: string,
  outlet: string | undefined,
  title: string | undefined,
  suffixLength = 0,
): string {
  const room = MAX_NAME_LENGTH - '.txt'.length - suffixLength;
  const outletSlug = cut(slugify(outlet), MAX_OUTLET_LENGTH);
  const head = [date, outletSlug].filter(Boolean).join('-');
  const titleSlug = cut(slugify(title), Math.max(0, room - head.length - 1)) || 'article';
  return cut([head, titleSlug].join('-'), room);
}

/** The first free name in `folder`: `name.txt`, then `name-2.txt`, `name-3.txt`… */
export async function freeSeedName(
  folder: string,
  parts: { date: string; outlet?: string; title?: string },
  taken: (path: string) => Promise<boolean>,
): Promise<string> {
  const prefix = folder ? `${folder}/` : '';
  for (let n = 1; n <= MAX_CLASHES; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const path = `${prefix}${seedBaseName(parts.date, parts.outlet, parts.title, suffix.length)}${suffix}.txt`;
    if (!(await taken(path))) return path;
  }
  throw new Error(`more than ${MAX_CLASHES} articles with the same name in ${folder || 'the output folder'}`);
}
