import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    /** The sign-in whose sealed Nuki tokens live in the database; the cookie carries no token. */
    grantId?: string;
  }
}
