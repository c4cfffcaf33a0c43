import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { addDemoCalendars } from "@/lib/server/calendar/demo-seed";

const handler = NextAuth({
  ...authOptions,
  events: {
    ...authOptions.events,
    // Demo mode: a new account follows the demo's booking calendars from its first sign-in.
    async signIn({ user, account }) {
      if (!account?.access_token) return;
      await addDemoCalendars(user.id, account.access_token).catch((error: unknown) => console.error("demo calendars:", error instanceof Error ? error.message : "unknown error"));
    },
  },
});
export { handler as GET, handler as POST };
