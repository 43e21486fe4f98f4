package vn.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.thidua.common.text.Text;

/**
 * A draft decision as a Word document, laid out like the PDF from the same {@link DecisionPaper} so that officers edit
 * the wording, not the layout: A4 with the margins of Nghị định 30/2020, Times New Roman 13 pt, the letterhead table,
 * the articles, recipients and signature block, and the list with its header row repeated on each page; the
 * "DỰ THẢO" watermark in the page header.
 */
@ApplicationScoped
public class DecisionDocx {

    private static final String FONT = "Times New Roman";
    /** Twentieths of a point a millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    public byte[] write(DecisionPaper paper) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(paper.documentTitle());
            doc.getProperties().getCoreProperties().setCreator("Thi đua");
            page(doc);
            if (paper.draft()) {
                doc.createHeader(HeaderFooterType.DEFAULT);
                new XWPFHeaderFooterPolicy(doc).createWatermark("DỰ THẢO");
            }
            letterhead(doc, paper);
            XWPFParagraph kind = centred(doc, 14);
            run(kind, "QUYẾT ĐỊNH", 14, true, false);
            run(centred(doc, 0), paper.subject(), 13, true, false);
            run(centred(doc, 10), "___________", 13, false, false);
            run(centred(doc, 8), paper.authorityLine(), 13, true, false);
            for (String basis : paper.bases()) {
                run(body(doc), basis, 13, false, true);
            }
            run(centred(doc, 8), "QUYẾT ĐỊNH:", 13, true, false);
            for (DecisionPaper.Article article : paper.articles()) {
                XWPFParagraph p = body(doc);
                run(p, article.label() + " ", 13, true, false);
                run(p, article.text(), 13, false, false);
                for (String point : article.points()) {
                    run(body(doc), point, 13, false, false);
                }
            }
            footer(doc, paper);
            if (!paper.rows().isEmpty()) {
                list(doc, paper);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(twips(210));
        size.setH(twips(297));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
    }

    private static void letterhead(XWPFDocument doc, DecisionPaper paper) {
        XWPFTable table = borderless(doc, 1, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        width(left, 65);
        width(right, 100);
        XWPFParagraph p = cellParagraph(left);
        if (paper.letterhead().governing() != null) {
            run(p, paper.letterhead().governing(), 12, false, false);
            p = newCellParagraph(left);
        }
        run(p, paper.letterhead().issuing(), 12, true, false);
        run(newCellParagraph(left), "_______", 12, false, false);
        run(newCellParagraph(left), paper.numberLine(), 13, false, false);
        run(cellParagraph(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        run(newCellParagraph(right), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        run(newCellParagraph(right), "_____________________", 13, false, false);
        XWPFParagraph date = newCellParagraph(right);
        date.setAlignment(ParagraphAlignment.RIGHT);
        run(date, paper.placeAndDate(), 13, false, true);
    }

    private static void footer(XWPFDocument doc, DecisionPaper paper) {
        XWPFTable table = borderless(doc, 1, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        width(left, 80);
        width(right, 85);
        XWPFParagraph p = cellParagraph(left);
        p.setAlignment(ParagraphAlignment.LEFT);
        run(p, "Nơi nhận:", 12, true, true);
        for (String recipient : paper.recipients()) {
            XWPFParagraph r = newCellParagraph(left);
            r.setAlignment(ParagraphAlignment.LEFT);
            run(r, "- " + recipient, 11, false, false);
        }
        XWPFParagraph sign = cellParagraph(right);
        if (paper.signature().onBehalf() != null) {
            run(sign, paper.signature().onBehalf(), 13, true, false);
            sign = newCellParagraph(right);
        }
        run(sign, paper.signature().position(), 13, true, false);
        for (int i = 0; i < 4; i++) {
            newCellParagraph(right);
        }
        if (paper.signature().name() != null) {
            run(newCellParagraph(right), paper.signature().name(), 13, true, false);
        }
    }

    private static void list(XWPFDocument doc, DecisionPaper paper) {
        XWPFParagraph title = centred(doc, 0);
        title.setPageBreak(true);
        run(title, paper.listTitle(), 13, true, false);
        run(centred(doc, 6), paper.listNote(), 13, false, true);
        List<DecisionPaper.Row> rows = paper.rows();
        XWPFTable table = doc.createTable(rows.size() + 2, 5);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        String money = paper.revocation() ? "Số tiền thu hồi (đồng)" : "Số tiền (đồng)";
        List<String> headers = List.of("STT", "Họ và tên / Tập thể", "Chức vụ, đơn vị", "Danh hiệu / Hình thức", money);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < headers.size(); c++) {
            XWPFParagraph p = cellParagraph(head.getCell(c));
            run(p, headers.get(c), 12, true, false);
        }
        for (int r = 0; r < rows.size(); r++) {
            DecisionPaper.Row row = rows.get(r);
            XWPFTableRow line = table.getRow(r + 1);
            line.setCantSplitRow(true);
            cell(line.getCell(0), String.valueOf(row.number()), ParagraphAlignment.CENTER, false);
            cell(line.getCell(1), row.name(), ParagraphAlignment.LEFT, false);
            cell(line.getCell(2), (row.position() == null ? "" : row.position() + ", ")
                    + (row.unit() == null ? "" : row.unit()), ParagraphAlignment.LEFT, false);
            cell(line.getCell(3), row.note() == null ? row.award() : row.award() + " (" + row.note() + ")",
                    ParagraphAlignment.LEFT, false);
            cell(line.getCell(4), row.amount(), ParagraphAlignment.RIGHT, false);
        }
        XWPFTableRow total = table.getRow(rows.size() + 1);
        cell(total.getCell(1), "Tổng cộng: " + rows.size() + " trường hợp", ParagraphAlignment.LEFT, true);
        cell(total.getCell(4), paper.total(), ParagraphAlignment.RIGHT, true);
    }

    private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
        XWPFParagraph p = cellParagraph(cell);
        p.setAlignment(alignment);
        run(p, text == null ? "" : text, 12, bold, false);
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setWidth("100%");
        table.removeBorders();
        return table;
    }

    private static void width(XWPFTableCell cell, int millimetres) {
        cell.setWidth(String.valueOf(twips(millimetres)));
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph newCellParagraph(XWPFTableCell cell) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph centred(XWPFDocument doc, int spaceBeforePoints) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(spaceBeforePoints * 20);
        return p;
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(twips(10).intValue());
        p.setSpacingAfter(80);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        // every text of the document passes here: what is stored may predate the refusal of unprintable input
        run.setText(Text.printable(text));
    }

    private static BigInteger twips(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }
}
