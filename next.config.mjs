// Importing the env validates it: a bad variable stops the build and the server with its name.
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env/index.mjs";

// Languages without locale routes: lib/i18n/request.ts picks each request's language.
// Messages are compiled at build time, so the browser gets a formatter without the ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["en", "de"], sourceLocale: "en", precompile: true } },
});

const https = env.appUrl.startsWith("https://");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A self-contained server in .next/standalone (server.js and the node_modules it traces), so an
  // image or machine needs no npm install; docs/deploy.md shows how it is started.
  output: "standalone",
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "pg"],
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
