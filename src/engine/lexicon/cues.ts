// Context words for typing names: prepositions before places, nouns before organizations, speech verbs.
import nlp from 'compromise';
import nameParticles from './nameParticles.txt';
import speechVerbs from './speechVerbs.txt';
import thoughtVerbs from './thoughtVerbs.txt';
import verbFormFixes from './verbFormFixes.txt';
import { parseWordList, wordSet } from './wordList';

const split = (list: string): Set<string> => new Set(list.split('|'));

/** Capitalised words that are not names on their own (sentence starters, pronouns, interjections). */
export const COMMON_CAPITALISED = split(
  "i|a|an|the|this|that|these|those|it|its|he|she|we|they|you|his|her|their|our|my|your|there|here|what|when|where|who|why|how|which|if|but|and|or|so|yet|as|at|by|in|on|of|for|to|from|with|after|before|during|while|since|until|although|though|because|however|meanwhile|also|still|yes|no|not|now|then|soon|later|earlier|instead|thus|hence|indeed|besides|moreover|furthermore|nevertheless|nonetheless|otherwise|finally|eventually|initially|recently|currently|previously|separately|elsewhere|overall|despite|under|over|against|among|amid|without|within|about|above|across|behind|below|beyond|inside|outside|through|toward|towards|upon|via|like|unlike|such|each|every|both|either|neither|some|many|most|more|all|any|another|other|only|even|just|never|always|often|sometimes|perhaps|maybe|please|thanks|asked|according|today|tomorrow|yesterday|tonight|oh|ok|okay|mr|mrs|ms|dr|prof|sir|madam|internet|web|tv|am|pm|a.m.|p.m.|ad|bc|ce|god|christmas|easter|ramadan|islam|christianity|judaism|buddhism|hinduism|muslim|moslem|muslims|moslems|christian|christians|catholic|catholics|protestant|protestants|jewish|jew|jews|arab|arabs|communist|communists|socialist|socialists|democrat|democrats|republican|republicans|conservative|conservatives|liberal|liberals|marxist|nazi|nazis|shi'ite|shiite|sunni|shia|kurd|kurds|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|total|note|notes|source|sources|result|results|update|updated|correction|editing|reporting|writing|compiled|one|two|three|four|five|six|seven|eight|nine|ten|n/a|vs|v|gmt|est|edt|cet|utc|pm|am|gdp|gnp|cpi|ppi|eps|fob|cif|ot|mp|mps|ceo|cfo|pc|vat|ipo|hiv|aids|dna|pct|lbs|kg|km|kms|mph|ie|eg|nb|ps|rpt|caps|fax|email|tries|try|attendance|attendence|scoreboard|scorers|nobody|none|officials|yearly|select|choice|men|women|date|group|heifers|steers|bull|bulls|cows|slaughter|weather|corrected|standings|prices|price|close|net|sales|revenue|profit|loss|shares|volume|wk|week|year|ago|ht|ft|pts|reb|ast|min|att|pos|nos|vol|div|ftse|nikkei|dax|eurodollar|eurodollars|euronotes|eurobond|eurobonds|euro|euros|treasuries|bunds|gilts|rbi|era|islamist|islamists|afrikaner|afrikaners|nobel|hindu|hindus|tutsi|tutsis|hutu|hutus|sikh|sikhs|afrikaans|anglican|anglicans|buddhist|buddhists|orthodox|baptist|methodist|lutheran|mormon|mormons|sunnis|shi'ites|shiites|zulu|zulus|xhosa|pashtun|tamil|tamils|sinhalese|uighur|uighurs|bedouin|roma",
);

/** A capitalised phrase ending in one of these is a named event, prize or law (CoNLL's MISC), not PER/LOC/ORG. */
export const MISC_HEADS = split(
  'cup|open|tour|shield|round|final|finals|pact|convention|revolution|championship|championships|games|olympics|olympiad|trophy|award|awards|prize|medal|grand prix|classic|series|bowl|derby|marathon|rally|masters|war|wars|act|treaty|accord|accords|agreement|declaration|doctrine|plan|index|average|day|week|festival|expo|show|summit',
);

/** Prepositions that point at a place: "in Bakhmut", "from Kyiv". */
export const LOC_PREPOSITIONS = split(
  'in|at|near|from|to|into|across|outside|inside|around|throughout|towards|toward|via|between|within|off|northern|southern|eastern|western|central|north|south|east|west|capital|city|town|village|province|region|state|country',
);

