/**
 * The audit trail (nhật ký): who changed what, when, from which request, with the changed fields before and after.
 * Every feature writes to it through {@link vn.thidua.audit.AuditTrail} inside the transaction of its change; it is
 * read through {@code GET /api/v1/audit-events} and never changed or deleted (the database refuses it too).
 * It sits at the bottom of the feature order: every feature may use it, it uses none.
 */
package vn.thidua.audit;
