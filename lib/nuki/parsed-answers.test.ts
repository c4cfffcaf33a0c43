import { describe, expect, it } from "vitest";
import { MIN_KEPT_BYTES, ParsedAnswers, readBody, type Body } from "./parsed-answers";

const listing = (codes: number, name = "Guest") =>
  JSON.stringify(Array.from({ length: codes }, (_, i) => ({ id: `a${i}`, smartlockId: 1 + (i % 5), name, code: 100_000 + i })));

const bodyOf = (text: string) => readBody(new Response(text));

function counting() {
  let parses = 0;
  const parse = (bytes: Buffer) => {
    parses += 1;
    return JSON.parse(bytes.toString("utf8")) as { name: string }[];
  };
  return { parse, parses: () => parses };
}

describe("readBody", () => {
  it("hashes the bytes as they arrive: the same text gives the same digest, another text another", async () => {
    const chunked = new Response(
      new ReadableStream({
        start(controller) {
          for (const part of ["[1,", "2,", "3]"]) controller.enqueue(new TextEncoder().encode(part));
          controller.close();
        },
      }),
    );
    const whole = await bodyOf("[1,2,3]");
    const parts = await readBody(chunked);
    expect(parts.bytes().toString()).toBe("[1,2,3]");
    expect(parts.digest).toBe(whole.digest);
    expect((await bodyOf("[1,2,4]")).digest).not.toBe(whole.digest);
    expect((await readBody(new Response(null))).bytes().length).toBe(0);
  });
});

describe("ParsedAnswers", () => {
  const big = listing(2_000);

  it("parses a big answer once while its bytes stay the same, and again when they change", async () => {
    const answers = new ParsedAnswers();
    const { parse, parses } = counting();
    const first = answers.resolve("GET /smartlock/auth", await bodyOf(big), parse);
    const again = answers.resolve("GET /smartlock/auth", await bodyOf(big), parse);
    expect(again).toBe(first);
    expect(parses()).toBe(1);
    const changed = answers.resolve("GET /smartlock/auth", await bodyOf(listing(2_000, "Other")), parse);
    expect(changed).not.toBe(first);
    expect(changed[0]?.name).toBe("Other");
    expect(parses()).toBe(2);
  });

  it("keeps the same bytes of another read apart", async () => {
    const answers = new ParsedAnswers();
    const { parse, parses } = counting();
    const body = await bodyOf(big);
    expect(answers.resolve("GET /smartlock/1/auth", body, parse)).not.toBe(answers.resolve("GET /smartlock/2/auth", body, parse));
    expect(parses()).toBe(2);
  });

  it("does not keep small answers, which parse faster than they are found", async () => {
    const answers = new ParsedAnswers();
    const { parse, parses } = counting();
    const small = listing(3);
    expect(Buffer.byteLength(small)).toBeLessThan(MIN_KEPT_BYTES);
    answers.resolve("GET /smartlock", await bodyOf(small), parse);
    answers.resolve("GET /smartlock", await bodyOf(small), parse);
    expect(parses()).toBe(2);
    expect(answers.size).toBe(0);
  });

  it("freezes what it keeps, so one reader cannot change another's answer", async () => {
    const answers = new ParsedAnswers();
    const value = answers.resolve("GET /smartlock/auth", await bodyOf(big), counting().parse);
    expect(() => value.push({ name: "x" })).toThrow(TypeError);
    expect(() => {
      value[0]!.name = "x";
    }).toThrow(TypeError);
  });

  it("does not keep an answer whose parse failed", async () => {
    const answers = new ParsedAnswers();
    const body: Body = await bodyOf(big);
    expect(() => answers.resolve("GET /smartlock/auth", body, () => {
      throw new Error("unexpected response");
    })).toThrow("unexpected response");
    expect(answers.size).toBe(0);
  });

  it("drops the least recently used answers beyond its size, and answers nobody asked for in ten minutes", async () => {
    let now = 0;
    const size = Buffer.byteLength(big);
    const answers = new ParsedAnswers(size * 2, () => now);
    const { parse, parses } = counting();
    const a = await bodyOf(big);
    const b = await bodyOf(listing(2_000, "Bea"));
    const c = await bodyOf(listing(2_000, "Cem"));
    answers.resolve("GET /a", a, parse);
    answers.resolve("GET /b", b, parse);
    answers.resolve("GET /a", a, parse); // a is now the most recently used
    answers.resolve("GET /c", c, parse); // over the size: b goes
    expect(answers.size).toBe(2);
    answers.resolve("GET /a", a, parse);
    expect(parses()).toBe(3);
    answers.resolve("GET /b", b, parse);
    expect(parses()).toBe(4);
    now += 10 * 60_000;
    answers.resolve("GET /a", a, parse);
    expect(parses()).toBe(5);
    expect(answers.size).toBe(1);
  });
});
