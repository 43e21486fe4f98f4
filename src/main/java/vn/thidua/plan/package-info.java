/**
 * Emulation plans (kế hoạch phát động thi đua) and their campaign phases (đợt thi đua): the document as issued
 * (number, legal bases, theme, content items, named sub-movements, duties, recipients, signer), its lifecycle
 * DRAFT → ISSUED → CLOSED or CANCELLED, and the phases with their slogans, anniversaries, registration windows and
 * evaluation deadlines. Phases live here rather than in a feature of their own: they are part of the plan, and
 * their date rules are the plan's.
 */
package vn.thidua.plan;
