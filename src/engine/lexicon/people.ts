// Generic knowledge about people: titles and roles that precede names, honorifics with gender.

const split = (list: string): Set<string> => new Set(list.split('|'));

/** Title and role words (lower case) that stand before a name and are not part of it. */
export const TITLE_WORDS = split(
  'mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|madam|madame|monsieur|herr|frau|senor|senora|rev|reverend|father|sister|brother|rabbi|imam|sheikh|sheik|ayatollah|cardinal|bishop|archbishop|pope|saint|king|queen|prince|princess|duke|duchess|earl|count|countess|baron|baroness|emperor|empress|sultan|emir|president|vice|vice-president|premier|prime|minister|chancellor|secretary|secretary-general|general|gen|lt|lieutenant|colonel|col|major|maj|captain|capt|sergeant|sgt|corporal|private|admiral|adm|commander|cmdr|marshal|field|brigadier|commodore|governor|gov|senator|sen|representative|rep|congressman|congresswoman|mayor|judge|justice|ambassador|envoy|consul|attorney|attorney-general|prosecutor|sheriff|inspector|superintendent|constable|detective|officer|chairman|chairwoman|chairperson|chair|director|director-general|ceo|cfo|coo|chief|head|leader|spokesman|spokeswoman|spokesperson|deputy|acting|former|ex|late|foreign|defence|defense|interior|finance|economy|trade|health|education|justice|agriculture|energy|labour|labor|transport|environment|culture|industry|state|opposition|party|coach|manager|captain|striker|midfielder|defender|goalkeeper|forward|winger|pitcher|quarterback|champion|veteran|world|olympic|national|team|club|speaker|commissioner|secretary-general|undersecretary|under-secretary|assistant|associate|senior|junior|top|regional|federal|provincial|municipal|party|colleague|coach|trainer|owner|founder|co-founder|president-elect|dictator|strongman|warlord|rebel|militia|crown|commander-in-chief|chief-of-staff|staff|aide|adviser|advisor|analyst|economist|lawyer|doctor|actor|actress|singer|author|writer|poet|novelist|director|producer|star|player|batsman|bowler|all-rounder|spinner|seamer|jockey|driver|rider|cyclist|boxer|golfer|sprinter|runner|swimmer|skier|keeper|referee|umpire',
);

/** Honorifics that reveal gender. */
export const MALE_HONORIFICS = split('mr|sir|lord|king|prince|duke|earl|count|baron|emperor|sultan|emir|father|brother|monsieur|herr|senor|congressman|chairman|spokesman');
export const FEMALE_HONORIFICS = split('mrs|ms|miss|madam|madame|dame|lady|queen|princess|duchess|countess|baroness|empress|sister|frau|senora|congresswoman|chairwoman|spokeswoman');

/** Lower-case words that head a role phrase before a name ("Wagner chief Yevgeny Prigozhin"). */
export const ROLE_NOUNS = split(
  'chief|head|leader|boss|founder|spokesman|spokeswoman|spokesperson|president|chairman|chairwoman|director|minister|secretary|commander|coach|manager|captain|owner|ceo|official|envoy|ambassador|analyst|economist|lawyer|attorney|prosecutor|judge|senator|governor|mayor|adviser|advisor|aide|deputy|colleague|rival|partner|counterpart|general|striker|midfielder|defender|goalkeeper|batsman|bowler|all-rounder|spinner|opener|player|champion|veteran|teammate|driver|rider|jockey|trainer|actor|actress|singer|writer|author|reporter|correspondent|anchor|host|editor|columnist|professor|scientist|researcher|doctor|pilot|soldier',
);
