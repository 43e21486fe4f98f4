/**
 * Integrations (issue 10): the event feed ({@code /events}: the outbox in a stable order from an opaque cursor) and
 * signed webhooks ({@code /webhooks}: subscriptions, a delivery queue per subscription, a background worker that
 * claims work with {@code FOR UPDATE SKIP LOCKED}). It reads the outbox and the organisation; no feature depends on
 * it.
 */
package vn.thidua.integration;
