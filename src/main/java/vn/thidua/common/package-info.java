/**
 * What every feature shares and nothing else: the error model ({@code error}), the HTTP conventions of the API
 * ({@code api}: paging, ETags, idempotency, request ids, the contract's error responses), text handling
 * ({@code text}: NFC, accent-insensitive search), the transactional outbox ({@code outbox}) and the runtime
 * bootstrap ({@code runtime}: embedded PostgreSQL, generated signing keys). Features depend on it; it depends on no
 * feature.
 */
package vn.thidua.common;
