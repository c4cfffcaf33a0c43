const DIGITS = "123456789";
const MAX_TRIES = 10_000;

function cryptoRandomInt(maxExclusive: number): number {
  // Rejection sampling keeps every digit equally likely.
  const limit = Math.floor(0x1_0000_0000 / maxExclusive) * maxExclusive;
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    if (buffer[0]! < limit) return buffer[0]! % maxExclusive;
  }
}

/** Codes a guest, a neighbour or a burglar would try first. */
export function isGuessableCode(code: string): boolean {
  const digits = [...code].map(Number);
  if (new Set(digits).size <= 2) return true; // 111111, 121212, 112211…
  const steps = digits.slice(1).map((d, i) => d - digits[i]!);
  if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) return true; // 234567, 987654
  const repeats = (n: number) => code === code.slice(0, n).repeat(6 / n);
  return repeats(2) || repeats(3); // 131313, 147147
}

export function isValidKeypadCode(code: string): boolean {
  return /^[1-9]{6}$/.test(code) && !code.startsWith("12");
}

/** A random keypad code that is valid, not guessable and not already on the lock. */
export function generatePinCode(taken: Iterable<string>, randomInt: (maxExclusive: number) => number = cryptoRandomInt): string {
  const used = new Set(taken);
  for (let i = 0; i < MAX_TRIES; i++) {
    const code = Array.from({ length: 6 }, () => DIGITS[randomInt(DIGITS.length)]).join("");
    if (isValidKeypadCode(code) && !isGuessableCode(code) && !used.has(code)) return code;
  }
  throw new Error("Could not find a free keypad code. Delete some expired PINs from this lock and try again.");
}
