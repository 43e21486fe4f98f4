package vn.thidua.catalog;

/** Who receives a cash award (tiền thưởng): the multiplier of a form depends on it. */
public enum Recipient {
    PERSON, COLLECTIVE, HOUSEHOLD
}
