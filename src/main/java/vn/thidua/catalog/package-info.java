/**
 * The catalogue (danh mục): emulation titles and commendation forms with their codes, whom they fit and who awards
 * them; and the rule sets (bộ quy tắc) that say, as data, what earns each: the criteria by legal basis and validity
 * dates ({@link vn.thidua.catalog.RuleSetFormat} describes the format), the configurable items and their defaults
 * ({@link vn.thidua.catalog.RuleSettings}), and the agencies' overrides of those items for their subtrees
 * ({@link vn.thidua.catalog.SettingsResolution}). The eligibility engine reads them through
 * {@link vn.thidua.catalog.RuleSetService}. The cash inputs (base salary, award coefficients, recipient multipliers) are dated data too;
 * {@link vn.thidua.catalog.CashCalculator} gives the decisions feature the amount of an award line.
 */
package vn.thidua.catalog;
