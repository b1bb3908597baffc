/**
 * Word lists for the English rules. The supplement adds social-media words that AFINN-165 lacks,
 * on its scale (-5..5); words whose sense depends on context ("lit", "dope", "omg") stay out.
 */
export const EN_SUPPLEMENT: ReadonlyArray<readonly [string, number]> = [
  ['yay', 3], ['yippee', 3], ['hooray', 3], ['bravo', 3], ['blessed', 3], ['gorgeous', 3], ['tasty', 3], ['epic', 2],
  ['fav', 2], ['fave', 2], ['thx', 2], ['thankfully', 2], ['underrated', 1],
  ["can't wait", 3], ['cant wait', 3], ['looking forward', 3], ['must see', 3],
  ['meh', -1], ['refund', -1], ['canceled', -1], ['smh', -2], ['rip', -2], ['rest in peace', -2], ['unfortunately', -2],
  ['yikes', -2], ['creepy', -2], ['overrated', -2], ['rubbish', -3], ['nightmare', -3], ['damn it', -3],
];

export const EN_NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'without', 'cannot', 'cant', 'dont', 'doesnt',
  'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'aint', 'hasnt', 'havent', 'hadnt', 'neednt', 'nope',
]);

export const EN_BOOSTERS: ReadonlySet<string> = new Set([
  'very', 'really', 'so', 'too', 'extremely', 'absolutely', 'totally', 'completely', 'incredibly', 'highly', 'truly', 'super', 'most', 'especially',
  'utterly', 'hugely', 'deeply', 'fucking', 'freaking', 'damn', 'pretty', 'quite', 'such', 'remarkably', 'exceptionally', 'thoroughly',
]);

export const EN_DAMPENERS: ReadonlySet<string> = new Set([
  'slightly', 'somewhat', 'barely', 'hardly', 'kinda', 'sorta', 'marginally', 'occasionally', 'partly', 'scarcely', 'little', 'bit',
]);

/** After these, "like" is the verb ("I like", "don't like"), not the preposition ("looks like rain"). */
export const EN_LIKE_SUBJECTS: ReadonlySet<string> = new Set([
  'i', 'you', 'we', 'they', 'u', 'ya', 'people', 'really', 'do', 'dont', "don't", 'didnt', "didn't", 'does', 'doesnt', "doesn't",
  'would', 'to', "i'd", 'not', 'also', 'just', 'totally', 'all', 'who', 'still',
]);
