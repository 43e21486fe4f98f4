package vn.thidua.history;

/** How history keeps the free texts it is given. */
final class Texts {

    private Texts() {
    }

    /** Stripped; null for nothing or only spaces, so that "no note" is stored one way. */
    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
