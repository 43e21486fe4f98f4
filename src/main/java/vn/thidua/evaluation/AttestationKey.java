package vn.thidua.evaluation;

/**
 * What the unit must attest by hand at its review, because no record can show it: for a person, "solidarity, active
 * in the emulation movements" (đoàn kết, tích cực tham gia phong trào thi đua); for a collective, "internal
 * solidarity, compliance with the Party's and State's policies and laws" (nội bộ đoàn kết, chấp hành tốt chủ trương,
 * chính sách, pháp luật). The rule sets name these keys in their ATTESTATION criteria.
 */
public enum AttestationKey {
    SOLIDARITY_AND_MOVEMENTS, COMPLIANCE
}
