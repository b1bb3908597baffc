/**
 * Polarity of common emoji and emoticons on the AFINN scale (-5..5), shared by every language.
 * Curated by hand rather than taken whole from the Emoji Sentiment Ranking that the `sentiment`
 * package ships: there, rarely seen symbols (clock faces, box-drawing marks) carry ±5 from a handful
 * of tweets. Emoji whose social-media use is mixed (😭 for joy as often as grief, 💀 for laughter)
 * stay out or count little.
 */
const EMOJI_GROUPS: ReadonlyArray<readonly [number, string]> = [
  [3, '😍🥰😘❤♥💕💖💗💓💞💘💝💛💚💙💜🧡♡🤩🥳💯🏆🥇👑'],
  [2, '😀😃😄😁😆😊☺🙂😉😗😙😚😋😛😜😝🤗😎👍👌👏🙌🙏💪✌🤝😇😌🎉🎊✨🌟⭐🔥💐🌹😺😸😻✅🤤🥂🍾'],
  [1, '😂🤣😹🤭😏🌞☀🌈🎁🆗👋'],
  [-1, '😐😑😶🙄😬😪😴😥😓😰😨😷🤒🤕🥺😭😢😿❌🤷'],
  [-2, '😞😔😟😕🙁☹😣😖😫😩😤😒💔👎😱😵🤢🤮💩🤦😾🚫'],
  [-3, '😠😡🤬👿🖕'],
];

function emojiTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const [value, group] of EMOJI_GROUPS) {
    for (const symbol of group) {
      const code = symbol.codePointAt(0)!;
      // A skin-tone modifier follows its emoji's own code point, so the base emoji alone is listed.
      table.set(code, value);
    }
  }
  return table;
}

/** Keyed by code point so that scanning needs no substring per character. */
export const EMOJI_POLARITY: ReadonlyMap<number, number> = emojiTable();

/** Text emoticons, matched as whole tokens (surrounded by space or the text's edge). */
export const EMOTICON_POLARITY: ReadonlyMap<string, number> = new Map([
  ...[':)', ':-)', ':]', '=)', ':d', ':-d', 'xd', ';)', ';-)', ';d', ':p', ':-p', '^_^', '^^', '^.^', ':3', '(:'].map((e) => [e, 2] as const),
  ...['<3', '<33', '<333'].map((e) => [e, 3] as const),
  ...[':(', ':-(', ':[', '=(', ":'(", ':/', ':-/', ':\\', ':|', ':-|', '-_-', 't_t', 't.t', '>_<', '):'].map((e) => [e, -2] as const),
  ...['>:(', 'd:', '</3'].map((e) => [e, -3] as const),
]);

/** Sum of emoji polarities in a text, and how many carried one. */
export function emojiPolarity(text: string): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Every listed emoji lies above U+2600, so ordinary letters cost one comparison.
    if (unit < 0x2600) continue;
    const code = text.codePointAt(i)!;
    const value = EMOJI_POLARITY.get(code);
    if (value !== undefined) {
      sum += value;
      count++;
    }
    if (code > 0xffff) i++;
  }
  return { sum, count };
}
