import "server-only";
import { type Kysely, type Migration, type MigrationProvider } from "kysely";

/** Migrations live in code (not files found at run time) so they ship inside the server bundle. */
const migrations: Record<string, Migration> = {
  "0001_grants_pins_events": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("grants")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("name", "text")
        .addColumn("email", "text")
        .addColumn("access_token", "text", (c) => c.notNull())
        .addColumn("refresh_token", "text")
        .addColumn("access_expires_at", "text", (c) => c.notNull())
        .addColumn("failed_at", "text")
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("grants_by_account").on("grants").columns(["account_id", "updated_at"]).execute();

      await db.schema
        .createTable("pins")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("lock_id", "text", (c) => c.notNull())
        .addColumn("auth_id", "text")
        .addColumn("name", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("desired", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("reason", "text")
        .addColumn("drift", "text")
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("sent_at", "text")
        .addColumn("next_check_at", "text", (c) => c.notNull())
        .addColumn("lease_until", "text")
        .addColumn("lease_owner", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("pins_by_lock").on("pins").columns(["account_id", "lock_id"]).execute();
      await db.schema.createIndex("pins_due").on("pins").columns(["status", "next_check_at"]).execute();

      await db.schema
        .createTable("events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("pin_id", "text", (c) => c.notNull())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("lock_id", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("actor", "text")
        .addColumn("action", "text")
        .addColumn("http_status", "integer")
        .addColumn("detail", "text")
        .execute();
      await db.schema.createIndex("events_by_pin").on("events").columns(["pin_id", "at"]).execute();
      await db.schema.createIndex("events_by_lock").on("events").columns(["account_id", "lock_id", "at"]).execute();

      await db.schema
        .createTable("lock_settings")
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("lock_id", "text", (c) => c.notNull())
        .addColumn("auto_repair", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("lock_settings_pk", ["account_id", "lock_id"])
        .execute();

      await db.schema
        .createTable("webhooks")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("url", "text", (c) => c.notNull())
        .addColumn("secret", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["webhooks", "lock_settings", "events", "pins", "grants"]) await db.schema.dropTable(table).execute();
    },
  },
  "0002_properties_stays": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("properties")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("check_in_time", "text", (c) => c.notNull())
        .addColumn("check_out_time", "text", (c) => c.notNull())
        .addColumn("early_minutes", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("late_minutes", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("message_template", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("properties_by_account").on("properties").columns(["account_id", "name"]).execute();

      await db.schema
        .createTable("property_locks")
        .addColumn("property_id", "text", (c) => c.notNull())
        .addColumn("lock_id", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("property_locks_pk", ["property_id", "lock_id"])
        .execute();

      await db.schema
        .createTable("stays")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("property_id", "text", (c) => c.notNull())
        .addColumn("guest_name", "text", (c) => c.notNull())
        .addColumn("arrival", "text", (c) => c.notNull())
        .addColumn("departure", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("stays_by_account").on("stays").columns(["account_id", "arrival"]).execute();

      await db.schema
        .createTable("stay_pins")
        .addColumn("stay_id", "text", (c) => c.notNull())
        .addColumn("lock_id", "text", (c) => c.notNull())
        .addColumn("pin_id", "text")
        .addColumn("problem", "text")
        .addPrimaryKeyConstraint("stay_pins_pk", ["stay_id", "lock_id"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["stay_pins", "stays", "property_locks", "properties"]) await db.schema.dropTable(table).execute();
    },
  },
  "0003_cleanup": {
    async up(db: Kysely<unknown>) {
      // Days after a PIN's window ends before the engine deletes it; null: never by itself.
      await db.schema.alterTable("lock_settings").addColumn("cleanup_after_days", "integer").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("lock_settings").dropColumn("cleanup_after_days").execute();
    },
  },
  "0005_calendar_feeds": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("calendar_feeds")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("property_id", "text", (c) => c.notNull())
        .addColumn("label", "text", (c) => c.notNull())
        .addColumn("url", "text", (c) => c.notNull())
        .addColumn("every_event_is_booking", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("etag", "text")
        .addColumn("last_modified", "text")
        .addColumn("last_attempt_at", "text")
        .addColumn("last_success_at", "text")
        .addColumn("last_error", "text")
        .addColumn("bookings_seen", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("held_empty", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_sync_at", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("calendar_feeds_by_property").on("calendar_feeds").columns(["account_id", "property_id"]).execute();
      await db.schema.alterTable("properties").addColumn("lead_days", "integer", (c) => c.notNull().defaultTo(3)).execute();
      await db.schema.alterTable("properties").addColumn("code_choice", "text", (c) => c.notNull().defaultTo("random")).execute();
      for (const column of ["check_in_time", "check_out_time", "feed_id", "booking_uid", "notice", "code_note", "cleared_at"]) {
        await db.schema.alterTable("stays").addColumn(column, "text").execute();
      }
      await db.schema.alterTable("stays").addColumn("missing_syncs", "integer", (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.createIndex("stays_by_booking").on("stays").columns(["feed_id", "booking_uid"]).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("stays_by_booking").execute();
      for (const column of ["check_in_time", "check_out_time", "feed_id", "booking_uid", "notice", "code_note", "cleared_at", "missing_syncs"]) {
        await db.schema.alterTable("stays").dropColumn(column).execute();
      }
      await db.schema.alterTable("properties").dropColumn("lead_days").execute();
      await db.schema.alterTable("properties").dropColumn("code_choice").execute();
      await db.schema.dropTable("calendar_feeds").execute();
      },
    },
  "0006_shared_state": {
    async up(db: Kysely<unknown>) {
      // Per sign-in budgets counted by every instance together (PostgreSQL deployments).
      await db.schema
        .createTable("rate_buckets")
        .addColumn("scope", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("tokens", "double precision", (c) => c.notNull())
        .addColumn("at", "double precision", (c) => c.notNull())
        .addPrimaryKeyConstraint("rate_buckets_pk", ["scope", "key"])
        .execute();
      // Webhook deliveries accepted lately, so a replay to any instance is refused.
      await db.schema
        .createTable("webhook_deliveries")
        .addColumn("digest", "text", (c) => c.primaryKey())
        .addColumn("accepted_at", "double precision", (c) => c.notNull())
        .execute();
      // Which instance's engine works an account's due PINs, until when.
      await db.schema
        .createTable("engine_leases")
        .addColumn("account_id", "text", (c) => c.primaryKey())
        .addColumn("owner", "text", (c) => c.notNull())
        .addColumn("until", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["engine_leases", "webhook_deliveries", "rate_buckets"]) await db.schema.dropTable(table).execute();
      },
    },
  "0007_pin_requested_at": {
    async up(db: Kysely<unknown>) {
      // When the host asked for the write under way, so a waiting PIN can say how long it has waited.
      await db.schema.alterTable("pins").addColumn("requested_at", "text").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("pins").dropColumn("requested_at").execute();
    },
  },
  "0011_confirm_times": {
    async up(db: Kysely<unknown>) {
      // Each lock's measured write times, so a write can be called slow against the lock's own history.
      await db.schema
        .createTable("confirm_times")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("lock_id", "text", (c) => c.notNull())
        .addColumn("pin_id", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("ms", "integer", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("confirm_times_by_lock").on("confirm_times").columns(["account_id", "lock_id", "at"]).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("confirm_times").execute();
    },
  },
  "0011_property_backup_codes": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("backup_codes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("property_id", "text", (c) => c.notNull())
        .addColumn("slot", "integer", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("doors", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("given_stay_id", "text")
        .addColumn("used_at", "text")
        .addColumn("replace_after", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("backup_codes_by_property").on("backup_codes").columns(["account_id", "property_id", "status"]).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("backup_codes").execute();
      },
    },
  "0010_pre_arrival_checks": {
    async up(db: Kysely<unknown>) {
      // One row per stay and check time: the instance that inserts it runs the check, once.
      await db.schema
        .createTable("stay_checks")
        .addColumn("stay_id", "text", (c) => c.notNull())
        .addColumn("due_at", "text", (c) => c.notNull())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("hours_before", "integer", (c) => c.notNull())
        .addColumn("claimed_at", "text", (c) => c.notNull())
        .addColumn("checked_at", "text")
        .addColumn("problems", "text")
        .addPrimaryKeyConstraint("stay_checks_pk", ["stay_id", "due_at"])
        .execute();
      // One row per problem a check found: its e-mail and its "resolved" note go out once.
      await db.schema
        .createTable("host_alerts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("stay_id", "text", (c) => c.notNull())
        .addColumn("problem_key", "text", (c) => c.notNull())
        .addColumn("problem", "text", (c) => c.notNull())
        .addColumn("hours_before", "integer", (c) => c.notNull())
        .addColumn("opened_at", "text", (c) => c.notNull())
        .addColumn("resolved_at", "text")
        .addColumn("alert_sent_at", "text")
        .addColumn("resolved_sent_at", "text")
        .addColumn("mail_claim_until", "text")
        .addColumn("mail_attempts", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex("host_alerts_open").on("host_alerts").columns(["account_id", "resolved_at"]).execute();
      await db.schema.createIndex("host_alerts_by_stay").on("host_alerts").columns(["stay_id", "problem_key"]).execute();
      // Hours before check-in the doors are checked, per property ("24,2"); no row: the default.
      await db.schema
        .createTable("property_checks")
        .addColumn("property_id", "text", (c) => c.primaryKey())
        .addColumn("hours_before", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["property_checks", "host_alerts", "stay_checks"]) await db.schema.dropTable(table).execute();
    },
  },
  "0013_account_locale": {
    async up(db: Kysely<unknown>) {
      // The host's language, so an e-mail sent with no request behind it (a pre-arrival alert) is in it.
      await db.schema
        .createTable("account_prefs")
        .addColumn("account_id", "text", (c) => c.primaryKey())
        .addColumn("locale", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("account_prefs").execute();
    },
  },
  "0014_message_languages": {
    async up(db: Kysely<unknown>) {
      // Guest messages per language: the existing message_template stays the English one.
      await db.schema.alterTable("properties").addColumn("message_template_de", "text").execute();
      await db.schema.alterTable("properties").addColumn("message_language", "text", (c) => c.notNull().defaultTo("en")).execute();
      await db.schema.alterTable("stays").addColumn("guest_language", "text").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("stays").dropColumn("guest_language").execute();
      await db.schema.alterTable("properties").dropColumn("message_language").execute();
      await db.schema.alterTable("properties").dropColumn("message_template_de").execute();
    },
  },
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
