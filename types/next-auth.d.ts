import "next-auth";
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    accessToken?: string;
    refreshToken?: string;
    /** Epoch milliseconds at which the access token expires. */
    accessTokenExpires?: number;
    error?: "RefreshFailed";
  }
}

declare module "next-auth" {
  interface Session {
    error?: "RefreshFailed";
  }
}
