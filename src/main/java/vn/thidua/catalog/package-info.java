/**
 * The catalogue (danh mục): emulation titles and commendation forms with their codes, whom they fit and who awards
 * them. Rule sets, coefficients and base salary join it with the evaluation and decision features.
 */
package vn.thidua.catalog;
