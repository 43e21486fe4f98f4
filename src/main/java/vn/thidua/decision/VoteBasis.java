package vn.thidua.decision;

/**
 * What a decision line rests on for the council's vote its award needs (Luật Thi đua, khen thưởng 2022 and NĐ 98/2023
 * điều 30.7: titles such as Chiến sĩ thi đua cơ sở pass only by the council's vote): NOT_REQUIRED when the rule set
 * asks none; COUNCIL, an accepted item of a closed session of the authority's own council for the year;
 * HIGHER_DECISION, the higher authority's decision the line was recorded from; OVERRIDE, the signer's written legal
 * reason for conferring it without a vote; MISSING, a draft line that has none of these yet (it cannot be signed);
 * NOT_RECORDED, a line signed before the basis was kept.
 */
public enum VoteBasis {
    NOT_REQUIRED, COUNCIL, HIGHER_DECISION, OVERRIDE, MISSING, NOT_RECORDED
}
