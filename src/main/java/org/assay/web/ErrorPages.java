package org.assay.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The friendly error pages under templates/Errors; never a stack trace. */
@CheckedTemplate(basePath = "Errors")
public final class ErrorPages {

    private ErrorPages() {
    }

    static native TemplateInstance badRequest(ErrorView error);

    static native TemplateInstance unauthorized(ErrorView error);

    static native TemplateInstance forbidden(ErrorView error);

    static native TemplateInstance notFound(ErrorView error);

    static native TemplateInstance gone(ErrorView error);

    static native TemplateInstance tooLarge(ErrorView error);

    static native TemplateInstance unprocessable(ErrorView error);

    static native TemplateInstance serverError(ErrorView error);

    /** The page for a status; statuses without their own page share the closest one. */
    public static TemplateInstance forStatus(ErrorView error) {
        return switch (error.status()) {
            case 401 -> unauthorized(error);
            case 403 -> forbidden(error);
            case 404 -> notFound(error);
            case 410 -> gone(error);
            case 413 -> tooLarge(error);
            case 422 -> unprocessable(error);
            default -> error.status() >= 500 ? serverError(error) : badRequest(error);
        };
    }

    /** The usual title of a status, for pages and problem documents. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign-in required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 410 -> "No longer available";
            case 413 -> "Too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Invalid input";
            case 428 -> "Precondition required";
            case 503 -> "Busy, try again";
            default -> status >= 500 ? "Server error" : "Request not accepted";
        };
    }
}
