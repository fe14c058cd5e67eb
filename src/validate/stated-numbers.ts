/** English cardinal words and their values. */
const CARDINALS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** English ordinal words and their values (`fifth` is 5); compounds end in one of these (`twenty-first`). */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};

/** Words that multiply the number before them (`1.5 million`, `two hundred`). */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Words that make an amount vague: `tens of thousands`, `hundreds`, `dozens`, `several thousand`. */
const VAGUE = /\b(?:tens|dozens?|hundreds|thousands|millions|billions|several|few|many thousand)\b/iu;

/** A number in digits, with thousands separators and decimals, and an optional sign just before it. */
const NUMBER_OR_WORD = /([-−]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}+)/gu;

/**
 * Whether a number word adds to the number being read: a unit after a ten (`twenty` `five`), anything under a hundred
 * after whole hundreds or thousands (`two hundred` `five`, `two thousand` `twenty`).
 */
function continuesNumber(group: number, value: number): boolean {
  const tail = group % 100;
  if (tail === 0) return value < 100;
  return tail >= 20 && tail % 10 === 0 && value < 10;
}

/** The options of {@link statedNumbers}. */
export interface StatedNumbersOptions {
  /** Whether to read English number words (`four`, `fifth`, `two hundred`) as well as digits. */
  readonly words: boolean;
}

/**
 * The numbers a phrase states, in order: numbers in digits (`200,000`, `-3`, `1.5 million`) and, when asked, English
 * number words (`four`, `twenty-five`, `fifth`, `two hundred thousand`). A vague amount (`tens of thousands`,
 * `hundreds`, `several`) states no exact number: the result is then undefined.
 *
 * @param phrase - The words of a quantity, e.g. `as many as 200,000`.
 * @param options - Whether to read number words.
 * @returns The numbers, or undefined for a vague amount.
 *
 * @example
 * statedNumbers("as many as 200,000", { words: true })
 * //=> [200000]
 * @example
 * statedNumbers("his fifth meeting in 1.5 million years", { words: true })
 * //=> [5, 1500000]
 * @example
 * statedNumbers("tens of thousands", { words: true })
 * //=> undefined
 */
export function statedNumbers(phrase: string, options: StatedNumbersOptions): number[] | undefined {
  if (options.words && VAGUE.test(phrase)) return undefined;
  const numbers: number[] = [];
  // A number being read: the total so far and the group under a hundred being built (`two hundred and five`).
  let total = 0;
  let group = 0;
  let reading = false;
  const finish = () => {
    if (reading) numbers.push(total + group);
    total = 0;
    group = 0;
    reading = false;
  };
  for (const match of phrase.matchAll(NUMBER_OR_WORD)) {
    const [, sign, digits, word] = match;
    if (digits !== undefined) {
      finish();
      const value = Number(digits.replaceAll(",", ""));
      const before = phrase[(match.index ?? 0) - 1] ?? "";
      // `10-16` is a range, not 10 and -16: a sign counts only where no letter or digit comes before it.
      const negative = sign !== "" && !/[\p{L}\p{N}]/u.test(before);
      group = negative ? -value : value;
      reading = true;
      continue;
    }
    const lower = (word ?? "").toLowerCase();
    if (!options.words) continue;
    if (lower in MULTIPLIERS && reading) {
      const multiplier = MULTIPLIERS[lower] as number;
      if (multiplier === 100) group *= 100;
      else {
        total += group * multiplier;
        group = 0;
      }
    } else if (lower in CARDINALS || lower in ORDINALS) {
      const ordinal = lower in ORDINALS;
      const value = (ordinal ? ORDINALS[lower] : CARDINALS[lower]) as number;
      if (reading && continuesNumber(group, value)) group += value;
      else {
        finish();
        group = value;
        reading = true;
      }
      // An ordinal ends its number: `fifth` then `four` are two numbers.
      if (ordinal) finish();
    } else if (lower !== "and") finish();
  }
  finish();
  return numbers;
}
