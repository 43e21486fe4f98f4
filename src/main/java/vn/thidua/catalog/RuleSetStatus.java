package vn.thidua.catalog;

public enum RuleSetStatus { ACTIVE, DRAFT, RETIRED }
