package vn.thidua.history;

/**
 * How far an initiative's or project's effect reaches, as the recognising body found it: the agency (cơ sở), the
 * ministry, sector or province (cấp bộ, ngành, tỉnh), the nation (toàn quốc).
 */
public enum EffectLevel {
    BASE, PROVINCE, NATIONAL;

    /** Whether this level is {@code other} or wider. */
    public boolean atLeast(EffectLevel other) {
        return ordinal() >= other.ordinal();
    }
}
