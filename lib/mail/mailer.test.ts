import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { startLocalSmtpServer, type LocalSmtpServer } from "@/test/local-smtp-server";
import { createMailer } from "./mailer";

const FROM = "Keyhost <keys@keyhost.test>";
const servers: LocalSmtpServer[] = [];
const start = async (options: Parameters<typeof startLocalSmtpServer>[0] = {}) => {
  const server = await startLocalSmtpServer(options);
  servers.push(server);
  return server;
};

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function failure(send: Promise<void>): Promise<DomainError> {
  const error = await send.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const message = { to: "guest@example.com", subject: "Your door code for Lake House", text: "Hello Anna,\n\nYour code: 583926\nValid from: Fri 4 Dec 2026, 15:00 (Europe/Berlin) – ü ✓" };

describe("createMailer against a local SMTP server", () => {
  it("is disabled without configuration", async () => {
    const mailer = createMailer(null);
    expect(mailer.enabled).toBe(false);
    await expect(mailer.send(message)).rejects.toThrow(/not configured/);
  });

  it("delivers subject, text, sender and recipient as sent", async () => {
    const server = await start();
    const mailer = createMailer({ url: server.url, from: FROM });
    expect(mailer.enabled).toBe(true);
    await mailer.send(message);
    const mail = await server.waitForMail();
    expect(mail).toEqual({
      envelopeFrom: "keys@keyhost.test",
      envelopeTo: ["guest@example.com"],
      from: '"Keyhost" <keys@keyhost.test>',
      to: "guest@example.com",
      subject: message.subject,
      text: message.text,
    });
  });

  it("signs in with the user and password of the URL", async () => {
    const server = await start({ credentials: { user: "keyhost", pass: "p@ss word" } });
    await createMailer({ url: `smtp://keyhost:${encodeURIComponent("p@ss word")}@127.0.0.1:${server.port}`, from: FROM }).send(message);
    expect((await server.waitForMail()).subject).toBe(message.subject);
  });

  it("maps a refused sign-in to mail_failed without the password", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const server = await start({ credentials: { user: "keyhost", pass: "right-one" } });
    const error = await failure(createMailer({ url: `smtp://keyhost:wrong-secret-pw@127.0.0.1:${server.port}`, from: FROM }).send(message));
    expect(error).toMatchObject({ code: "mail_failed" });
    expect(error.message).toMatch(/refused Keyhost's sign-in/);
    expect(error.message).not.toContain("wrong-secret-pw");
    expect(server.received).toHaveLength(0);
  });

  it("maps a refused recipient to mail_failed on the `to` field, with the server's words", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const server = await start({ refuseRecipient: (address) => address === "nobody@example.com" });
    const error = await failure(createMailer({ url: server.url, from: FROM }).send({ ...message, to: "nobody@example.com" }));
    expect(error).toMatchObject({ code: "mail_failed", field: "to" });
    expect(error.message).toMatch(/refused this address.*550.*nobody@example.com unavailable/);
    expect(server.received).toHaveLength(0);
    // The log says what kind of failure it was, never the message or the code in it.
    expect(warn.mock.calls.flat().join(" ")).toMatch(/EENVELOPE 550/);
    expect(warn.mock.calls.flat().join(" ")).not.toContain("583926");
  });

  it("maps an unreachable server to mail_failed", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const port = await closedPort();
    const error = await failure(createMailer({ url: `smtp://user:topsecretpw@127.0.0.1:${port}`, from: FROM }).send(message));
    expect(error).toMatchObject({ code: "mail_failed" });
    expect(error.message).toMatch(/could not reach the mail server/);
    expect(error.message).not.toContain("topsecretpw");
  });

  it("gives up on a server that never greets, within its timeout", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const started = Date.now();
      const error = await failure(createMailer({ url: `smtp://127.0.0.1:${port}`, from: FROM }, { timeoutMs: 300 }).send(message));
      expect(error.message).toMatch(/could not reach the mail server/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.close();
      // A socket still open from the attempt would keep close() waiting.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
});
