package org.assay.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.assay.architecture.fixture.LeakyEngine;
import org.junit.jupiter.api.Test;

/** The engine is a plain Java library: no framework, no persistence, nothing else from the application. */
@AnalyzeClasses(packages = "org.assay", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineIsPlainJavaTest {

    private static final String ENGINE = "org.assay.engine..";

    @ArchTest
    static final ArchRule engineUsesNoFramework = usesNoFramework(ENGINE);

    @ArchTest
    static final ArchRule engineUsesNoOtherAssayPackage = usesNoOtherAssayPackage(ENGINE);

    static ArchRule usesNoFramework(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..")
                .because("the engine must run and be tested without Quarkus, Jakarta or Hibernate");
    }

    static ArchRule usesNoOtherAssayPackage(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().dependOnClassesThat(resideInAPackage("org.assay..").and(not(resideInAPackage(packages))))
                .because("the engine depends on nothing else in the application");
    }

    @Test
    void rulesCatchAClassThatBreaksThem() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyEngine.class);
        String fixture = "org.assay.architecture.fixture..";

        assertThat(usesNoFramework(fixture).evaluate(leaky).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("jakarta.inject.Inject"));
        assertThat(usesNoOtherAssayPackage(fixture).evaluate(leaky).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("org.assay.engine.EngineOptions"));
    }
}
