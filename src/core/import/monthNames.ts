// Month names and abbreviations by language (a generic resource for reading dates in page text), January first.

export const MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  enShort: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep|sept', 'oct', 'nov', 'dec'],
  fr: ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
  frShort: ['janv', 'févr|fevr|fév', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc|dec'],
  de: ['januar|jänner', 'februar', 'märz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  deShort: ['jan', 'feb', 'mär|mrz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep|sept', 'okt', 'nov', 'dez'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
  esShort: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep|sept|set', 'oct', 'nov', 'dic'],
  pt: ['janeiro', 'fevereiro', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ptShort: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  itShort: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  no: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  pl: ['stycznia|styczeń', 'lutego|luty', 'marca|marzec', 'kwietnia|kwiecień', 'maja|maj', 'czerwca|czerwiec', 'lipca|lipiec', 'sierpnia|sierpień', 'września|wrzesień', 'października|październik', 'listopada|listopad', 'grudnia|grudzień'],
  cs: ['ledna|leden', 'února|únor', 'března|březen', 'dubna|duben', 'května|květen', 'června|červen', 'července|červenec', 'srpna|srpen', 'září', 'října|říjen', 'listopadu|listopad', 'prosince|prosinec'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  hu: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  tr: ['ocak', 'şubat|subat', 'mart', 'nisan', 'mayıs|mayis', 'haziran', 'temmuz', 'ağustos|agustos', 'eylül|eylul', 'ekim', 'kasım|kasim', 'aralık|aralik'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  ru: ['января|январь', 'февраля|февраль', 'марта|март', 'апреля|апрель', 'мая|май', 'июня|июнь', 'июля|июль', 'августа|август', 'сентября|сентябрь', 'октября|октябрь', 'ноября|ноябрь', 'декабря|декабрь'],
  uk: ['січня|січень', 'лютого|лютий', 'березня|березень', 'квітня|квітень', 'травня|травень', 'червня|червень', 'липня|липень', 'серпня|серпень', 'вересня|вересень', 'жовтня|жовтень', 'листопада|листопад', 'грудня|грудень'],
  el: ['ιανουαρίου|ιανουάριος', 'φεβρουαρίου|φεβρουάριος', 'μαρτίου|μάρτιος', 'απριλίου|απρίλιος', 'μαΐου|μάιος', 'ιουνίου|ιούνιος', 'ιουλίου|ιούλιος', 'αυγούστου|αύγουστος', 'σεπτεμβρίου|σεπτέμβριος', 'οκτωβρίου|οκτώβριος', 'νοεμβρίου|νοέμβριος', 'δεκεμβρίου|δεκέμβριος'],
  ar: ['يناير|كانون الثاني', 'فبراير|شباط', 'مارس|آذار|اذار', 'أبريل|ابريل|إبريل|نيسان', 'مايو|أيار|ايار', 'يونيو|يونيه|حزيران', 'يوليو|يوليه|تموز', 'أغسطس|اغسطس|آب|اب', 'سبتمبر|أيلول|ايلول', 'أكتوبر|اكتوبر|تشرين الأول|تشرين الاول', 'نوفمبر|تشرين الثاني', 'ديسمبر|كانون الأول|كانون الاول'],
}; // prettier-ignore

let monthIndex: Map<string, number> | undefined;

/** Month number (1–12) of a month name or abbreviation in any listed language, lower-cased, without a final dot. */
export function monthNumber(name: string): number | undefined {
  monthIndex ??= buildIndex();
  return monthIndex.get(name.toLowerCase().replace(/\.$/, ''));
}

/** Every month name and abbreviation, longest first (for a regular-expression alternation). */
export function monthNamePattern(): string {
  monthIndex ??= buildIndex();
  return [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|');
}

function buildIndex(): Map<string, number> {
  const index = new Map<string, number>();
  for (const months of Object.values(MONTH_NAMES)) {
    months.forEach((names, i) => {
      for (const name of names.split('|')) if (!index.has(name)) index.set(name, i + 1);
    });
  }
  return index;
}