/** Lower-case nouns next to a name that make it an organization: "mercenary group Wagner", "Wagner chief". */
export const ORG_CONTEXT_NOUNS = split(
  'group|company|firm|agency|party|club|side|newspaper|daily|weekly|broadcaster|carrier|airline|network|bank|maker|manufacturer|giant|operator|channel|station|magazine|paper|publisher|union|militia|faction|movement|organisation|organization|outfit|insurer|lender|retailer|conglomerate|brewer|subsidiary|unit|shares|stock|spokesman|spokeswoman|spokesperson|officials|executives|board|chairman|ceo|director|subsidiary|team',
);

/** Lower-case name particles kept inside a person's name: "Charles de Gaulle", "Ludwig van Beethoven". */
export const NAME_PARTICLES = wordSet(nameParticles);

/** Sport names that open a sports report's headline ("SOCCER - ..."): teams there are organizations. */
export const SPORTS = split(
  'soccer|football|cricket|tennis|golf|rugby|rugby league|rugby union|baseball|basketball|ice hockey|hockey|athletics|cycling|boxing|motor racing|motorcycling|formula one|horse racing|racing|swimming|skiing|sailing|rowing|volleyball|handball|squash|badminton|snooker|darts|cycling|triathlon|judo|wrestling|chess|olympics|sport|sports',
);

export type CueVerbKind = 'speech' | 'thought';

/** A cue verb's base form, its kind, and the particles it needs ("point" → out, to), if any. */
export interface CueVerb {
  lemma: string;
  kind: CueVerbKind;
  particles?: string[];
}

/** Forms compromise's conjugation leaves out: base form → extra forms (verbFormFixes.txt). */
const FORM_FIXES: ReadonlyMap<string, string[]> = new Map(
  parseWordList(verbFormFixes).map((line) => {
    const [base, ...forms] = line.toLowerCase().split(/\s+/);
    return [base!, forms];
  }),
);

type Conjugate = (infinitive: string, model: unknown) => Record<string, string>;
const world = nlp.world() as unknown as {
  model: unknown;
  methods: { two: { transform: { verb: { conjugate: Conjugate } } } };
};
const formCache = new Map<string, string[]>();

/**
 * Every form of a verb, generated by compromise's conjugation ("admit" → admitted, admits, admitting).
 * Calls the conjugator behind `nlp(verb).verbs().conjugate()` directly: the same forms, without tagging each verb.
 */
export function verbForms(base: string): string[] {
  const cached = formCache.get(base);
  if (cached) return cached;
  const forms = world.methods.two.transform.verb.conjugate(base, world.model);
  const out = new Set([base]);
  for (const [tense, form] of Object.entries(forms)) {
    // compromise falls back to the base form when it cannot inflect; "will say" is not a single word.
    if (tense !== 'FutureTense' && form && !form.includes(' ') && (form !== base || tense === 'Infinitive'))
      out.add(form.toLowerCase());
  }
  for (const extra of FORM_FIXES.get(base) ?? []) out.add(extra);
  const list = [...out];
  formCache.set(base, list);
  return list;
}

function parseCueVerbs(text: string, kind: CueVerbKind): CueVerb[] {
  const byLemma = new Map<string, CueVerb>();
  for (const line of parseWordList(text)) {
    const [lemma, particle] = line.toLowerCase().split(/\s+/);
    const verb = byLemma.get(lemma!) ?? { lemma: lemma!, kind };
    if (particle) verb.particles = [...(verb.particles ?? []), particle];
    byLemma.set(lemma!, verb);
  }
  // A verb listed both alone and with a particle needs no particle.
  for (const line of parseWordList(text)) if (!/\s/.test(line)) delete byLemma.get(line.toLowerCase())!.particles;
  return [...byLemma.values()];
}

/** Every inflected form of the cue verbs (speechVerbs.txt, thoughtVerbs.txt) → its verb; speech wins over thought. */
export const CUE_VERB_FORMS: ReadonlyMap<string, CueVerb> = (() => {
  const map = new Map<string, CueVerb>();
  for (const verb of [...parseCueVerbs(thoughtVerbs, 'thought'), ...parseCueVerbs(speechVerbs, 'speech')]) {
    for (const form of verbForms(verb.lemma)) map.set(form, verb);
  }
  return map;
})();

/** Past forms of the speech verbs that need no particle, and "says": "Smith said", "Smith says". */
function pastForms(text: string): Set<string> {
  const out = new Set<string>(['says']);
  for (const verb of parseCueVerbs(text, 'speech')) {
    if (verb.particles) continue;
    for (const form of verbForms(verb.lemma)) if (form !== verb.lemma && !/(ing|s)$/.test(form)) out.add(form);
  }
  return out;
}

/** Verbs of speech that often follow a person's name (past forms and "says", from speechVerbs.txt). */
export const SPEECH_VERBS: ReadonlySet<string> = pastForms(speechVerbs);
