// wink-sentiment ships no types: the part of its API this app calls.
declare module 'wink-sentiment' {
  interface WinkSentimentResult {
    /** The sum of the AFINN-165 (and emoji, emoticon) scores of the phrase, negation applied. */
    score: number;
    normalizedScore: number;
  }
  export default function sentiment(phrase: string): WinkSentimentResult;
}
