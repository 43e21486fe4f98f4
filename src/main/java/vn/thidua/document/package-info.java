/**
 * Documents people print (văn bản): a decision in the layout of Nghị định 30/2020/NĐ-CP with its attached list, the
 * certificates of its awardees with a QR code to the public verification, the minutes of a council session and the
 * plan itself, as PDF; and a decision's draft as DOCX for officers to edit wording before signing.
 * <p>
 * The layouts are XHTML templates under {@code templates/documents/} (Qute), rendered to PDF by openhtmltopdf with
 * the Liberation Serif font embedded (metric-compatible with Times New Roman, the font Nghị định 30 prescribes), so
 * the text stays selectable and searchable. This feature only reads: it asks the features below it for what to print.
 */
package vn.thidua.document;
