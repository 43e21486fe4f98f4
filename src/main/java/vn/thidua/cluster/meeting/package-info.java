/**
 * The cluster's meeting (hội nghị tổng kết cụm, khối thi đua) that chooses by secret ballot the leading unit for the
 * flag (Cờ thi đua, PROVINCE_FLAG) and one or two for the Bằng khen (PROVINCE_COMMENDATION), and its proposal (tờ
 * trình) to the organiser. The vote is the council's own machinery, not a copy: the meeting is a council of the cluster
 * and year whose members are the delegates (one per member agency, the head's in the chair, an external agency's
 * without an account and so on paper), and its session's attendance, quorum, sealed ballot box, paper tallies, vote
 * rules, results and minutes are the council's. The board of the year's head agency runs it (the organiser's board for
 * an external head), as it runs the covenant and the scoring.
 */
package vn.thidua.cluster.meeting;
