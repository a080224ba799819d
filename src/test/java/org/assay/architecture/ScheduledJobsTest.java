package org.assay.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.quarkus.scheduler.Scheduled;

import org.assay.architecture.fixture.JobWithoutStopCheck;
import org.junit.jupiter.api.Test;

/**
 * Every scheduled job skips its runs once the application is stopping: a run that starts then meets a database that
 * is being closed, and fills a normal stop's log with errors.
 */
@AnalyzeClasses(packages = "org.assay", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsTest {

    @ArchTest
    static final ArchRule jobsSkipWhileStopping = skipWhileStopping();

    static ArchRule skipWhileStopping() {
        return methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(skippingWhenNotRunning())
                .because("a run started during shutdown meets a closed database");
    }

    private static DescribedPredicate<JavaAnnotation<?>> skippingWhenNotRunning() {
        return DescribedPredicate.describe("@Scheduled(skipExecutionIf = Scheduled.ApplicationNotRunning.class)",
                annotation -> annotation.getRawType().isEquivalentTo(Scheduled.class)
                        && annotation.get("skipExecutionIf")
                                .map(type -> type instanceof JavaClass javaClass
                                        && javaClass.isEquivalentTo(Scheduled.ApplicationNotRunning.class))
                                .orElse(false));
    }

    @Test
    void theRuleCatchesAJobThatRunsWhileStopping() {
        var fixture = new ClassFileImporter().importClasses(JobWithoutStopCheck.class);

        assertThat(skipWhileStopping().evaluate(fixture).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("JobWithoutStopCheck.run()"));
    }
}
