/**
 * What happened to each person and unit year by year (the inputs of the eligibility rules): annual assessments,
 * disciplinary measures and pending proceedings, initiatives and science projects, and award history (titles and
 * forms conferred, imported for past years and written later by signed decisions). It reads the organisation only;
 * evaluation reads it, so that evaluation never depends on decision code.
 */
package vn.thidua.history;
