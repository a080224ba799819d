package org.assay.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import org.assay.architecture.cyclic.alpha.Alpha;
import org.assay.architecture.cyclic.beta.Beta;

/**
 * The feature packages depend on each other in one direction only (docs/architecture.md gives the order), so any of
 * them can be read, tested and changed knowing only what lies below it.
 */
@AnalyzeClasses(packages = "org.assay", importOptions = ImportOption.DoNotIncludeTests.class)
class FeaturePackagesTest {

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = freeOfCycles("org.assay.(*)..");

    static ArchRule freeOfCycles(String slices) {
        return slices().matching(slices).should().beFreeOfCycles()
                .because("a feature may use the features below it, never one that uses it");
    }

    @Test
    void theRuleCatchesTwoPackagesThatUseEachOther() {
        JavaClasses cyclic = new ClassFileImporter().importClasses(Alpha.class, Beta.class);

        var result = freeOfCycles("org.assay.architecture.cyclic.(*)..").evaluate(cyclic);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("alpha").contains("beta");
    }
}
