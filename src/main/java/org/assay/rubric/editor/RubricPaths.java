package org.assay.rubric.editor;

import java.net.URI;

/** Addresses of the rubric pages, in one place. */
public final class RubricPaths {

    private RubricPaths() {
    }

    public static String banks() {
        return "/admin/banks";
    }

    public static String bank(String bankKey) {
        return "/admin/banks/" + bankKey;
    }

    public static String question(String bankKey, String qid) {
        return bank(bankKey) + "/questions/" + qid;
    }

    public static URI questionUri(String bankKey, String qid) {
        return URI.create(question(bankKey, qid));
    }
}
