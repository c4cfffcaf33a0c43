import type { TestProject } from "vitest/node";
import { startPostgres } from "./throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** A throw-away PostgreSQL cluster for the database tests, removed when the run ends. */
export default async function setup(project: TestProject) {
  const { url, stop } = await startPostgres();
  project.provide("postgresUrl", url);
  return stop;
}
