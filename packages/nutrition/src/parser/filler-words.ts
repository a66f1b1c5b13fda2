const wordSet = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Words that carry no food: who ate, when, how certain they are. They are skipped when reading an
 * item and never reported as unknown foods. Kept apart from `NOT_EATING_VERBS` and `NOT_FOOD_NOUNS`,
 * which make a whole fragment about something other than eating.
 */

export const FILLER_WORDS: ReadonlySet<string> = wordSet(`
i ive id im me my mine we our us you your he she they it its had have has having ate eat eaten
eating drank drink drinking drunk consumed enjoyed grabbed got get made make snacked finished tried
just also then too as well again still only really so very for at in on from to of the a an this
that these those some any about around approximately approx roughly like maybe probably perhaps ish
breakfast brunch lunch dinner supper teatime snack snacks meal meals dessert morning afternoon
evening night tonight today yesterday earlier later now before after during while was were is are be
been am and with plus or but each every all both whole total altogether quick late early yummy
delicious tasty good nice great lovely healthy usual normal typical side serving portion piece lol
haha please log logged add track weight
`);

/**
 * Verbs that make what follows them something other than eaten: exercise ("played squash", "ran
 * past the bakery") and plans ("buy milk tomorrow"). Only a verb before the food counts, so
 * "a banana after my run" is still a banana, and an eating verb overrides ("ran, then had pizza").
 */
export const NOT_EATING_VERBS: ReadonlySet<string> = wordSet(`
ran jogged hiked swam biked cycled rode played playing lifted watched watching painted planted fed
feeding cleaned skipped fasting fasted wore wearing smelled visited buy buying need needs want wants
wanna should shall will gonna craving crave planning thinking considering walk walked walking
hiking treadmill
`);

/** Things that share a food's name ("my orange shirt", "apple stock"): the fragment is not a meal. */
export const NOT_FOOD_NOUNS: ReadonlySet<string> = wordSet(`
shirt shirts dress hat shoes car colour color paint country stock stocks shares company phone laptop
computer tomorrow
`);

/** Words that say the food that follows was eaten, overriding an activity word in the same fragment. */
export const EATING_WORDS: ReadonlySet<string> = wordSet(`
ate eat eaten eating had drank drinking snacked consumed finished
`);

/** Words that negate the item that follows: "coffee, no sugar", "tea without milk". */
export const NEGATION_WORDS: ReadonlySet<string> = wordSet(`
no without minus skip skipped hold sans not dont didnt never
`);
