package vn.thidua.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import vn.thidua.common.text.Text;
import vn.thidua.plan.PlanParts;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanStatus;

/**
 * Words a plan in the order of a Kế hoạch (Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.5) and of the seed plan
 * 99-KH/TCT: the preamble (or, without one, the documents it implements), I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG (the
 * theme, the content items, the named movements, each phase with its dates, slogan and anniversaries); III. TỔ CHỨC
 * THỰC HIỆN (the duties, each under whom it falls to); the closing paragraph, unnumbered. Each thing is printed once:
 * a movement the content items already name (the seed's 2.3 names all five) is not listed again, and the phases stand
 * under the duty that introduces them (the seed's III.6) instead of in II when one does. Pure: the same plan gives the
 * same paper.
 */
final class PlanPapers {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] ROMAN = {"I.", "II.", "III."};

    private PlanPapers() {
    }

    /** What a plan document is made of, from the plan or its public view (the same parts). */
    record Source(UUID id, String number, String title, PlanResponses.UnitRef issuingUnit, LocalDate issuedOn,
            String issuedPlace, Integer year, LocalDate startDate, String preamble, String theme,
            List<PlanParts.LegalBasis> legalBases, List<String> purposes, List<PlanParts.ContentItem> contentItems,
            List<PlanParts.Movement> movements, List<PlanParts.Duty> duties, String closing, List<String> recipients,
            PlanParts.Signer signer, List<PlanResponses.PhaseView> phases, PlanStatus status) {

        static Source of(PlanResponses.Full p) {
            return new Source(p.id(), p.number(), p.title(), p.issuingUnit(), p.issuedOn(), p.issuedPlace(), p.year(),
                    p.startDate(), p.preamble(), p.theme(), p.legalBases(), p.purposes(), p.contentItems(),
                    p.movements(), p.duties(), p.closing(), p.recipients(), p.signer(), p.phases(), p.status());
        }

        static Source of(PlanResponses.Public p) {
            return new Source(p.id(), p.number(), p.title(), p.issuingUnit(), p.issuedOn(), p.issuedPlace(), p.year(),
                    p.startDate(), p.preamble(), p.theme(), p.legalBases(), p.purposes(), p.contentItems(), p.movements(),
                    p.duties(), p.closing(), p.recipients(), p.signer(), p.phases(), p.status());
        }
    }

    static PlanPaper of(Source plan, Letterhead letterhead) {
        boolean draft = plan.status() == PlanStatus.DRAFT;
        int year = plan.year() != null ? plan.year()
                : plan.issuedOn() != null ? plan.issuedOn().getYear() : plan.startDate().getYear();
        String numberLine = letterhead.numberLine(draft ? null : plan.number(), symbol(plan));
        Letterhead head = blank(plan.issuedPlace()) ? letterhead
                : new Letterhead(letterhead.governing(), letterhead.issuing(), plan.issuedPlace().strip(),
                        letterhead.party());
        String placeAndDate = head.placeAndDate(draft ? null : plan.issuedOn(), year);

        List<PlanPaper.Part> parts = new ArrayList<>();
        List<PlanPaper.Section> purposes = numbered(plan.purposes());
        if (!purposes.isEmpty()) {
            parts.add(part(parts.size(), "MỤC ĐÍCH, YÊU CẦU", purposes));
        }
        List<PlanPaper.Section> contents = contents(plan);
        if (!contents.isEmpty()) {
            parts.add(part(parts.size(), "NỘI DUNG PHONG TRÀO THI ĐUA", contents));
        }
        List<PlanPaper.Section> duties = duties(plan.duties(), orEmpty(plan.phases()));
        if (!duties.isEmpty()) {
            parts.add(part(parts.size(), "TỔ CHỨC THỰC HIỆN", duties));
        }

        Signature signature = plan.signer() == null ? Signature.of(null, null)
                : Signature.of(plan.signer().position(), plan.signer().name());
        String documentTitle = "Kế hoạch " + (draft || blank(plan.number()) ? "(dự thảo)" : plan.number().strip())
                + " " + lowerFirst(plan.title().strip());
        return new PlanPaper(draft, head, numberLine, placeAndDate, plan.title().strip(), preamble(plan), parts,
                paragraphs(plan.closing()), recipients(plan.recipients()), signature, documentTitle);
    }

    /**
     * What follows the blank of a draft's number: the symbol of the number it will carry ("-KH/TCT" of
     * "99-KH/TCT"), or the usual "/KH-" and the issuing unit's code.
     */
    static String symbol(Source plan) {
        if (!blank(plan.number())) {
            String rest = plan.number().strip().replaceFirst("^\\d+", "");
            if (!rest.isEmpty() && !rest.equals(plan.number().strip())) {
                return rest;
            }
        }
        return "/KH-" + (plan.issuingUnit() == null ? "" : plan.issuingUnit().code());
    }

    /** The preamble's paragraphs as written; without one, each document the plan implements ("Thực hiện ..."). */
    private static List<String> preamble(Source plan) {
        if (!blank(plan.preamble())) {
            return paragraphs(plan.preamble());
        }
        return orEmpty(plan.legalBases()).stream().map(b -> Paper.basis(b, "Thực hiện")).toList();
    }

    private static List<PlanPaper.Section> numbered(List<String> texts) {
        List<PlanPaper.Section> sections = new ArrayList<>();
        for (String text : orEmpty(texts)) {
            sections.add(unheaded((sections.size() + 1) + ".", paragraphs(text)));
        }
        return sections;
    }

    /** II: the theme, the content items, the movements and the phases, numbered in that order as present. */
    private static List<PlanPaper.Section> contents(Source plan) {
        List<PlanPaper.Section> sections = new ArrayList<>();
        if (!blank(plan.theme())) {
            sections.add(new PlanPaper.Section("1.", "Chủ đề thi đua", null, List.of(quoted(plan.theme()) + "."),
                    List.of()));
        }
        if (!orEmpty(plan.contentItems()).isEmpty()) {
            String n = (sections.size() + 1) + ".";
            List<PlanPaper.Item> items = new ArrayList<>();
            for (PlanParts.ContentItem c : plan.contentItems()) {
                String label = blank(c.number()) ? n + (items.size() + 1) + "." : dotted(c.number().strip());
                List<String> text = paragraphs(c.text());
                items.add(new PlanPaper.Item(label, lead(text), rest(text)));
            }
            sections.add(new PlanPaper.Section(n, "Nội dung thi đua", null, List.of(), items));
        }
        List<PlanParts.Movement> unnamed = orEmpty(plan.movements()).stream()
                .filter(m -> !named(m, plan.contentItems())).toList();
        if (!unnamed.isEmpty()) {
            String n = (sections.size() + 1) + ".";
            List<PlanPaper.Item> items = new ArrayList<>();
            for (PlanParts.Movement m : unnamed) {
                List<String> description = blank(m.description()) ? List.of() : paragraphs(m.description());
                items.add(new PlanPaper.Item(n + (items.size() + 1) + ".", "Phong trào " + quoted(m.name())
                        + (description.isEmpty() ? "." : ":"), description));
            }
            sections.add(new PlanPaper.Section(n, "Các phong trào thi đua", null, List.of(), items));
        }
        boolean phasesUnderADuty = orEmpty(plan.duties()).stream().anyMatch(PlanParts.Duty::introducesPhases);
        if (!orEmpty(plan.phases()).isEmpty() && !phasesUnderADuty) {
            String n = (sections.size() + 1) + ".";
            List<PlanPaper.Item> items = plan.phases().stream().map(PlanPapers::phase).toList();
            sections.add(new PlanPaper.Section(n, "Các đợt thi đua", null, List.of(), items));
        }
        return sections;
    }

    /** Whether a content item already names the movement (its name, in any case and spacing, in the item's text). */
    private static boolean named(PlanParts.Movement movement, List<PlanParts.ContentItem> contentItems) {
        String name = comparable(movement.name());
        return !name.isEmpty() && orEmpty(contentItems).stream().anyMatch(c -> comparable(c.text()).contains(name));
    }

    private static String comparable(String text) {
        return text == null ? "" : Text.nfc(text).strip().replaceAll("\\s+", " ").toLowerCase(VI);
    }

    /** "Đợt 1: Từ ngày 01/02/2022 đến ngày 30/06/2022, với chủ đề “...”." and the anniversaries it greets. */
    private static PlanPaper.Item phase(PlanResponses.PhaseView phase) {
        String label = (blank(phase.name()) ? "Đợt " + phase.number() : phase.name().strip()) + ":";
        String lead = "Từ ngày " + Paper.shortDate(phase.startDate()) + " đến ngày " + Paper.shortDate(phase.endDate())
                + (blank(phase.slogan()) ? "." : ", với chủ đề " + quoted(phase.slogan()) + ".");
        List<String> paragraphs = new ArrayList<>();
        List<PlanParts.Anniversary> anniversaries = orEmpty(phase.anniversaries());
        if (!anniversaries.isEmpty()) {
            paragraphs.add("Thi đua chào mừng các ngày kỷ niệm:");
            for (int i = 0; i < anniversaries.size(); i++) {
                paragraphs.add("- " + anniversaries.get(i).title().strip() + (i == anniversaries.size() - 1 ? "." : ";"));
            }
        }
        return new PlanPaper.Item(label, lead, paragraphs);
    }

    /** III: each duty numbered, under whom it falls to when it names them; the phases under the one introducing them. */
    private static List<PlanPaper.Section> duties(List<PlanParts.Duty> duties, List<PlanResponses.PhaseView> phases) {
        List<PlanPaper.Section> sections = new ArrayList<>();
        for (PlanParts.Duty d : orEmpty(duties)) {
            String label = (sections.size() + 1) + ".";
            List<PlanPaper.Item> items = d.introducesPhases() ? phases.stream().map(PlanPapers::phase).toList()
                    : List.of();
            List<String> text = paragraphs(d.text());
            sections.add(blank(d.assignee()) ? new PlanPaper.Section(label, null, lead(text), rest(text), items)
                    : new PlanPaper.Section(label, d.assignee().strip(), null, text, items));
        }
        return sections;
    }

    /** Each recipient on its line, ending with a semicolon, the last with a full stop (Nghị định 30, Phụ lục I). */
    private static List<String> recipients(List<String> recipients) {
        List<String> lines = new ArrayList<>();
        List<String> given = orEmpty(recipients).stream().filter(r -> !blank(r)).map(String::strip).toList();
        for (int i = 0; i < given.size(); i++) {
            String r = given.get(i).replaceAll("[;.,]+$", "");
            lines.add(r + (i == given.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    private static PlanPaper.Part part(int index, String heading, List<PlanPaper.Section> sections) {
        return new PlanPaper.Part(ROMAN[index], heading, sections);
    }

    /** A section whose first paragraph runs on after its label. */
    private static PlanPaper.Section unheaded(String label, List<String> paragraphs) {
        return new PlanPaper.Section(label, null, lead(paragraphs), rest(paragraphs), List.of());
    }

    private static String lead(List<String> paragraphs) {
        return paragraphs.isEmpty() ? "" : paragraphs.get(0);
    }

    private static List<String> rest(List<String> paragraphs) {
        return paragraphs.isEmpty() ? List.of() : paragraphs.subList(1, paragraphs.size());
    }

    /** "2.1" → "2.1.": the numbering of Vietnamese documents ends with a dot. */
    private static String dotted(String number) {
        return number.endsWith(".") ? number : number + ".";
    }

    /** In curly quotes, unless the text already is. */
    private static String quoted(String text) {
        String t = text.strip();
        return t.startsWith("“") || t.startsWith("\"") ? t : "“" + t + "”";
    }

    /** A text's paragraphs: one per line written, blank lines dropped. */
    static List<String> paragraphs(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }
}
