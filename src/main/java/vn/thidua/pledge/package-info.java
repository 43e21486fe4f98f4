/**
 * Pledges (đăng ký thi đua): people and units register the titles they aim for in an issued plan (or one of its
 * phases) with their commitments per sub-movement; unit heads and the emulation officers approve them. Replaces the
 * spreadsheet passed around by email.
 */
package vn.thidua.pledge;
