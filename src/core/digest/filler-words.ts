/**
 * Words that carry no theme, on top of the Snowball stop-word list that @nlpjs/lang-no ships. That
 * list holds pronouns, prepositions and the commonest verbs only, so a month of answers surfaced
 * "flere", "første", "burde", "fått", "følger" and "neste" as themes. These are the quantifiers,
 * ordinals, modal and light verbs, and vague adverbs and nouns of bokmål and nynorsk; each is also
 * matched by its stem, so "følg", "følger" and "følge" are one entry.
 */
// One string per group, split at spaces: Biome would put every word of an array on its own line.
export const FILLER_WORDS: readonly string[] = [
  // quantifiers and ordinals
  'flere fleire mange mye mykje mer meir mest mindre minst færre færrast færrest litt lite liten hele ' +
    'heile heilt helt hver kvar kvart ulike første fyrste andre tredje siste sist annen anna annet ' +
    'enda ein eitt ei eit to tre fire fem seks sju åtte ni ti hundre',
  // modal, auxiliary and light verbs
  'burde bør må måtte måtta kan kunne skal skulle vil ville får fikk fått få gjør gjorde gjort gjere ' +
    'gjer gjøre hatt hadde blir vert vart vore være vere er var følger følge følg fulgte fylgje går gikk ' +
    'gått gå kom komme kommer kjem tar ta tok tatt gir gi gje gav ga gitt gjeve ser sjå se så sett sier ' +
    'seier sa sagt tror trur synes syns finnes fins lar la latt vet veit vite visst trenger treng trengte ' +
    'hjelper hjulpet hjelpe hjelpa holder held holdt tenke tenkje glemmer gløymer',
  // adverbs and vague words
  'bare berre også òg ofte heller igjen att alltid aldri allerede alt allereie nå no nok vel jo da då ' +
    'derfor difor dessuten likevel kanskje veldig svært ganske godt fint fin bra bedre betre best beste ' +
    'lett enkel enkelt enkleste enklest stor store større ny nye nytt gammel gamle egen eigen eget eige ' +
    'egne eigne sammen saman tidlig tidleg etterpå tydelig tydeleg sikker mulig mogleg ting tinga gang ' +
    'ganger gonger måte måter del deler noe noko nokon slags sånt sånne slikt dag dager uke veke måned ' +
    'månad år fordi sidan etter mellom mens medan utan gjennom hos blant rundt ikkje eg ho dei dykk deira ' +
    'honom hans kven kva korleis kvifor hvert ja nei ok lang lange lenge spørre spør spurte slutte snakke snakker flink flinke minutter minutt tell telle løst løse løses galt gale rett',
].flatMap((group) => group.split(' '));

/**
 * Adjectives and the like that say little alone but start a phrase a lead would use: "faste
 * samarbeidsmøter", "neste steg", "digitale nattilsynet". Never a theme on their own.
 */
export const PHRASE_STARTERS: readonly string[] =
  'neste fast faste felles små liten lite ny nye nytt store stor digital digitale god gode tidlig tidleg'.split(
    ' ',
  );
