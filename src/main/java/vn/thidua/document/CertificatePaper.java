package vn.thidua.document;

import java.util.List;

/**
 * The certificates of a decision's standing lines, one page each: Giấy khen for a form, a recognition of the title for
 * a title. Each carries its verification code and a QR code of the public verification address.
 */
public record CertificatePaper(String documentTitle, String authorityLine, boolean party, List<Certificate> certificates) {

    public record Certificate(String heading, String awardLine, String name, String detail, String citation,
            String decisionLine, String placeAndDate, Signature signature, String code, String verifyUrl,
            String qr) {
    }
}
