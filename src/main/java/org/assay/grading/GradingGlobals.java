package org.assay.grading;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

import org.assay.grader.EngineProducer;

/** The grading engine's trouble, for the banner the layout shows admins on every staff page. */
@TemplateGlobal
final class GradingGlobals {

    private GradingGlobals() {
    }

    /** What is wrong with grading, in a sentence; empty while grading works as configured or loads. */
    static String gradingAlert() {
        var engines = Arc.container().instance(EngineProducer.class);
        if (!engines.isAvailable()) {
            return "";
        }
        var status = engines.get().status();
        return switch (status.state()) {
            case DEGRADED -> "Grading is degraded: " + status.reason() + ". Answers are still graded, with "
                    + String.join(", ", status.channels()) + ".";
            case FAILED -> "Grading is not working: " + status.reason()
                    + ". Submitted answers stay ungraded until it loads; see the server log.";
            default -> "";
        };
    }
}
