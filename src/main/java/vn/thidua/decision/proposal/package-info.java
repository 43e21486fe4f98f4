/**
 * Proposals upward (tờ trình đề nghị khen thưởng): titles and forms beyond the agency's authority, with their dossier,
 * sent to the higher authority, received or returned, and closed by recording the higher authority's decision.
 */
package vn.thidua.decision.proposal;
