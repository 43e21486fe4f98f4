/**
 * The Emulation–Commendation Council (Hội đồng thi đua – khen thưởng): an agency's council and its members over time,
 * its sessions with their agenda of candidates (evaluations submitted to the council, each with the title or form
 * considered), attendance, the secret ballot (bỏ phiếu kín) or the paper tallies the secretary enters, the results
 * with thresholds, quorum and quotas ({@link vn.thidua.council.VoteCount}, {@link vn.thidua.council.QuotaRanking}),
 * and the minutes (biên bản).
 * <p>
 * Secrecy is by construction: the table that records that a member voted holds no choice, the table that holds the
 * choices holds no voter, and nothing orders or times them together (see {@code 0016-councils.xml}). No endpoint,
 * log line, audit or outbox event carries a member's choice.
 */
package vn.thidua.council;
