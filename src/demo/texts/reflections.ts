import type { Dimension } from '../../core/vocabulary.js';

/** Answers to the weekly reflection question, by the question's dimension (custom questions too). */
export const REFLECTION_ANSWERS: Partial<Record<Dimension, readonly string[]>> = {
  lederforankring: [
    'Ledelsen må si tydelig at det er lov å bruke arbeidstid på å prøve nye ting, og spørre etter det i medarbeidersamtalene.',
    'Innovasjon må stå i virksomhetsplanen for hver enhet, ikke bare i kommuneplanen.',
    'Vi trenger ledere som følger opp etter oppstartsmøtet. Det er der det ofte stopper.',
    'Gi hver enhet et lite budsjett til å teste noe, uten lang søknadsprosess.',
  ],
  brukerorientering: [
    'Vi må snakke med dem vi lager tjenestene for før vi bestemmer løsningen, ikke etterpå.',
    'Ta med brukerrådene tidlig, og gi tilbakemelding på hva vi gjorde med innspillene deres.',
    'Følge en bruker gjennom en hel dag sa oss mer enn ti møter.',
    'Slutte å spørre hva som er enklest for oss, og heller spørre hva som er enklest for innbyggeren.',
  ],
  laering: [
    'Det bør være en navngitt eier i hver sektor som følger opp gevinstene når prosjektet er over.',
    'Etter at den nye rutinen kom, ser vi behov for bedre opplæring av vikarer. Det bør bli neste steg.',
    'Vi har fått mange nye henvendelser etter at chatten kom. Neste steg er å se hvilke som kan løses automatisk.',
    'Vi glemmer å evaluere. En fast evaluering etter tre måneder ville hjulpet.',
  ],
  oppmerksomhet: [
    'Historien om det digitale nattilsynet burde flere høre. De som jobber natt kan fortelle den best.',
    'Ungdomsskolen har fått til noe fint med elevrådet som flere enheter kan lære av.',
    'Vi kunne hatt fem minutter med en god historie på hvert allmøte.',
  ],
  tverrfaglighet: [
    'Overgangen fra sykehus til hjemmetjeneste kunne vi løst bedre sammen med fastlegene.',
    'Skole og barnevern burde ha faste samarbeidsmøter, ikke bare når noe har gått galt.',
    'Teknisk og oppvekst kunne planlagt skolebyggene sammen med lærerne fra start.',
  ],
  nettverk: [
    'Vi har lært mye av nabokommunen om velferdsteknologi. Et felles nettverksmøte hvert halvår ville holdt kontakten ved like.',
    'Frivilligsentralen har vist oss nye måter å nå ensomme eldre på.',
    'Studentene fra høgskolen hadde friske øyne på arbeidsflyten vår. Vi bør ta imot flere.',
  ],
  anerkjennelse: [
    'En kollega på nattevakt laget en ny sjekkliste som alle nå bruker. Jeg er ikke sikker på at hun har fått høre det.',
    'Renholderne som foreslo ny rute fortjener ros. De fikk det på e-post, men ikke på personalmøtet.',
    'Vi er flinke til å rose store prosjekter, men glemmer de små forbedringene.',
  ],
  maling: [
    'Vi bør måle hvor mange ganger innbyggerne må ta kontakt før saken er løst.',
    'Tell færre ting, men følg med på dem over tid.',
    'Spør brukerne én enkel ting før og etter endringen, så ser vi om det hjelper.',
  ],
};

export const GENERIC_REFLECTIONS: readonly string[] = [
  'Vi må gi hverandre tid til å prøve, og tåle at ikke alt lykkes første gang.',
  'Det hjelper å dele det vi holder på med på tvers av enhetene, ikke bare i egen avdeling.',
  'Små forbedringer i hverdagen teller også. Vi bør snakke mer om dem.',
  'Mer tid til å tenke sammen, mindre tid i møter som bare er informasjon.',
];

export interface LearningTemplate {
  text: string;
  tryNext: string;
}

/** Learning-loop answers: what we learned and what we try next (the owner is added when generated). */
export const LEARNING_ANSWERS: readonly LearningTemplate[] = [
  {
    text: 'Piloten med digitale innbyggermøter ga flere unge deltakere, men færre eldre.',
    tryNext: 'Kombinere: ett fysisk møte og ett digitalt, med strømming fra biblioteket.',
  },
  {
    text: 'Vi testet ny turnus i hjemmetjenesten. Mindre overtid, men brukerne savnet faste ansikter.',
    tryNext: 'Faste primærkontakter innenfor den nye turnusen.',
  },
  {
    text: 'Chatten på nettsiden svarer på det enkle, men mange spørsmål havner fortsatt på telefon.',
    tryNext: 'Gå gjennom de 20 vanligste spørsmålene og skrive bedre svar.',
  },
  {
    text: 'Lånesykler til ansatte ble mye brukt om sommeren, lite om vinteren.',
    tryNext: 'Piggdekk og lån av sykkel per sesong i stedet for per dag.',
  },
  {
    text: 'Den nye søknaden om tilrettelegging ble for lang. Folk sluttet halvveis.',
    tryNext: 'Kutte til fem spørsmål og teste med tre brukere før vi lanserer.',
  },
  {
    text: 'Felles lunsj på tvers av etasjene ga nye samarbeid, men bare når noen inviterte aktivt.',
    tryNext: 'En fast vert hver uke som inviterer en annen avdeling.',
  },
  {
    text: 'Vi prøvde tavlemøter hver morgen i barnehagen. Bra for oversikten, men tok for lang tid.',
    tryNext: 'Maks ti minutter og bare tre punkter på tavla.',
  },
  {
    text: 'Sensorene i gymsalen viste at salen står tom to kvelder i uka.',
    tryNext: 'Tilby de ledige timene til lag og foreninger gjennom bookingsystemet.',
  },
];

export const NEXT_STEP_OWNERS: readonly string[] = [
  'Enhetsleder',
  'Fagutviklingssykepleier',
  'Innovasjonsrådgiver',
  'Avdelingsleder',
  'Kvalitetsrådgiver',
  'Digitaliseringsgruppa',
];
