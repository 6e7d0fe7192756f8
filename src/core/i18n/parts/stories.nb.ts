// Bokmål — shared stories posted to a channel and ranked by reactions (the reference for nn and en).
export const storiesNb = {
  'storyPost.by': 'Delt av {author}.',
  'storyPost.react':
    'Liker du den? Reager med en emoji. Månedsoppsummeringen rangerer historiene etter hvor mange ulike personer som har reagert.',
  'storyPost.clap':
    'Liker du den? Trykk 👏. Månedsoppsummeringen rangerer historiene etter hvor mange ulike personer som har applaudert.',
  'storyPost.clapButton': '👏',
  'storyPost.clapped': 'Takk for 👏! Applaus så langt: {count}.',
  'storyPost.ownStory': 'Din egen historie teller ikke med.',
  'digest.stories.rankedBy':
    'Rangert etter hvor mange ulike personer som reagerte på historien der den ble delt (emoji i Slack, 👏 på den lokale siden). Hver person teller én gang.',
} as const;
