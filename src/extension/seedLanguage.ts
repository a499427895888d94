// The language id of seed articles (package.json contributes it).
export const SEED_LANGUAGE = 'seed';
