import "server-only";
import { BlockList, isIP } from "node:net";

// Addresses a feed URL must never reach: the host's own network, the machine itself, cloud metadata.
const forbidden = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) forbidden.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) forbidden.addSubnet(net, prefix, "ipv6");

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** `::ffff:10.0.0.1` is 10.0.0.1: checked as the IPv4 address it carries. */
function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return { address: mapped[1], family: "ipv4" };
  return { address, family: isIP(address) === 6 ? "ipv6" : "ipv4" };
}

export function isLoopback(address: string): boolean {
  const a = unmapped(address);
  return loopback.check(a.address, a.family);
}

/** Private, loopback, link-local and other non-public addresses. */
export function isForbiddenAddress(address: string): boolean {
  const a = unmapped(address);
  return forbidden.check(a.address, a.family);
}
