import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { signIn } from "./session";

/**
 * Several sign-ins of the same host. Writes are limited per sign-in, so spreading them over a few
 * lets more of them reach the checks behind the limit: a writer told to wait rests until its
 * Retry-After has passed, and writes go to a resting one only when all of them rest.
 */
export class WriterPool {
  private readonly restUntil: number[];
  private next = 0;
  /** How long writes waited in `untilOneCanWrite`, in all. */
  waitedMs = 0;

  private constructor(
    private readonly contexts: BrowserContext[],
    private readonly writers: APIRequestContext[],
  ) {
    this.restUntil = writers.map(() => 0);
  }

  static async open(browser: Browser, baseURL: string, size: number): Promise<WriterPool> {
    const contexts = await Promise.all(Array.from({ length: size }, () => browser.newContext({ baseURL })));
    await Promise.all(
      contexts.map(async (context) => {
        const page = await context.newPage();
        // The properties page is light to land on: its heading needs no lock or PIN from Nuki.
        await signIn(page, "/properties");
        // An open dashboard keeps polling the API and would only add noise; the cookie is what counts.
        await page.close();
      }),
    );
    return new WriterPool(contexts, contexts.map((c) => c.request));
  }

  pick(): { writer: APIRequestContext; index: number } {
    const now = Date.now();
    for (let i = 0; i < this.writers.length; i++) {
      const index = (this.next + i) % this.writers.length;
      if (this.restUntil[index]! <= now) {
        this.next = index + 1;
        return { writer: this.writers[index]!, index };
      }
    }
    const index = this.restUntil.indexOf(Math.min(...this.restUntil));
    return { writer: this.writers[index]!, index };
  }

  /** Resolves once some writer is not resting, so that the next write gets past the limit. */
  async untilOneCanWrite(): Promise<void> {
    const wait = Math.min(...this.restUntil) - Date.now();
    if (wait <= 0) return;
    this.waitedMs += wait;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }

  limited(index: number, retryAfterSeconds: number) {
    this.restUntil[index] = Date.now() + Math.max(1, retryAfterSeconds) * 1000;
  }

  async close() {
    await Promise.all(this.contexts.map((c) => c.close()));
  }
}
