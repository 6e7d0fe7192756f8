// @nlpjs/lang-no ships no types; only what the theme counter uses.
declare module '@nlpjs/lang-no' {
  export class StemmerNo {
    stem(word: string): string;
  }
  export class StopwordsNo {
    isStopword(word: string): boolean;
  }
}
